// When a save keeps a revision of its section: the first save, then the first after 10 minutes without one, with the
// clock injected; and what each kind of revision is called in the History list.
import { describe, expect, it } from 'vitest';
import { isRevisionDue, revisionLabel } from '../../../electron/common/document/revision-model';

const at = (minutes: number, seconds = 0) => new Date(Date.UTC(2026, 11, 7, 9, minutes, seconds));

describe('isRevisionDue', () => {
  it('keeps the first save of a section', () => {
    expect(isRevisionDue(null, at(0))).toBe(true);
  });

  it('keeps nothing while saves follow within 10 minutes of the last revision, then the first save after', () => {
    const last = at(0).toISOString();
    expect(isRevisionDue(last, at(0, 1))).toBe(false);
    expect(isRevisionDue(last, at(9, 59))).toBe(false);
    expect(isRevisionDue(last, at(10))).toBe(true);
    expect(isRevisionDue(last, at(45))).toBe(true);
  });
});

describe('revisionLabel', () => {
  it('names signed and before-restore revisions, and leaves ordinary ones unlabelled', () => {
    expect(revisionLabel('signed', 2)).toBe('Signed version 2');
    expect(revisionLabel('before-restore', null)).toBe('Before restore');
    expect(revisionLabel('edit', null)).toBe('');
  });
});
