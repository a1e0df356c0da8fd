// QME/AME and IME deadlines: dates, explanations for the report, optional roll-forward, and urgency levels.
import { describe, expect, it } from 'vitest';
import {
  appointmentNotificationDueDate,
  daysLeft,
  deadlineUrgency,
  extendedReportDueDate,
  extensionRequestDueDate,
  imeReportDueDate,
  reportDueDate,
  supplementalReportDueDate,
} from '../../../electron/common/calc/deadlines';

describe('reportDueDate (exam + 30 calendar days)', () => {
  it('explains the computation with its citation', () => {
    expect(reportDueDate('2026-03-02')).toMatchObject({
      date: '2026-04-01',
      ruleId: 'qme-report-due',
      explanation: 'Report due: exam 03/02/2026 + 30 calendar days (8 CCR §38(a))',
      rolled: false,
      warnings: [],
    });
  });

  it.each([
    ['2026-01-31', '2026-03-02'], // across a short February
    ['2027-01-31', '2027-03-02'],
    ['2028-01-31', '2028-03-01'], // leap year
    ['2028-01-30', '2028-02-29'], // lands on the leap day
    ['2028-02-29', '2028-03-30'], // starts on the leap day
    ['2026-12-15', '2027-01-14'], // across the year end
    ['2026-03-31', '2026-04-30'],
  ])('exam %s → due %s', (exam, due) => {
    expect(reportDueDate(exam).date).toBe(due);
  });

  it('does not move a weekend due date by default, but warns and names a safe day', () => {
    const d = reportDueDate('2026-04-02');
    expect(d.date).toBe('2026-05-02');
    expect(d.rolled).toBe(false);
    expect(d.warnings[0]).toMatch(/05\/02\/2026 falls on a Saturday.*Friday 05\/01\/2026/);
  });

  it('rolls a weekend due date to the next business day when asked', () => {
    const d = reportDueDate('2026-04-02', { rollForward: true });
    expect(d).toMatchObject({ date: '2026-05-04', rolled: true, warnings: [] });
    expect(d.explanation).toContain('05/02/2026 is a Saturday, moved to the next business day, Monday 05/04/2026');
  });

  it('rolls a holiday due date past the holiday when asked', () => {
    expect(reportDueDate('2026-11-25').warnings[0]).toMatch(/Christmas Day/);
    expect(reportDueDate('2026-11-25', { rollForward: true }).date).toBe('2026-12-28');
  });

  it.each([
    ['2021-06-01', /before 01\/12\/2022/],
    ['2026-02-30', /not a real date/],
    ['03/02/2026', /not a real date/],
  ])('rejects exam date %s', (exam, message) => {
    expect(() => reportDueDate(exam)).toThrow(message);
  });
});

describe('supplementalReportDueDate (request + 60, + up to 30 by agreement)', () => {
  it.each([
    [0, '2026-05-01', 'Supplemental report due: request 03/02/2026 + 60 calendar days (8 CCR §38(h))'],
    [
      20,
      '2026-05-21',
      'Supplemental report due: request 03/02/2026 + 60 calendar days + 20 days agreed by the parties (8 CCR §38(h))',
    ],
    [30, '2026-05-31', null],
  ])('with %i agreed days → %s', (extra, date, explanation) => {
    const d = supplementalReportDueDate('2026-03-02', extra);
    expect(d.date).toBe(date);
    if (explanation) expect(d.explanation).toBe(explanation);
  });

  it.each([31, -1, 2.5])('rejects %s agreed days', (extra) => {
    expect(() => supplementalReportDueDate('2026-03-02', extra)).toThrow(/0–30 extra days/);
  });
});

describe('extensionRequestDueDate (Form 112 no later than 5 days before the due date)', () => {
  it('counts back 5 calendar days', () => {
    expect(extensionRequestDueDate('2026-04-01')).toMatchObject({
      date: '2026-03-27',
      ruleId: 'form-112-request-due',
      explanation: 'Form 112 extension request due: report due 04/01/2026 − 5 calendar days (8 CCR §38(c))',
    });
  });

  it('works from the computed report due date', () => {
    expect(extensionRequestDueDate(reportDueDate('2026-01-31').date).date).toBe('2026-02-25');
  });

  it('warns on a weekend and, if asked, moves earlier rather than later', () => {
    expect(extensionRequestDueDate('2026-04-09').warnings[0]).toMatch(/04\/04\/2026 falls on a Saturday/);
    expect(extensionRequestDueDate('2026-04-09', { rollForward: true })).toMatchObject({ date: '2026-04-03', rolled: true });
  });
});

