// Template validation: each kind of mistake an author makes gets a problem with the path in the file and a message that says what to fix.
import { describe, expect, it } from 'vitest';
import { validateTemplate, type TemplateProblem } from '../../../electron/common/template/validate-template';

type Json = Record<string, unknown>;

function minimalTemplate(sections?: Json[]): Json {
  return {
    id: 'test-template',
    version: 1,
    title: 'Test',
    description: 'A template for tests.',
    reportKind: 'IME',
    arena: 'workers-comp',
    sections: sections ?? [
      {
        id: 'purpose',
        title: 'Purpose',
        kind: 'narrative',
        step: 'case',
        order: 10,
        guidance: 'Why the evaluation was requested.',
        required: true,
        fields: [{ id: 'ratingRequested', type: 'yes-no', label: 'Rating requested?' }],
      },
      {
        id: 'status',
        title: 'Status',
        kind: 'fields',
        step: 'discussion',
        order: 20,
        guidance: 'MMI status.',
        required: true,
        fields: [
          {
            id: 'mmiStatus',
            type: 'choice',
            label: 'Status',
            options: [
              { value: 'reached', label: 'at MMI' },
              { value: 'not-reached', label: 'not at MMI' },
            ],
          },
          { id: 'pages', type: 'number', label: 'Pages' },
        ],
      },
      {
        id: 'declaration',
        title: 'Declaration',
        kind: 'generated',
        generator: 'fixed-text',
        step: 'review',
        order: 30,
        guidance: 'Sign it.',
        required: true,
        fixedText: ['Signed in {{signing.county}} County on {{signing.date}}; status {{mmiStatus}}.'],
      },
    ],
  };
}

/** A deep copy with one change applied, so each case starts from the valid template. */
function withChange(change: (t: { sections: Json[] } & Json) => void): Json {
  const copy = structuredClone(minimalTemplate()) as { sections: Json[] } & Json;
  change(copy);
  return copy;
}

function problemsOf(input: unknown): TemplateProblem[] {
  const result = validateTemplate(input);
  return result.ok ? [] : result.problems;
}

