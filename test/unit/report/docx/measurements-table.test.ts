// The examination measurements in the report: grouped by body part with units as a physician writes them, readings
// without a value left out with a warning, and the optional Measurements section left out when nothing was measured.
import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../../../electron/common/case/structure-model';
import { formatMeasured } from '../../../../electron/backend/report/docx/format-values';
import { buildReport, elementText, headings } from './docx-parts';
import { parseXml } from './ooxml-check';
import { builtinTemplate, GENERATOR_DATA, MEASUREMENTS, qmeContext, qmeDocuments } from './report-fixture';

/** The cell texts of each row of the table that follows the heading "Measurements". */
function measurementRows(documentXml: string): string[][] {
  const body = parseXml(documentXml).children.find((c) => c.name === 'w:body')!.children;
  const heading = body.findIndex((el) => el.name === 'w:p' && elementText(el) === 'Measurements');
  const table = body[heading + 1];
  if (heading < 0 || table?.name !== 'w:tbl') throw new Error('No table under the heading "Measurements"');
  return table.children
    .filter((c) => c.name === 'w:tr')
    .map((tr) => tr.children.filter((c) => c.name === 'w:tc').map(elementText));
}

async function measurementsSection(measurements: Measurement[], templateStem = 'ca-qme-comprehensive-v1') {
  const template = await builtinTemplate(templateStem);
  const ctx = qmeContext();
  ctx.data.measurements = measurements;
  const report = await buildReport(template, ctx, qmeDocuments(template), { draft: true }, GENERATOR_DATA);
  return { report, headings: headings(report.documentXml) };
}

describe('a measured value with its unit', () => {
  it.each([
    ['40', 'degrees', '40°'],
    ['40', '°', '40°'],
    ['40', 'Deg', '40°'],
    ['40°', '°', '40°'],
    ['40 degrees', 'degrees', '40 degrees'],
    ['4+', '/5', '4+/5'],
    ['5/5', '/5', '5/5'],
    ['28', 'kg', '28 kg'],
    ['28.5', 'lb', '28.5 lb'],
    ['75', '%', '75%'],
    ['12', '', '12'],
    ['Full', 'degrees', 'Full'],
    ['', 'kg', ''],
    ['  18 ', ' kg ', '18 kg'],
  ])('%j in %j prints as %j', (value, unit, printed) => {
    expect(formatMeasured(value, unit)).toBe(printed);
  });
});

describe('the Measurements section', () => {
  it('prints one row per reading, grouped by body part in the order first entered, after the findings on examination', async () => {
    const { report, headings: titles } = await measurementsSection(MEASUREMENTS);
    expect(titles.indexOf('Measurements')).toBe(titles.indexOf('Findings on examination') + 1);
    expect(measurementRows(report.documentXml)).toEqual([
      ['Body part', 'Measurement', 'Side', 'Value', 'Normal'],
      ['Lumbar spine', 'Flexion', '', '40°', '60°'],
      ['', 'Extension', '', '15°', '25°'],
      ['Right wrist', 'Dorsiflexion', 'Right', '45°', '60°'],
      ['', 'Wrist extension strength', 'Right', '4+/5', '5/5'],
      ['Hands', 'Grip strength (Jamar position 2)', 'Right', '18 kg', ''],
      ['', 'Grip strength (Jamar position 2)', 'Left', '30 kg', ''],
    ]);
    expect(report.warnings.join(' ')).not.toMatch(/measurement/i);
  });

  it('groups body parts however they were capitalised, and names unnamed readings by their kind', async () => {
    const base = { side: 'n/a', normal: '', unit: '' } as const;
    const { report } = await measurementsSection([
      { ...base, id: MEASUREMENTS[0]!.id, bodyPart: 'Left knee', kind: 'range-of-motion', name: '', value: '120' },
      { ...base, id: MEASUREMENTS[1]!.id, bodyPart: 'left knee ', kind: 'strength', name: 'Quadriceps strength', value: '5' },
      { ...base, id: MEASUREMENTS[2]!.id, bodyPart: 'Hands', kind: 'grip', name: 'Pinch', value: '6' },
      { ...base, id: MEASUREMENTS[3]!.id, bodyPart: 'Hands', kind: 'grip', name: '', value: '20' },
      { ...base, id: MEASUREMENTS[4]!.id, bodyPart: 'Chest', kind: 'other', name: '', value: '92' },
    ]);
    expect(measurementRows(report.documentXml).slice(1)).toEqual([
      ['Left knee', 'Range of motion', '', '120', ''],
      ['', 'Quadriceps strength', '', '5', ''],
      ['Hands', 'Pinch', '', '6', ''],
      ['', 'Grip strength', '', '20', ''],
      ['Chest', 'Other', '', '92', ''],
    ]);
  });

  it('leaves out a reading without a value and says so', async () => {
    const blank = { ...MEASUREMENTS[0]!, name: 'Left lateral bending', value: ' ' };
    const { report } = await measurementsSection([blank, MEASUREMENTS[1]!]);
    expect(measurementRows(report.documentXml)).toHaveLength(2);
    expect(report.warnings).toContain('1 measurement has no value, so it was left out of the measurements table.');
  });

  it.each(['ca-qme-comprehensive-v1', 'ime-workers-comp-v1', 'ime-personal-injury-v1', 'ime-disability-insurance-v1'])(
    'is left out of %s when nothing was measured, with no warning',
    async (stem) => {
      const { report, headings: titles } = await measurementsSection([], stem);
      expect(titles).not.toContain('Measurements');
      expect(report.warnings.join(' ')).not.toMatch(/Measurements|measurement/);
    },
  );

  it('is printed by every built-in template with an examination', async () => {
    for (const stem of ['ime-workers-comp-v1', 'ime-personal-injury-v1', 'ime-disability-insurance-v1']) {
      const { headings: titles } = await measurementsSection(MEASUREMENTS, stem);
      expect(titles.indexOf('Measurements'), stem).toBe(titles.indexOf('Examination') + 1);
    }
  });
});
