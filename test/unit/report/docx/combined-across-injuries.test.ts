// The impairment section when the physician combines across injuries (the Benson exception): each injury's combination
// first, then the value across injuries, the injury values and steps it came from, and the reason, once each; nothing
// of it when the injuries are rated separately.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratorData } from '../../../../electron/backend/report/docx/generator-data';
import type { Template } from '../../../../electron/common/template/template-schema';
import { buildReport, sectionXml } from './docx-parts';
import { builtinTemplate, GENERATOR_DATA, qmeContext, qmeDocuments } from './report-fixture';

const IMPAIRMENT_TITLE = 'Impairment rating (AMA Guides, 5th edition)';
const CITATION = 'AMA Guides 5th, Combined Values Chart (p. 604)';
const REASON =
  'Both injuries involve the same lumbar levels and the records after the second show no separate findings, so the disability of each cannot be told apart.';
const count = (text: string, part: string) => text.split(part).length - 1;
/** The paragraphs of a section's XML (a fragment, so not parsed), one per line, runs joined. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

const BY_INJURY: NonNullable<NonNullable<GeneratorData['impairment']>['combinedByInjury']> = [
  { injury: 'specific injury 01/15/2026', value: 44, steps: ['30 C 20 = 44'], method: 'combine', citation: CITATION },
  { injury: 'cumulative trauma 03/01/2024 – 01/15/2026', value: 20, steps: [], method: 'combine', citation: CITATION },
];

let qme: Template;
beforeAll(async () => {
  qme = await builtinTemplate('ca-qme-comprehensive-v1');
});

async function impairmentSection(impairment: GeneratorData['impairment']): Promise<string[]> {
  const { documentXml } = await buildReport(
    qme,
    qmeContext(),
    qmeDocuments(qme),
    { draft: true },
    {
      ...GENERATOR_DATA,
      impairment,
    },
  );
  return paragraphs(sectionXml(documentXml, IMPAIRMENT_TITLE)).filter((p) => p.trim() !== '');
}

describe('combined across injuries', () => {
  it('prints each injury’s combination, then the value across injuries, its steps and the reason', async () => {
    const lines = await impairmentSection({
      rows: GENERATOR_DATA.impairment!.rows,
      combinedByInjury: BY_INJURY,
      combinedAcrossInjuries: {
        value: 55,
        steps: ['44 C 20 = 55'],
        injuries: [
          { injury: 'specific injury 01/15/2026', value: 44 },
          { injury: 'cumulative trauma 03/01/2024 – 01/15/2026', value: 20 },
        ],
        citation: CITATION,
        reason: REASON,
      },
    });
    const text = lines.join('\n');
    const at = (line: string) => lines.indexOf(line);
    const across = at('Combined across injuries: 55% WPI');
    expect(at('Combined whole person impairment, specific injury 01/15/2026: 44% WPI')).toBeGreaterThan(-1);
    expect(at('Combined whole person impairment, cumulative trauma 03/01/2024 – 01/15/2026: 20% WPI')).toBeGreaterThan(-1);
    expect(across).toBeGreaterThan(at('Combined whole person impairment, cumulative trauma 03/01/2024 – 01/15/2026: 20% WPI'));
    expect(lines.slice(across, across + 4)).toEqual([
      'Combined across injuries: 55% WPI',
      `The injuries’ values, 44% WPI (specific injury 01/15/2026) and 20% WPI (cumulative trauma 03/01/2024 – 01/15/2026), combined using the ${CITATION}, largest value first, each step rounded half up:`,
      '44 C 20 = 55',
      `The injuries cannot be parsed: ${REASON}`,
    ]);
    // The injury's own steps stay with the injury; each line is printed once.
    expect(count(text, '30 C 20 = 44')).toBe(1);
    expect(count(text, '44 C 20 = 55')).toBe(1);
    expect(count(text, REASON)).toBe(1);
  });

  it('lists three injury values in the order combined, with every step', async () => {
    const lines = await impairmentSection({
      rows: GENERATOR_DATA.impairment!.rows,
      combinedByInjury: BY_INJURY,
      combinedAcrossInjuries: {
        value: 60,
        steps: ['44 C 20 = 55', '55 C 10 = 60'],
        injuries: [
          { injury: 'injury A', value: 44 },
          { injury: 'injury B', value: 20 },
          { injury: 'injury C', value: 10 },
        ],
        citation: CITATION,
        reason: REASON,
      },
    });
    expect(lines.join('\n')).toContain(
      `The injuries’ values, 44% WPI (injury A), 20% WPI (injury B) and 10% WPI (injury C), combined using the ${CITATION}`,
    );
    const across = lines.indexOf('Combined across injuries: 60% WPI');
    expect(lines.slice(across + 2, across + 4)).toEqual(['44 C 20 = 55', '55 C 10 = 60']);
  });

  it('prints nothing across injuries when each injury is rated on its own', async () => {
    const text = (await impairmentSection({ rows: GENERATOR_DATA.impairment!.rows, combinedByInjury: BY_INJURY })).join('\n');
    expect(text).toContain('Combined whole person impairment, specific injury 01/15/2026: 44% WPI');
    expect(text).not.toContain('Combined across injuries');
    expect(text).not.toContain('cannot be parsed');
  });
});
