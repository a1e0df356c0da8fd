// The window's zoom steps as Ctrl+= and Ctrl+− walk them: Chromium's levels, never past 50 % or 200 %.
import { describe, expect, it } from 'vitest';
import { stepZoom, ZOOM_LEVELS } from '../../../renderer/src/hooks/use-zoom';

describe('zoom steps', () => {
  it('goes up and down one level at a time from 100 %', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1.1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.9, -1)).toBe(0.8);
  });

  it('stops at the smallest and largest level', () => {
    expect(stepZoom(ZOOM_LEVELS[0], -1)).toBe(0.5);
    expect(stepZoom(2, 1)).toBe(2);
  });

  it('moves to the nearest level from a value between levels', () => {
    expect(stepZoom(1.05, 1)).toBe(1.1);
    expect(stepZoom(1.05, -1)).toBe(1);
  });
});
