// Golden XML for the caption and each table type, normalised (no revision ids, ids or dates) and pretty-printed.
// Run with UPDATE_GOLDEN=1 to rewrite test/fixtures/golden/*.xml after an intended change, then review the diff.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../../../electron/common/template/template-schema';
import { buildReport, captionXml, sectionXml } from './docx-parts';
import { builtinTemplate, GENERATOR_DATA, ltdContext, qmeContext, qmeDocuments } from './report-fixture';

const GOLDEN_DIR = path.resolve(__dirname, '../../../fixtures/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string) {
  const file = path.join(GOLDEN_DIR, `${name}.xml`);
  if (UPDATE || !fs.existsSync(file)) {
    if (!UPDATE)
      throw new Error(
        `Golden file ${name}.xml is missing. Run UPDATE_GOLDEN=1 npx vitest run test/unit/report/docx/golden.test.ts and review it.`,
      );
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('golden XML of the QME report', () => {
  let template: Template;
  let xml: string;
  beforeAll(async () => {
    template = await builtinTemplate('ca-qme-comprehensive-v1');
    xml = (await buildReport(template, qmeContext(), qmeDocuments(template), { draft: false }, GENERATOR_DATA)).documentXml;
  });

  it.each([
    ['caption', null],
    ['injuries-table', 'Claimed injuries'],
    ['records-reviewed-table', 'Records reviewed'],
    ['measurements-table', 'Measurements'],
    ['diagnoses-table', 'Diagnoses'],
    ['impairment-table', 'Impairment rating (AMA Guides, 5th edition)'],
    ['apportionment-table', 'Apportionment'],
    ['td-periods-table', 'Temporary disability and work status'],
  ])('%s', (name, title) => {
    expectGolden(name, title ? sectionXml(xml, title) : captionXml(xml));
  });
});

describe('golden XML of the LTD restrictions grid', () => {
  it('prints each row label with the value of every column', async () => {
    const template = await builtinTemplate('ime-disability-insurance-v1');
    const { documentXml } = await buildReport(template, ltdContext(), new Map(), { draft: false });
    expectGolden('restrictions-grid', sectionXml(documentXml, 'Restrictions and limitations'));
  });
});
