// Conditions as data: equals / notEquals / in, all / any, and what they make included or required.
import { describe, expect, it } from 'vitest';
import {
  evaluateCondition,
  isFieldIncluded,
  isFieldRequired,
  isParagraphIncluded,
  isSectionIncluded,
  isSectionRequired,
} from '../../../electron/common/template/conditions';
import type { TemplateValues } from '../../../electron/common/template/resolve-placeholders';
import { SectionSchema, type Condition } from '../../../electron/common/template/template-schema';

describe('evaluateCondition', () => {
  const cases: Array<[string, Condition, TemplateValues, boolean]> = [
    ['equals true', { field: 'case.psychClaimed', equals: true }, { 'case.psychClaimed': true }, true],
    ['equals false value', { field: 'case.psychClaimed', equals: true }, { 'case.psychClaimed': false }, false],
    ['equals on a missing value', { field: 'case.psychClaimed', equals: true }, {}, false],
    ['equals does not coerce types', { field: 'n', equals: 5 }, { n: '5' }, false],
    [
      'notEquals',
      { field: 'psStatus', notEquals: 'permanent-and-stationary' },
      { psStatus: 'not-permanent-and-stationary' },
      true,
    ],
    ['notEquals null means answered', { field: 'timeSpent', notEquals: null }, { timeSpent: '2 hours' }, true],
    ['blank text counts as null', { field: 'timeSpent', notEquals: null }, { timeSpent: '  ' }, false],
    ['absent counts as null', { field: 'timeSpent', equals: null }, {}, true],
    ['in', { field: 'coverageType', in: ['ltd', 'std'] }, { coverageType: 'std' }, true],
    ['not in', { field: 'coverageType', in: ['ltd'] }, { coverageType: 'std' }, false],
    [
      'all',
      {
        all: [
          { field: 'a', equals: true },
          { field: 'b', equals: 2 },
        ],
      },
      { a: true, b: 2 },
      true,
    ],
    [
      'all with one false',
      {
        all: [
          { field: 'a', equals: true },
          { field: 'b', equals: 2 },
        ],
      },
      { a: true, b: 3 },
      false,
    ],
    [
      'any',
      {
        any: [
          { field: 'a', equals: true },
          { field: 'b', equals: 2 },
        ],
      },
      { a: false, b: 2 },
      true,
    ],
    [
      'nested',
      {
        any: [
          {
            all: [
              { field: 'a', equals: true },
              { field: 'b', notEquals: null },
            ],
          },
          { field: 'c', in: ['x'] },
        ],
      },
      { a: true, b: 'set' },
      true,
    ],
  ];
  it.each(cases)('%s', (_name, condition, values, expected) => {
    expect(evaluateCondition(condition, values)).toBe(expected);
  });
});

describe('section, field and paragraph state', () => {
  const psych = SectionSchema.parse({
    id: 'psychiatric-causation',
    title: 'Psych',
    kind: 'narrative',
    step: 'discussion',
    order: 1,
    guidance: 'g',
    required: true,
    includeWhen: { field: 'case.psychClaimed', equals: true },
    fields: [{ id: 'psychCausationPercent', type: 'number', label: '%', required: true }],
  });
  const impairment = SectionSchema.parse({
    id: 'impairment-rating',
    title: 'Impairment',
    kind: 'generated',
    generator: 'impairment-table',
    step: 'discussion',
    order: 2,
    guidance: 'g',
    required: true,
    requiredWhen: { field: 'psStatus', equals: 'permanent-and-stationary' },
  });
  const disclosures = SectionSchema.parse({
    id: 'disclosures',
    title: 'Disclosures',
    kind: 'fields',
    step: 'review',
    order: 3,
    guidance: 'g',
    required: false,
    fields: [
      { id: 'compliance', type: 'yes-no', label: 'Complied?', required: true },
      {
        id: 'variance',
        type: 'longtext',
        label: 'Variance',
        required: true,
        includeWhen: { field: 'compliance', equals: false },
      },
      { id: 'note', type: 'text', label: 'Note', required: true, requiredWhen: { field: 'compliance', equals: true } },
    ],
  });

  it('hides a section and everything in it when includeWhen fails', () => {
    expect(isSectionIncluded(psych, { 'case.psychClaimed': false })).toBe(false);
    expect(isSectionRequired(psych, { 'case.psychClaimed': false })).toBe(false);
    if (psych.kind !== 'narrative') throw new Error('fixture');
    const field = psych.fields[0]!;
    expect(isFieldRequired(field, psych, { 'case.psychClaimed': false })).toBe(false);
    expect(isSectionRequired(psych, { 'case.psychClaimed': true })).toBe(true);
    expect(isFieldRequired(field, psych, { 'case.psychClaimed': true })).toBe(true);
  });

  it('makes a section required only when requiredWhen holds, but keeps it included', () => {
    expect(isSectionIncluded(impairment, {})).toBe(true);
    expect(isSectionRequired(impairment, { psStatus: 'not-permanent-and-stationary' })).toBe(false);
    expect(isSectionRequired(impairment, { psStatus: 'permanent-and-stationary' })).toBe(true);
  });

  it("applies a field's own required flag and conditions", () => {
    if (disclosures.kind !== 'fields') throw new Error('fixture');
    const field = (id: string) => {
      const found = disclosures.fields.find((f) => f.id === id);
      if (!found) throw new Error(`fixture has no field ${id}`);
      return found;
    };
    const [compliance, variance, note] = [field('compliance'), field('variance'), field('note')];
    expect(isFieldRequired(compliance, disclosures, {})).toBe(true);
    expect(isFieldIncluded(variance, disclosures, { compliance: true })).toBe(false);
    expect(isFieldRequired(variance, disclosures, { compliance: false })).toBe(true);
    expect(isFieldRequired(note, disclosures, { compliance: false })).toBe(false);
    expect(isFieldRequired(note, disclosures, { compliance: true })).toBe(true);
  });

  it('includes a conditional paragraph only when its condition holds', () => {
    const paragraph = { text: 'Interpreter: {{case.interpreter}}', includeWhen: { field: 'case.interpreter', notEquals: null } };
    expect(isParagraphIncluded(paragraph, {})).toBe(false);
    expect(isParagraphIncluded(paragraph, { 'case.interpreter': 'J. Diaz, Spanish' })).toBe(true);
    expect(isParagraphIncluded('Always printed.', {})).toBe(true);
  });
});