describe('validateTemplate', () => {
  it('accepts a valid template and fills defaults', () => {
    const result = validateTemplate(minimalTemplate());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const purpose = result.template.sections[0];
    expect(purpose?.satisfies).toEqual([]);
    expect(purpose?.fixedText).toEqual([]);
    expect(purpose?.kind === 'narrative' && purpose.fields[0]?.required).toBe(false);
  });

  const cases: Array<{ name: string; input: Json; path: string; message: RegExp }> = [
    {
      name: 'missing required top-level key',
      input: withChange((t) => delete t.version),
      path: 'version',
      message: /^Missing required key "version"\.$/,
    },
    {
      name: 'missing required section key',
      input: withChange((t) => delete t.sections[1]!.guidance),
      path: 'sections[1].guidance',
      message: /^Missing required key "guidance"\.$/,
    },
    {
      name: 'missing section kind',
      input: withChange((t) => delete t.sections[0]!.kind),
      path: 'sections[0].kind',
      message: /Missing required key "kind" \(one of "narrative", "fields", "table", "generated"\)/,
    },
    {
      name: 'unknown section kind',
      input: withChange((t) => (t.sections[0]!.kind = 'essay')),
      path: 'sections[0].kind',
      message: /"kind" must be one of .*found "essay"/,
    },
    {
      name: 'misspelt key',
      input: withChange((t) => (t.sections[0]!.requird = true)),
      path: 'sections[0].requird',
      message: /Unknown key "requird"/,
    },
    {
      name: 'unknown step',
      input: withChange((t) => (t.sections[0]!.step = 'history')),
      path: 'sections[0].step',
      message: /Must be one of "case", "records", .*found "history"/,
    },
    {
      name: 'wrong value type',
      input: withChange((t) => (t.version = 'one')),
      path: 'version',
      message: /Expected a number, found "one"/,
    },
    {
      name: 'bad section id',
      input: withChange((t) => (t.sections[0]!.id = 'Purpose Section')),
      path: 'sections[0].id',
      message: /lower-case letters, digits and single hyphens.*Found "Purpose Section"/,
    },
    {
      name: 'bad field id',
      input: withChange((t) => ((t.sections[0]!.fields as Json[])[0]!.id = 'rating-requested')),
      path: 'sections[0].fields[0].id',
      message: /camelCase field id/,
    },
    {
      name: 'empty section list',
      input: withChange((t) => (t.sections = [])),
      path: 'sections',
      message: /Needs at least 1 item/,
    },
    {
      name: 'condition with a misspelt operator',
      input: withChange((t) => (t.sections[1]!.includeWhen = { field: 'ratingRequested', equal: true })),
      path: 'sections[1].includeWhen',
      message: /Unknown key "equal"\. Write a condition as/,
    },
    {
      name: 'duplicate section id',
      input: withChange((t) => (t.sections[2]!.id = 'purpose')),
      path: 'sections[2].id',
      message: /Section id "purpose" is already used by sections\[0\]/,
    },
    {
      name: 'duplicate field id across sections',
      input: withChange((t) => ((t.sections[1]!.fields as Json[])[1]!.id = 'ratingRequested')),
      path: 'sections[1].fields[1].id',
      message: /Field id "ratingRequested" is already used at sections\[0\]\.fields\[0\]/,
    },
    {
      name: 'duplicate order',
      input: withChange((t) => (t.sections[2]!.order = 20)),
      path: 'sections[2].order',
      message: /Order 20 is already used by section "status"/,
    },
    {
      name: 'unknown placeholder names the section and placeholder',
      input: withChange((t) => (t.sections[2]!.fixedText = ['Signed by {{signature}}.'])),
      path: 'sections[2].fixedText[0]',
      message: /Unknown placeholder \{\{signature\}\} in section "declaration"/,
    },
    {
      name: 'unknown app-provided placeholder with a suggestion',
      input: withChange((t) => (t.sections[2]!.fixedText = ['In {{signing.countee}} County.'])),
      path: 'sections[2].fixedText[0]',
      message:
        /\{\{signing\.countee\}\} in section "declaration": it is not an app-provided field\. Did you mean "signing\.county"\?/,
    },
    {
      name: 'unknown placeholder in a conditional paragraph',
      input: withChange(
        (t) =>
          (t.sections[2]!.fixedText = [{ text: 'Rated: {{rating}}', includeWhen: { field: 'ratingRequested', equals: true } }]),
      ),
      path: 'sections[2].fixedText[0].text',
      message: /Unknown placeholder \{\{rating\}\}/,
    },
    {
      name: 'malformed placeholder',
      input: withChange((t) => (t.sections[2]!.fixedText = ['In {{signing.county} County.'])),
      path: 'sections[2].fixedText[0]',
      message: /Malformed placeholder "\{\{signing\.county\}"/,
    },
    {
      name: 'unknown field in a condition',
      input: withChange(
        (t) =>
          (t.sections[1]!.includeWhen = {
            any: [
              { field: 'case.psychClaimed', equals: true },
              { field: 'ratingAsked', equals: true },
            ],
          }),
      ),
      path: 'sections[1].includeWhen.any[1].field',
      message: /Unknown field "ratingAsked" in condition/,
    },
    {
      name: 'condition value of the wrong type for a yes-no field',
      input: withChange((t) => (t.sections[1]!.includeWhen = { field: 'ratingRequested', equals: 'yes' })),
      path: 'sections[1].includeWhen',
      message: /compares a yes\/no value with "yes"; use true or false/,
    },
    {
      name: 'condition value that is not an option of the choice',
      input: withChange((t) => (t.sections[2]!.requiredWhen = { field: 'mmiStatus', in: ['reached', 'pending'] })),
      path: 'sections[2].requiredWhen',
      message: /uses "pending", which is not one of its options \("reached", "not-reached"\)/,
    },
    {
      name: 'condition on an app-provided boolean compared with text',
      input: withChange((t) => (t.sections[1]!.includeWhen = { field: 'case.psychClaimed', equals: 'true' })),
      path: 'sections[1].includeWhen',
      message: /compares a yes\/no value with "true"/,
    },
    {
      name: 'requiredWhen without required',
      input: withChange((t) => {
        t.sections[1]!.required = false;
        t.sections[1]!.requiredWhen = { field: 'ratingRequested', equals: true };
      }),
      path: 'sections[1].requiredWhen',
      message: /requiredWhen has no effect while required is false/,
    },
    {
      name: 'field condition on the field itself',
      input: withChange((t) => ((t.sections[0]!.fields as Json[])[0]!.includeWhen = { field: 'ratingRequested', equals: true })),
      path: 'sections[0].fields[0].includeWhen.field',
      message: /cannot depend on the field itself/,
    },
    {
      name: 'fixed-text section without text',
      input: withChange((t) => delete t.sections[2]!.fixedText),
      path: 'sections[2].fixedText',
      message: /needs at least one fixedText paragraph/,
    },
    {
      name: 'unknown bound field in a generated section',
      input: withChange((t) => (t.sections[2]!.boundFields = ['case.examineeName', 'case.ssn'])),
      path: 'sections[2].boundFields[1]',
      message: /Unknown app-provided field "case\.ssn"/,
    },
    {
      name: 'duplicate choice option',
      input: withChange((t) => {
        const options = (t.sections[1]!.fields as Json[])[0]!.options as Json[];
        options[1]!.value = 'reached';
      }),
      path: 'sections[1].fields[0].options[1].value',
      message: /Option value "reached" appears twice/,
    },
    {
      name: 'table without rows that does not allow added rows',
      input: withChange((t) =>
        t.sections.push({
          id: 'grid',
          title: 'Grid',
          kind: 'table',
          step: 'discussion',
          order: 40,
          guidance: 'g',
          required: true,
          table: { columns: [{ id: 'capacity', label: 'Capacity', type: 'text' }] },
        }),
      ),
      path: 'sections[3].table.rows',
      message: /needs fixed rows, or allowAddRows: true/,
    },
  ];

  it.each(cases)('$name', ({ input, path, message }) => {
    const problems = problemsOf(input);
    const match = problems.find((p) => p.path === path);
    expect(match, `problems were: ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(match?.message).toMatch(message);
  });

  it('reports a file that is not an object at the top level', () => {
    expect(problemsOf(['a', 'list'])).toEqual([{ path: '', message: 'Expected an object (keys and values), found a list.' }]);
  });
});
