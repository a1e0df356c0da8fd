// A QME comprehensive case walked through every step with keyboard and mouse: two injuries, three body parts,
// two parties, two diagnoses, three questions; then a restart, and the exported report read back in template order.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportedFiles } from './harness';
import { appForThisFile, createCase, openStep as step, waitForSaves as waitSaved } from './app-steps';
import { docxHeadings, docxText } from '../helpers/docx';
import { loadTemplates, findTemplate } from '../../electron/backend/templates/template-loader';
import { DEFAULT_BUILTIN_TEMPLATES_DIR } from '../../electron/backend/backend-options';
import { isSectionIncluded } from '../../electron/common/template/conditions';

const exact = { exact: true } as const;

async function typeInEditor(page: Page, name: string, text: string) {
  await page.getByRole('textbox', { name, exact: true }).click();
  await page.keyboard.type(text);
}

describe('QME comprehensive evaluation, step by step', () => {
  const session = appForThisFile();

  it('guides the physician through every step and exports every section in template order', { timeout: 240_000 }, async () => {
    const app = session();
    const { page } = app;
    await createCase(page, {
      name: 'Robin Q. Walkthrough',
      template: 'ca-qme-comprehensive@1',
      claimNumber: 'WT-2026-77',
      employer: 'Fictional Freight LLC',
      claimsAdministrator: 'Pretend Claims Inc.',
      examDate: '2026-10-20',
    });

    // Case and parties.
    await page.getByLabel('Your role in this case').fill('Panel QME (panel no. 1112223), orthopaedic surgery');
    await page
      .getByLabel('Street address where the examination was performed')
      .fill('77 Walkthrough Avenue, Suite 5, Pasadena, CA 91101');
    await page.getByRole('button', { name: 'Add party', ...exact }).click();
    await page.getByRole('textbox', { name: 'Name of party 1', ...exact }).fill('Ann Applicant-Lawyer, Esq.');
    await page.getByRole('textbox', { name: 'Address of party 1', ...exact }).fill('1 Plaintiff Row, Los Angeles, CA 90012');
    await page.getByRole('button', { name: 'Add party', ...exact }).click();
    await page.getByRole('textbox', { name: 'Name of party 2', ...exact }).fill('Dan Defense-Counsel, Esq.');
    await page.getByLabel('Role of party 2', exact).selectOption('defense-attorney');
    await typeInEditor(page, 'Introduction and disputed issues', 'Disputed issues: injury to the left knee and the right wrist.');

    await page.getByRole('button', { name: 'Add injury', ...exact }).click();
    await page.getByLabel('Date of injury 1', exact).fill('2026-02-03');
    await page.getByLabel('WCAB case number of injury 1', exact).fill('ADJ11112222');
    await page.getByRole('button', { name: 'Add body part to injury 1', ...exact }).click();
    await page.getByRole('combobox', { name: 'Body part 1 of injury 1', exact: true }).fill('Lumbar spine');
    await page.getByRole('button', { name: 'Add body part to injury 1', ...exact }).click();
    await page.getByRole('combobox', { name: 'Body part 2 of injury 1', exact: true }).fill('Left knee');
    await page.getByRole('button', { name: 'Add injury', ...exact }).click();
    await page.getByRole('group', { name: 'Injury 2', exact: true }).getByText('Cumulative trauma (CT)').click();
    await page.getByLabel('CT from date of injury 2', exact).fill('2021-01-01');
    await page.getByLabel('CT to date of injury 2', exact).fill('2026-02-03');
    await page.getByLabel('WCAB case number of injury 2', exact).fill('ADJ11112223');
    await page.getByRole('button', { name: 'Add body part to injury 2', ...exact }).click();
    await page.getByRole('combobox', { name: 'Body part 1 of injury 2', exact: true }).fill('Right wrist');
    await page
      .getByRole('radiogroup', { name: /Examination performed by video/ })
      .getByText('No', exact)
      .click();

    // Interview, examination.
    await step(page, /Interview/);
    await typeInEditor(
      page,
      'History of the injury',
      'While loading a trailer she twisted her left knee and felt low back pain.',
    );
    await typeInEditor(page, 'Current complaints', 'Constant low back pain and right-hand numbness at night.');
    await step(page, /^Examination/);
    await typeInEditor(page, 'Findings on examination', 'Positive McMurray test on the left; positive Phalen sign on the right.');

    // Diagnoses: one from the offline code list by words, one typed.
    await step(page, /^Diagnoses/);
    await page.getByRole('button', { name: 'Add diagnosis', ...exact }).click();
    await page.getByRole('combobox', { name: 'Find ICD-10 code for diagnosis 1', exact: true }).click();
    await page.keyboard.type('carpal right');
    await page
      .getByRole('option', { name: /G56\.01/ })
      .first()
      .click();
    await page.getByRole('combobox', { name: 'Body part of diagnosis 1', exact: true }).fill('Right wrist');
    await page.getByRole('button', { name: 'Add diagnosis', ...exact }).click();
    await page.getByLabel('ICD-10 code of diagnosis 2', exact).fill('M51.16');
    await page
      .getByLabel('Description of diagnosis 2', exact)
      .fill('Intervertebral disc disorders with radiculopathy, lumbar region');
    await page.getByRole('combobox', { name: 'Body part of diagnosis 2', exact: true }).fill('Lumbar spine');

    // Discussion.
    await step(page, /^Discussion/);
    await typeInEditor(page, 'Causation of injury (AOE/COE)', 'Both injuries arose out of and in the course of employment.');

    // Questions from two parties, each answered.
    await step(page, /Questions from the parties/);
    const ask = async (party: string, n: number, question: string, answer: string) => {
      await page.getByRole('button', { name: 'Add question from…' }).click();
      await page.getByRole('menuitem', { name: new RegExp(party) }).click();
      const label = new RegExp(`^Question ${n} from ${party}`);
      await page.getByRole('textbox', { name: label }).fill(question);
      await page.getByRole('textbox', { name: new RegExp(`^Answer to question ${n} from ${party}`) }).click();
      await page.keyboard.type(answer);
    };
    await ask('Ann Applicant-Lawyer', 1, 'Is the left knee injury industrial?', 'Yes, within reasonable medical probability.');
    await ask('Ann Applicant-Lawyer', 2, 'Is further treatment needed?', 'Yes: physical therapy and a knee MRI.');
    await ask('Dan Defense-Counsel', 1, 'Is there non-industrial apportionment?', 'No; the findings are wholly industrial.');

    // Review: the §4628(b) disclosures and the county of signing.
    await step(page, /Review and sign/);
    await page.getByLabel('The complete history was taken by').fill('Dr. Example (signing physician)');
    await page.getByLabel('Prior medical records were reviewed and summarized by').fill('Dr. Example (signing physician)');
    await page.getByLabel('The examination was performed by').fill('Dr. Example (signing physician)');
    await page.getByLabel('The conclusions were composed and drafted by').fill('Dr. Example (signing physician)');
    await page.getByRole('region', { name: 'Sign and export' }).getByLabel('County where you sign').fill('Los Angeles');
    await waitSaved(page);

    // Quit and reopen: everything is there.
    await app.restart();
    await page.getByRole('row', { name: /Robin Q\. Walkthrough/ }).click();
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Name of party 2', exact: true }).inputValue()).toBe(
      'Dan Defense-Counsel, Esq.',
    );
    expect(await page.getByLabel('WCAB case number of injury 2', exact).inputValue()).toBe('ADJ11112223');
    expect(await page.getByRole('combobox', { name: 'Body part 2 of injury 1', exact: true }).inputValue()).toBe('Left knee');
    await step(page, /^Diagnoses/);
    expect(await page.getByLabel('ICD-10 code of diagnosis 1', exact).inputValue()).toBe('G56.01');
    await step(page, /Questions from the parties/);
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Answer to question 1 from Dan Defense-Counsel/ }).textContent())
      .toContain('wholly industrial');

    // Export and read the report back.
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect.poll(() => exportedFiles(app).length, { timeout: 20_000 }).toBe(1);
    const file = exportedFiles(app)[0]!;
    const text = await docxText(file);

    const { templates } = await loadTemplates({ builtinDir: DEFAULT_BUILTIN_TEMPLATES_DIR });
    const template = findTemplate({ templates, problems: [] }, 'ca-qme-comprehensive', 1)!.template;
    const headings = docxHeadings(file);
    const expected = [...template.sections]
      .sort((a, b) => a.order - b.order)
      .filter((s) => s.id !== 'caption' && isSectionIncluded(s, { remoteEvaluation: false, 'case.psychClaimed': false }))
      .map((s) => s.title);
    // Every section the template includes is a Heading 1, in template order (optional empty ones may be left out).
    const positions = expected.filter((t) => headings.includes(t)).map((t) => headings.indexOf(t));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of [
      'Introduction and disputed issues',
      'Claimed injuries',
      'History of the injury',
      'Findings on examination',
      'Diagnoses',
      'Causation of injury (AOE/COE)',
      "Answers to the parties' questions",
      'Statement under Labor Code §5703',
      'Declaration under penalty of perjury (Labor Code §4628(j))',
    ]) {
      expect(headings).toContain(required);
    }
    expect(headings).not.toContain('Psychiatric injury, causation by actual events of employment');

    for (const typed of [
      'While loading a trailer she twisted her left knee and felt low back pain.',
      'Positive McMurray test on the left; positive Phalen sign on the right.',
      'Both injuries arose out of and in the course of employment.',
      'Is further treatment needed?',
      'No; the findings are wholly industrial.',
      'G56.01',
      'M51.16',
      'ADJ11112222',
      'ADJ11112223',
      'Right wrist',
      'Ann Applicant-Lawyer, Esq.',
    ]) {
      expect(text).toContain(typed);
    }
    // Placeholders in fixed text are filled from what was entered.
    expect(text).toContain('The examination was performed at 77 Walkthrough Avenue, Suite 5, Pasadena, CA 91101');
    expect(text).toMatch(/in Los Angeles County, California/);
  });
});
