// Placeholder filling: values in, visible "[label]" for anything missing, never a silently dropped word.
import { describe, expect, it } from 'vitest';
import {
  placeholderLookupFor,
  resolvePlaceholders,
  scanPlaceholders,
  type TemplateValues,
} from '../../../electron/common/template/resolve-placeholders';
import { TemplateSchema } from '../../../electron/common/template/template-schema';

describe('resolvePlaceholders', () => {
  const cases: Array<{ name: string; text: string; values: TemplateValues; text2: string; missing: string[] }> = [
    {
      name: 'fills app-provided fields and prints dates as MM/DD/YYYY',
      text: 'Executed on {{signing.date}}, in {{signing.county}} County, California.',
      values: { 'signing.date': '2025-03-07', 'signing.county': 'Alameda' },
      text2: 'Executed on 03/07/2025, in Alameda County, California.',
      missing: [],
    },
    {
      name: 'prints one period where a value ending in an abbreviation ends the sentence ("M.D." not "M.D..")',
      text: 'I, {{physician.name}}. Employer: {{case.employer}}.',
      values: { 'physician.name': 'Avery Example, M.D.', 'case.employer': 'Harbor View Co.' },
      text2: 'I, Avery Example, M.D. Employer: Harbor View Co.',
      missing: [],
    },
    {
      name: 'shows a missing value as its bracketed label',
      text: 'Executed on {{signing.date}}, in {{signing.county}} County, California.',
      values: { 'signing.date': '2025-03-07' },
      text2: 'Executed on 03/07/2025, in [county of signing] County, California.',
      missing: ['signing.county'],
    },
    {
      name: 'treats blank text and null as missing, and lists each name once',
      text: '{{case.examineeName}} / {{case.employer}} / {{case.examineeName}}',
      values: { 'case.examineeName': '   ', 'case.employer': null },
      text2: '[examinee name] / [employer] / [examinee name]',
      missing: ['case.examineeName', 'case.employer'],
    },
    {
      name: 'keeps acronyms in labels upper-case',
      text: 'QME no. {{physician.qmeNumber}}',
      values: {},
      text2: 'QME no. [QME number]',
      missing: ['physician.qmeNumber'],
    },
    {
      name: 'prints numbers with thousands separators, zero included',
      text: 'Pages: {{records.totalPagesReviewed}} of {{records.totalPagesReceived}}',
      values: { 'records.totalPagesReviewed': 0, 'records.totalPagesReceived': 1234 },
      text2: 'Pages: 0 of 1,234',
      missing: [],
    },
    {
      name: 'prints booleans as yes / no',
      text: 'Psych claimed: {{case.psychClaimed}}',
      values: { 'case.psychClaimed': false },
      text2: 'Psych claimed: no',
      missing: [],
    },
    {
      name: 'allows spaces inside the braces',
      text: 'Dear {{ case.examineeName }}',
      values: { 'case.examineeName': 'Ana Ruiz' },
      text2: 'Dear Ana Ruiz',
      missing: [],
    },
    {
      name: 'never expands a placeholder that arrives inside a value',
      text: 'Name: {{case.examineeName}}',
      values: { 'case.examineeName': '{{signing.county}}' },
      text2: 'Name: {{signing.county}}',
      missing: [],
    },
    {
      name: 'leaves malformed braces as written',
      text: 'Hello {{case.examineeName} and {{ two words }}',
      values: { 'case.examineeName': 'Ana' },
      text2: 'Hello {{case.examineeName} and {{ two words }}',
      missing: [],
    },
    {
      name: 'uses the name itself when no label is known',
      text: 'Answer: {{someField}}',
      values: {},
      text2: 'Answer: [someField]',
      missing: ['someField'],
    },
  ];

  it.each(cases)('$name', ({ text, values, text2, missing }) => {
    expect(resolvePlaceholders(text, values)).toEqual({ text: text2, missing });
  });

  it("uses a template's field labels, choice labels and date format", () => {
    const template = TemplateSchema.parse({
      id: 't',
      version: 1,
      title: 'T',
      description: 'D',
      reportKind: 'QME',
      arena: 'california-workers-comp',
      sections: [
        {
          id: 's',
          title: 'S',
          kind: 'fields',
          step: 'review',
          order: 1,
          guidance: 'g',
          required: true,
          fields: [
            { id: 'historyTakenBy', type: 'text', label: 'History taken by' },
            {
              id: 'adGuidelinesCompliance',
              type: 'choice',
              label: 'Compliance',
              options: [
                { value: 'complied', label: 'complied' },
                { value: 'did-not-comply', label: 'did not comply' },
              ],
            },
            { id: 'psDate', type: 'date', label: 'P&S date' },
          ],
        },
      ],
    });
    const lookup = placeholderLookupFor(template);
    const text = 'By {{historyTakenBy}}; the time spent {{adGuidelinesCompliance}}; P&S {{psDate}}; county {{signing.county}}.';
    expect(resolvePlaceholders(text, { adGuidelinesCompliance: 'did-not-comply', psDate: '2024-12-31' }, lookup)).toEqual({
      text: 'By [history taken by]; the time spent did not comply; P&S 12/31/2024; county [county of signing].',
      missing: ['historyTakenBy', 'signing.county'],
    });
  });
});

describe('scanPlaceholders', () => {
  it('finds well-formed placeholders with their positions and reports malformed braces', () => {
    const scan = scanPlaceholders('A {{case.employer}} B {{x}} C {{case.claimNumber} D {{}} E {bad}}');
    expect(scan.placeholders.map((p) => [p.name, p.start, p.end])).toEqual([
      ['case.employer', 2, 19],
      ['x', 22, 27],
    ]);
    expect(scan.malformed).toEqual(['{{}}', '{{case.claimNumber}', '{bad}}']);
  });

  it('does not flag single braces in ordinary text', () => {
    expect(scanPlaceholders('Set {a} of items').malformed).toEqual([]);
  });
});
