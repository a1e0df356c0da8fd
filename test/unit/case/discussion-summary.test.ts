// The pure parts of the discussion summary the integration tests do not reach: the LC §4664(c) region of a body part,
// and the case list's deadline for a served report or a calculator refusal.
import { describe, expect, it } from 'vitest';
import {
  BODY_REGION_RULES,
  computeDeadlines,
  inferBodyRegion,
  nextDeadlineOf,
} from '../../../electron/common/case/discussion-summary';
import { EMPTY_SCHEDULE } from '../../../electron/common/case/discussion-model';
import { completeQmeCase } from '../../fixtures/complete-qme-case';

describe('LC §4664(c) region of a body part', () => {
  it.each([
    ['Lumbar spine', 'D'],
    ['Cervical spine', 'D'],
    ['Low back', 'D'],
    ['Right shoulder', 'E'],
    ['Left wrist (carpal tunnel)', 'E'],
    ['Right knee', 'F'],
    ['Left foot', 'F'],
    ['Psyche', 'C'],
    ['Depression', 'C'],
    ['Hearing loss', 'A'],
    ['Left eye', 'B'],
    ['Hypertension', 'G'],
    ['Headaches', 'G'],
  ])('%s → region %s', (part, region) => {
    expect(inferBodyRegion(part)).toBe(region);
  });

  it('matches keywords at the start of a word only ("year" is not an ear)', () => {
    expect(inferBodyRegion('Five-year history of migraine')).toBe('G');
  });

  it('the keyword table is dated and sourced', () => {
    expect(BODY_REGION_RULES).toMatchObject({
      id: 'lc4664-body-regions',
      version: expect.any(String),
      effectiveFrom: '2004-04-19',
    });
    expect(BODY_REGION_RULES.source.length).toBeGreaterThan(0);
  });
});

describe('deadlines for the case list', () => {
  it('has no next deadline once the report is served', () => {
    const { caseRecord } = completeQmeCase();
    expect(nextDeadlineOf(caseRecord, EMPTY_SCHEDULE, '2026-03-12')).toEqual({
      date: '2026-04-01',
      label: 'Report due',
      daysLeft: 20,
      urgency: 'ok',
    });
    expect(nextDeadlineOf({ ...caseRecord, status: 'served' }, EMPTY_SCHEDULE, '2026-03-12')).toBeNull();
  });

  it('reports an exam before the deadline table starts as a problem instead of throwing', () => {
    const { caseRecord } = completeQmeCase();
    const d = computeDeadlines({ ...caseRecord, examDate: '2021-06-01' }, EMPTY_SCHEDULE, '2026-03-12');
    expect(d.effectiveDue).toBeNull();
    expect(d.problems[0]).toContain('Work out this deadline by hand');
    expect(nextDeadlineOf({ ...caseRecord, examDate: '2021-06-01' }, EMPTY_SCHEDULE, '2026-03-12')).toBeNull();
  });
});
