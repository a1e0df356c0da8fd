// The discussion parts of the QME report beyond the goldens: no periods table without periods (the section's text alone),
// the periods table even when the section has no text yet, a missing industrial how-and-why is warned about, and an
// added (Kite/Vigil) combination prints its steps and its reason once each.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratorData } from '../../../../electron/backend/report/docx/generator-data';
import type { Template } from '../../../../electron/common/template/template-schema';
import { buildReport, partText, sectionXml } from './docx-parts';
import { builtinTemplate, GENERATOR_DATA, qmeContext, qmeDocuments } from './report-fixture';

const TD_TITLE = 'Temporary disability and work status';
const count = (text: string, part: string) => text.split(part).length - 1;
/** The text runs of a section's XML (a fragment, so not parsed), one per line. */
const sectionText = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');

let qme: Template;
beforeAll(async () => {
  qme = await builtinTemplate('ca-qme-comprehensive-v1');
});

const build = (tables: GeneratorData, documents = qmeDocuments(qme)) =>
  buildReport(qme, qmeContext(), documents, { draft: true }, tables);

describe('temporary disability periods', () => {
  it('prints no periods table when none were entered', async () => {
    const { documentXml } = await build({ ...GENERATOR_DATA, tdPeriods: [] });
    const section = sectionText(sectionXml(documentXml, TD_TITLE));
    expect(section).not.toContain('Periods of temporary disability');
    expect(section.trim().length).toBeGreaterThan(0);
  });

  it('prints the periods even before the section has text', async () => {
    const documents = qmeDocuments(qme);
    documents.delete('temporary-disability');
    const { documentXml } = await build(GENERATOR_DATA, documents);
    const section = sectionText(sectionXml(documentXml, TD_TITLE));
    expect(section).toContain('Temporary total disability (TTD)');
    expect(section).not.toContain('[No text entered.]');
  });
});

describe('apportionment', () => {
  it('warns when how and why the industrial injury causes its share is not entered', async () => {
    const entry = { ...GENERATOR_DATA.apportionment![0]!, industrialExplanation: ' ' };
    const { documentXml, warnings } = await build({ ...GENERATOR_DATA, apportionment: [entry] });
    expect(warnings).toContain(
      'Apportionment for Lumbar spine (01/15/2026): how and why this injury causes its share is not entered, so it was not printed.',
    );
    const text = sectionText(sectionXml(documentXml, 'Apportionment'));
    expect(text).not.toContain('This industrial injury (80%).');
    expect(text).toContain('Pre-existing degenerative disc disease L4-5 (20%).');
  });
});

describe('combined impairment', () => {
  it('prints the steps and the reason of an added combination once each', async () => {
    const reason = 'The wrist limits gripping and the back limits lifting; the two do not overlap in daily activities.';
    const impairment = {
      ...GENERATOR_DATA.impairment!,
      combined: {
        value: 13,
        method: 'add' as const,
        steps: ['10 + 3 = 13'],
        explanation: `10 + 3 added instead of combined = 13% whole person (Kite (2013)). Reason: ${reason}`,
        reason,
      },
    };
    const { documentXml } = await build({ ...GENERATOR_DATA, impairment });
    const text = sectionText(sectionXml(documentXml, 'Impairment rating (AMA Guides, 5th edition)'));
    expect(count(text, '10 + 3 = 13')).toBe(1);
    expect(count(text, reason)).toBe(1);
    expect(text).toContain('Added instead of combined, for the reason given below:');
  });

  it('still explains a single value, which has no steps', async () => {
    const impairment = {
      rows: [GENERATOR_DATA.impairment!.rows[0]!],
      combined: { value: 10, steps: [], explanation: 'Only one value (10% whole person); nothing to combine.' },
    };
    const { documentXml } = await build({ ...GENERATOR_DATA, impairment });
    expect(partText(documentXml)).toContain('Only one value (10% whole person); nothing to combine.');
  });
});

describe('injury cells', () => {
  it('start with a capital letter in the impairment and apportionment tables', async () => {
    const injury = 'specific injury 01/15/2026, ADJ1234567';
    const impairment = {
      ...GENERATOR_DATA.impairment!,
      rows: GENERATOR_DATA.impairment!.rows.map((r) => ({ ...r, injury })),
    };
    const apportionment = GENERATOR_DATA.apportionment!.map((a) => ({ ...a, injury }));
    const { documentXml } = await build({ ...GENERATOR_DATA, impairment, apportionment });
    for (const title of ['Impairment rating (AMA Guides, 5th edition)', 'Apportionment']) {
      const cells = sectionText(sectionXml(documentXml, title)).split('\n');
      expect(cells).toContain('Specific injury 01/15/2026, ADJ1234567');
      expect(cells).not.toContain(injury);
    }
  });
});