describe('extendedReportDueDate', () => {
  it.each([
    ['good-cause', undefined, '2026-04-16'],
    ['good-cause', 10, '2026-04-11'],
    ['pending-tests', undefined, '2026-05-01'],
    ['pending-tests', 20, '2026-04-21'],
  ] as const)('%s %s days from 04/01/2026 → %s', (ground, days, date) => {
    expect(extendedReportDueDate('2026-04-01', ground, days).date).toBe(date);
  });

  it.each([
    ['good-cause', 16, /1–15 days/],
    ['pending-tests', 31, /1–30 days/],
    ['pending-tests', 0, /1–30 days/],
    ['bereavement', 5, /Unknown extension ground/],
  ])('rejects %s with %i days', (ground, days, message) => {
    expect(() => extendedReportDueDate('2026-04-01', ground as never, days)).toThrow(message);
  });
});

describe('appointmentNotificationDueDate (Form 110 within 5 business days)', () => {
  it.each([
    ['2026-03-02', '2026-03-09', null],
    ['2026-11-25', '2026-12-04', 'state holidays skipped: Thanksgiving Day 11/26/2026, Day after Thanksgiving 11/27/2026'],
    ['2026-12-22', '2026-12-30', 'state holidays skipped: Christmas Day 12/25/2026'],
  ])('appointment made %s → Form 110 due %s', (made, due, skipped) => {
    const d = appointmentNotificationDueDate(made);
    expect(d.date).toBe(due);
    expect(d.explanation).toMatch(
      /^Form 110 appointment notification due: appointment made \d\d\/\d\d\/\d{4} \+ 5 business days \(8 CCR §34\(a\)\)/,
    );
    if (skipped) expect(d.explanation).toContain(skipped);
    else expect(d.explanation).not.toContain('skipped');
  });
});

describe('daysLeft and deadlineUrgency', () => {
  it.each([
    ['2026-04-03', -2, 'overdue', 'Overdue by 2 days'],
    ['2026-04-02', -1, 'overdue', 'Overdue by 1 day'],
    ['2026-04-01', 0, 'due-within-5', 'Due today'],
    ['2026-03-31', 1, 'due-within-5', 'Due tomorrow'],
    ['2026-03-27', 5, 'due-within-5', 'Due in 5 days'],
    ['2026-03-26', 6, 'due-within-10', 'Due in 6 days'],
    ['2026-03-22', 10, 'due-within-10', 'Due in 10 days'],
    ['2026-03-21', 11, 'ok', 'Due in 11 days'],
  ])('due 04/01/2026, today %s → %i days (%s)', (today, left, urgency, message) => {
    expect(daysLeft('2026-04-01', today)).toBe(left);
    expect(deadlineUrgency('2026-04-01', today)).toEqual({ daysLeft: left, urgency, message });
  });

  it('counts across month ends and leap days', () => {
    expect(daysLeft('2028-03-01', '2028-02-28')).toBe(2);
    expect(daysLeft('2027-03-01', '2027-02-28')).toBe(1);
  });

  it('rejects impossible dates', () => {
    expect(() => daysLeft('2026-04-31', '2026-04-01')).toThrow(/not a real date/);
  });
});

describe('imeReportDueDate', () => {
  it('wraps the referral due date so it gets the same urgency treatment', () => {
    const d = imeReportDueDate('2026-04-15');
    expect(d).toMatchObject({
      ruleId: 'ime-report-due',
      date: '2026-04-15',
      explanation: 'IME report due: 04/15/2026, as stated in the referral',
      warnings: [],
    });
    expect(deadlineUrgency(d.date, '2026-04-08')).toMatchObject({ urgency: 'due-within-10', daysLeft: 7 });
  });

  it('warns when the referral date falls on a weekend', () => {
    expect(imeReportDueDate('2026-04-18').warnings[0]).toMatch(/Saturday/);
  });
});
