// The discussion as the physician saved it, through the real registry and the one report pipeline into the .docx: the
// temporary disability periods after the temporary disability section's text, the how and why of the industrial share
// before the other factors', the combining steps printed once with a plain citation, and the body part on every row.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/backend/report/render-report';
import type { InputOf } from '../../../electron/common/ipc/contract';
import { docxText, readDocxPart } from '../../helpers/docx';
import { invoke } from '../../helpers/invoke';
import { seedQmeCase, type SeededBackend } from './seed-qme-case';

type Impairment = InputOf<'discussion:saveImpairments'>['items'][number];

const INDUSTRIAL_LUMBAR =
  'The lifting injury caused the L4-5 disc protrusion seen on the MRI, and the present loss of motion follows from it alone.';
const INDUSTRIAL_WRIST =
  'Eighteen months of repetitive scanning at the job described caused the median nerve entrapment shown on the study.';
const WRIST_FACTOR = 'Diabetes mellitus, present before the cumulative period, predisposes to and adds to the neuropathy.';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the discussion printed in the exported report', () => {
  let seeded: SeededBackend;
  let text: string;
  let xml: string;

  beforeAll(async () => {
    seeded = await seedQmeCase();
    const { backend, caseId } = seeded;
    const [specific, cumulative] = backend.services.caseData.get(caseId).injuries;
    const impairment = (injuryId: string, bodyPart: string, wpi: number): Impairment => ({
      id: randomUUID(),
      injuryId,
      bodyPart,
      method: 'DRE lumbar category III',
      citation: 'Table 15-3, p. 384',
      wpi,
    });
    await invoke(backend.registry, 'discussion:saveImpairments', {
      caseId,
      items: [impairment(specific!.id, 'Lumbar spine', 13), impairment(specific!.id, 'Left lower extremity', 2)],
    });
    await invoke(backend.registry, 'discussion:saveApportionment', {
      caseId,
      items: [
        {
          id: randomUUID(),
          injuryId: specific!.id,
          bodyPart: 'Lumbar spine',
          industrialPercent: 100,
          industrialExplanation: INDUSTRIAL_LUMBAR,
        },
        {
          id: randomUUID(),
          injuryId: cumulative!.id,
          bodyPart: 'Right wrist',
          industrialPercent: 70,
          industrialExplanation: INDUSTRIAL_WRIST,
          factors: [{ kind: 'pre-existing-pathology', label: 'Diabetes mellitus', percent: 30, explanation: WRIST_FACTOR }],
        },
      ],
    });
    await invoke(backend.registry, 'discussion:saveDisability', {
      caseId,
      tdPeriods: [
        { id: randomUUID(), kind: 'partial', from: '2026-04-01', to: null },
        { id: randomUUID(), kind: 'total', from: '2026-01-16', to: '2026-03-31' },
      ],
      ps: { status: 'permanent-and-stationary', date: '2026-11-02' },
    });

    const report = await backend.services.assembler.assemble(caseId);
    const { buffer } = await renderReport(report, { draft: true });
    const file = path.join(seeded.dir, 'discussion.docx');
    fs.writeFileSync(file, buffer);
    if (process.env.KEEP_DOCX) fs.copyFileSync(file, process.env.KEEP_DOCX);
    text = await docxText(file);
    xml = readDocxPart(file);
  }, 60_000);
  afterAll(async () => {
    await seeded?.close();
  });

  it('prints the temporary disability periods, in date order, after that section’s text', () => {
    const section = text.indexOf('Temporary disability and work status');
    const table = text.indexOf('Periods of temporary disability');
    const next = text.indexOf('Permanent and stationary (MMI) status');
    expect(section).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(section);
    expect(next).toBeGreaterThan(table);
    const periods = text.slice(table, next);
    const ttd = periods.indexOf('Temporary total disability (TTD)');
    const tpd = periods.indexOf('Temporary partial disability (TPD)');
    expect(ttd).toBeGreaterThan(0);
    expect(tpd).toBeGreaterThan(ttd);
    for (const date of ['01/16/2026', '03/31/2026', '04/01/2026', 'Ongoing']) expect(periods).toContain(date);
    // The P&S status has its own section; the periods table does not repeat it.
    expect(periods).not.toMatch(/permanent and stationary/i);
  });

  it('prints how and why the industrial injury causes its share, before the other factors’ reasons', () => {
    expect(text).toContain(INDUSTRIAL_LUMBAR);
    expect(text).toContain(INDUSTRIAL_WRIST);
    expect(text.indexOf(INDUSTRIAL_WRIST)).toBeLessThan(text.indexOf(WRIST_FACTOR));
    expect(text).toMatch(/Lumbar spine, specific injury 01\/15\/2026[^:]*: This industrial injury \(100%\)\./);
  });

  it('names the body part on every apportionment row', () => {
    const start = text.indexOf('Cause of permanent disability');
    const rows = text.slice(start, text.indexOf('How and why each cause contributes its share', start));
    expect(count(rows, 'Right wrist')).toBe(2);
    expect(rows).toContain('Diabetes mellitus');
  });

  it('prints each combining step once, with the citation in one pair of parentheses', () => {
    expect(count(text, '13 C 2 = 15')).toBe(1);
    expect(text).toContain('AMA Guides 5th, Combined Values Chart (p. 604)');
    expect(xml).not.toContain('(p. 604))');
  });
});
