// A yes-no field's printed sentences (printAs): every built-in template gives them, so a signed report never prints the
// app's question ("Did you receive…: No"); a user's template may leave them out, and a malformed pair is named.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { templateFields } from '../../../electron/common/template/template-schema';
import { validateTemplate } from '../../../electron/common/template/validate-template';

const BUILTIN_DIR = path.resolve(__dirname, '../../../templates/builtin');
const builtinFiles = readdirSync(BUILTIN_DIR).filter((f) => f.endsWith('.yaml'));

function withYesNo(field: Record<string, unknown>) {
  return {
    id: 'test-template',
    version: 1,
    title: 'Test',
    description: 'A template for tests.',
    reportKind: 'IME',
    arena: 'workers-comp',
    sections: [
      {
        id: 'purpose',
        title: 'Purpose',
        kind: 'narrative',
        step: 'case',
        order: 10,
        guidance: 'Why the evaluation was requested.',
        required: true,
        fields: [{ id: 'ratingRequested', type: 'yes-no', label: 'Did the referral ask for a rating?', ...field }],
      },
    ],
  };
}

const problemsOf = (input: unknown, builtin = false) => {
  const result = validateTemplate(input, { builtin });
  return result.ok ? [] : result.problems;
};

describe('printAs of yes-no fields', () => {
  it.each(builtinFiles)('%s gives a statement for both answers of every yes-no field', (file) => {
    const input: unknown = parseYaml(readFileSync(path.join(BUILTIN_DIR, file), 'utf8'));
    const result = validateTemplate(input, { builtin: true });
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    for (const { field } of templateFields(result.template)) {
      if (field.type !== 'yes-no') continue;
      // A statement, not the prompt: a full sentence that is not the field's label (which may be a question).
      for (const sentence of [field.printAs!.yes, field.printAs!.no]) {
        expect(sentence, field.id).toMatch(/^[A-Z].*\.$/s);
        expect(sentence, field.id).not.toMatch(/\?/);
      }
    }
  });

  it('lets a user template leave them out, and requires them of a built-in one', () => {
    expect(problemsOf(withYesNo({}))).toEqual([]);
    expect(problemsOf(withYesNo({}), true)).toEqual([
      { path: 'sections[0].fields[0]', message: expect.stringMatching(/^The yes-no field "ratingRequested" has no printAs/) },
    ]);
    expect(problemsOf(withYesNo({ printAs: { yes: 'A rating was asked for.', no: 'No rating was asked for.' } }), true)).toEqual(
      [],
    );
  });

  it('names a missing answer, an unknown key, the same sentence twice and a placeholder', () => {
    expect(problemsOf(withYesNo({ printAs: { yes: 'A rating was asked for.' } }))).toEqual([
      { path: 'sections[0].fields[0].printAs.no', message: 'Missing required key "no".' },
    ]);
    expect(problemsOf(withYesNo({ printAs: { yes: 'A.', no: 'B.', maybe: 'C.' } }))).toEqual([
      { path: 'sections[0].fields[0].printAs.maybe', message: expect.stringMatching(/^Unknown key "maybe"/) },
    ]);
    expect(problemsOf(withYesNo({ printAs: { yes: 'Asked.', no: 'Asked.' } }))).toEqual([
      { path: 'sections[0].fields[0].printAs.no', message: expect.stringMatching(/same sentence/) },
    ]);
    expect(problemsOf(withYesNo({ printAs: { yes: '{{case.referralSource}} asked for a rating.', no: 'No rating.' } }))).toEqual([
      { path: 'sections[0].fields[0].printAs.yes', message: expect.stringMatching(/placeholders.*not filled/) },
    ]);
  });

  it('is not a key of a table column, whose cells print Yes or No', () => {
    const input = withYesNo({});
    input.sections.push({
      id: 'grid',
      title: 'Grid',
      kind: 'table',
      step: 'examination',
      order: 20,
      guidance: 'A grid for tests.',
      required: false,
      table: {
        allowAddRows: true,
        columns: [{ id: 'done', type: 'yes-no', label: 'Done', printAs: { yes: 'Done.', no: 'Not done.' } }],
      },
    } as never);
    expect(problemsOf(input)).toEqual([
      { path: 'sections[1].table.columns[0].printAs', message: expect.stringMatching(/^Unknown key "printAs"/) },
    ]);
  });
});
