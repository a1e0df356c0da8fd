// Launching the app again while it runs brings the running window to the front (restored if minimised, shown if hidden)
// and ignores the second launch's arguments: a .pdf path or a flag opens nothing and imports nothing.
import { describe, expect, it } from 'vitest';
import { focusOnSecondLaunch } from '../../../electron/main/windows/second-instance';

function fakeWindow(state: { minimized?: boolean; visible?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  let { minimized = false, visible = true } = state;
  return {
    calls,
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => minimized,
    isVisible: () => visible,
    restore: () => void (calls.push('restore'), (minimized = false)),
    show: () => void (calls.push('show'), (visible = true)),
    focus: () => void calls.push('focus'),
  };
}

// What Electron passes to 'second-instance': the event, the second launch's argv and its working directory.
const secondLaunch = (handler: () => void, argv: string[]) =>
  (handler as (event: unknown, argv: string[], cwd: string) => void)({}, argv, '/home/someone');

describe('second launch', () => {
  it.each([
    ['open and behind other windows', {}, ['focus']],
    ['minimised', { minimized: true }, ['restore', 'focus']],
    ['hidden (macOS Hide)', { visible: false }, ['show', 'focus']],
  ])('brings the window forward when it is %s', (_name, state, expected) => {
    const window = fakeWindow(state);
    secondLaunch(
      focusOnSecondLaunch(() => window),
      ['MedLegal Writer'],
    );
    expect(window.calls).toEqual(expected);
  });

  it('does the same whatever the second launch carried: a PDF path or a flag is not acted on', () => {
    const window = fakeWindow({ minimized: true });
    secondLaunch(
      focusOnSecondLaunch(() => window),
      ['MedLegal Writer', '/home/someone/Downloads/records.pdf', '--new-case'],
    );
    expect(window.calls).toEqual(['restore', 'focus']);
  });

  it('does nothing while the window does not exist yet or is already gone', () => {
    const destroyed = fakeWindow({ destroyed: true, minimized: true });
    expect(() =>
      secondLaunch(
        focusOnSecondLaunch(() => null),
        ['MedLegal Writer'],
      ),
    ).not.toThrow();
    secondLaunch(
      focusOnSecondLaunch(() => destroyed),
      ['MedLegal Writer'],
    );
    expect(destroyed.calls).toEqual([]);
  });
});
