// Issue #11: every value a physician can enter reaches the exported report, or is listed in INTERNAL_VALUES with the
// reason it is not printed. For each built-in template a case is filled through the real backend with a marker in every
// value (marked-case.ts), exported as a draft with its proof of service twice (yes-no answers yes, then no), and read back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { reportValues } from '../../../electron/backend/report/docx/build-template-report';
import { loadTemplateFile } from '../../../electron/backend/templates/template-loader';
import { INTERNAL_VALUES, internalValue } from '../../../electron/common/report/internal-values';
import type { Template } from '../../../electron/common/template/template-schema';
import { textPdf } from '../../fixtures/generate-pdfs';
import { docxText } from '../../helpers/docx';
import { createTempBackend, fixedClock } from '../../helpers/temp-backend';
import { putMarkedCase, type Run, type RunName } from './marked-case';

const BUILTIN_DIR = path.resolve(__dirname, '../../../templates/builtin');
const TEMPLATE_FILES = fs
  .readdirSync(BUILTIN_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** Case and runs of whitespace do not matter: mammoth separates table cells and paragraphs by blank lines. */
const normal = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

let dir: string;
let recordsPdf: string;
/** Template id → the values the test filled for it (so an internal entry no template fills is noticed). */
const filled = new Map<string, Set<string>>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-completeness-'));
  recordsPdf = path.join(dir, 'Records.pdf');
  fs.writeFileSync(recordsPdf, await textPdf({ pages: 3, seed: 11, title: 'Fictional records' }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function loadTemplate(file: string): Promise<Template> {
  const loaded = await loadTemplateFile(path.join(BUILTIN_DIR, file), 'builtin');
  if ('problems' in loaded) throw new Error(`${file}: ${loaded.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return loaded.template;
}

describe('every value a physician can enter', () => {
  it.each(TEMPLATE_FILES)(
    'is printed in the report of %s, or listed as internal',
    async (file) => {
      const template = await loadTemplate(file);
      const temp = createTempBackend({
        prefix: 'medlegal-completeness-',
        dataSubdir: 'data',
        // After every date the case holds, so the signing date entered is not in the future.
        now: fixedClock('2031-01-15'),
        host: { chooseSavePath: async (name) => path.join(temp.dir, name) },
      });
      onTestFinished(() => temp.cleanup());
      const { exports, assembler } = temp.backend.services;
      const marked = await putMarkedCase({ backend: temp.backend, template, recordsPdf });
      expect(marked.unknownKeys, 'keys of a model the completeness test does not fill yet (add them to marked-case.ts)').toEqual(
        [],
      );

      const exportRun = async (name: RunName): Promise<{ run: Run; text: string }> => {
        const { filePath } = await exports.exportDraft({ caseId: marked.caseId, proofOfService: true });
        if (!filePath) throw new Error('the draft export was not saved');
        const text = normal(await docxText(filePath));
        return { run: { name, values: reportValues(await assembler.assemble(marked.caseId)) }, text };
      };
      const runs = [await exportRun('A')];
      marked.switchToRunB();
      runs.push(await exportRun('B'));

      filled.set(template.id, new Set(marked.expected.map((e) => e.key)));
      const problems: string[] = [];
      const shownKeys = new Set<string>();
      for (const e of marked.expected) {
        const shownIn = runs.filter(({ run }) => !e.when || e.when(run));
        const printedIn = shownIn.filter(({ text }) => text.includes(normal(e.text)));
        if (shownIn.length > 0) shownKeys.add(e.key);
        if (internalValue(template.id, e.key)) {
          if (e.marker && printedIn.length > 0)
            problems.push(
              `${template.id}: ${e.key} is printed ("${e.text}") but listed in INTERNAL_VALUES; take it off the list.`,
            );
          continue;
        }
        for (const { run } of shownIn.filter((r) => !printedIn.includes(r)))
          problems.push(`${template.id}: ${e.key} ("${e.text}") is not in the report (run ${run.name}).`);
      }
      // A value whose section or field no run includes was never checked: the fill must reach it (marked-case.ts).
      for (const key of new Set(marked.expected.map((e) => e.key)))
        if (!shownKeys.has(key) && !internalValue(template.id, key))
          problems.push(`${template.id}: ${key} is shown in no export (its section or field is never included).`);
      expect(problems, 'entered values that are neither printed nor listed in INTERNAL_VALUES').toEqual([]);
    },
    120_000,
  );

  it('lists as internal only values some built-in template lets the physician enter', () => {
    expect(filled.size, 'the templates above must have run first').toBe(TEMPLATE_FILES.length);
    const stale = INTERNAL_VALUES.filter((entry) =>
      [...filled].every(([templateId, keys]) => ![...keys].some((key) => internalValue(templateId, key) === entry)),
    ).map((entry) => `${entry.value}${entry.templates ? ` (${entry.templates.join(', ')})` : ''}`);
    expect(stale).toEqual([]);
  });
});
