// The sample disability (LTD) IME, opened and exported as a new user would try it: Oregon words only, the policy and
// claim details printed, its records itemized, and no contradictory cells in the restrictions grid.
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { docxText } from '../../helpers/docx';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
beforeEach(() => {
  t = createTempBackend({
    prefix: 'medlegal-sample-ltd-',
    dataSubdir: 'data',
    host: { chooseSavePath: async (name) => path.join(t.dir, name) },
  });
});
afterEach(async () => {
  await t.cleanup();
});

it('exports the sample LTD IME in its own words, with the policy details and a consistent grid', async () => {
  const { id: caseId } = await t.invoke('cases:openSample', { sample: 'ltd' });
  const { filePath } = await t.invoke('export:docx', { caseId, proofOfService: false });
  const text = await docxText(filePath!);

  for (const expected of ['Claimant', 'Date disability began', 'Claim or policy number', 'Occupation'])
    expect(text).toContain(expected);
  expect(text).toContain('policy or plan GLTD-000-4471 (fictional), which has an elimination period of 90 days');
  expect(text).toContain('last worked on 04/14/2026');
  expect(text).toMatch(/Attestation\s+I personally examined/);
  // The insurer's claim file comes with the sample: the records reviewed are itemized, never "No records entered."
  expect(text).not.toContain('No records entered');
  expect(text).toContain('Evergreen Mutual Disability Insurance (insurer)');
  expect(text).toContain('Neurogenic claudication from L4-5 stenosis');
  expect(text).not.toMatch(/Applicant|WCAB|Labor Code|8 CCR|QME|Almaraz/);
  // A row that is not restricted says only that: no kind, dates or duration beside it.
  expect(text).not.toMatch(/Not restricted\s+Restriction/);
  // Only the physician profile (empty in a new install) is still in brackets.
  expect(text.match(/\[[^\]]+\]/g)?.filter((p) => !/physician|signing/.test(p)) ?? []).toEqual([]);
});
