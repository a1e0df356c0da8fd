// The case list's deadlines are kept between lists, but never outlive a change to what they are worked out from.
import { describe, expect, it } from 'vitest';
import { createDeadlineCache } from '../../../electron/backend/cases/deadline-cache';
import { EMPTY_SCHEDULE } from '../../../electron/common/case/discussion-model';
import { nextDeadlineOf } from '../../../electron/common/case/discussion-summary';
import { completeQmeCase } from '../../fixtures/complete-qme-case';

describe('deadline cache of the case list', () => {
  const { caseRecord } = completeQmeCase();
  const today = '2026-03-12';

  it('gives the same deadline as working it out, and keeps it while nothing changed', () => {
    const cache = createDeadlineCache();
    const first = cache.nextDeadline(caseRecord, EMPTY_SCHEDULE, today, null);
    expect(first).toEqual(nextDeadlineOf(caseRecord, EMPTY_SCHEDULE, today));
    expect(first?.daysLeft).toBe(20);
    expect(cache.nextDeadline({ ...caseRecord }, { ...EMPTY_SCHEDULE }, today, null)).toBe(first);
  });

  it('works it out again when the day, the case, its schedule or its service changed', () => {
    const cache = createDeadlineCache();
    cache.nextDeadline(caseRecord, EMPTY_SCHEDULE, today, null);
    expect(cache.nextDeadline(caseRecord, EMPTY_SCHEDULE, '2026-03-13', null)?.daysLeft).toBe(19);
    const laterExam = { ...caseRecord, examDate: '2026-02-20' };
    expect(cache.nextDeadline(laterExam, EMPTY_SCHEDULE, '2026-03-13', null)).toEqual(
      nextDeadlineOf(laterExam, EMPTY_SCHEDULE, '2026-03-13'),
    );
    const extended = { ...EMPTY_SCHEDULE, supplementalRequestDate: '2026-03-01' };
    expect(cache.nextDeadline(laterExam, extended, '2026-03-13', null)).toEqual(
      nextDeadlineOf(laterExam, extended, '2026-03-13'),
    );
    expect(cache.nextDeadline(laterExam, extended, '2026-03-13', null)).not.toEqual(
      nextDeadlineOf(laterExam, EMPTY_SCHEDULE, '2026-03-13'),
    );
    expect(cache.nextDeadline(laterExam, extended, '2026-03-13', '2026-03-10')).toBeNull();
  });

  it('forgets cases no longer listed', () => {
    const cache = createDeadlineCache();
    const first = cache.nextDeadline(caseRecord, EMPTY_SCHEDULE, today, null);
    cache.keepOnly(new Set(['another-case']));
    const again = cache.nextDeadline(caseRecord, EMPTY_SCHEDULE, today, null);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
