// The date-of-service suggestion prefers dates near words of a visit ("date of service", "visit", "seen on") and never
// takes a form's version, revision or copyright date.
import { describe, expect, it } from 'vitest';
import { suggestEntry } from '../../../electron/common/records/suggest-entry';

describe('date of service suggestion', () => {
  it.each<[string, string[], string | null]>([
    ['a version stamp above the visit', ['Intake form Version 2022-09-08', 'Seen on 03/04/2023 by Dr. Pike'], '2023-03-04'],
    ['only a version stamp', ['Version 2022-09-08', 'PATIENT QUESTIONNAIRE (fictional)'], null],
    [
      'a revision and a copyright line',
      ['Rev. 01/2021 04/15/2021', '© 2020 Fictional Forms Inc. 01/01/2020', 'Visit: 05/06/2023'],
      '2023-05-06',
    ],
    ['a date under a visit line', ['Printed 07/01/2023', 'Follow-up visit', '06/12/2023'], '2023-06-12'],
    ['a plain "Date:" against a visit date', ['Date: 01/02/2023', 'Date of service: 12/28/2022'], '2022-12-28'],
    ['the label alone above the date', ['Date of Service:', '02/14/2023'], '2023-02-14'],
    [
      'a form revised line with the date on it',
      ['Form DWC-1 (Rev. 1/2016) revised 01/01/2016', 'DATE: 03/03/2023'],
      '2023-03-03',
    ],
  ])('%s', (_what, lines, expected) => {
    expect(suggestEntry(lines.join('\n')).dateOfService?.value ?? null).toBe(expected);
  });
});
