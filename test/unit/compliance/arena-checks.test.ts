// Checks that belong to one arena stay there: California's Almaraz/Guzman and add-instead-of-combine review only in
// California, the P&S/MMI/WPI agreement never on a disability claim, and a "Not restricted" grid row needs no duration.
import { describe, expect, it } from 'vitest';
import { tableValueName } from '../../../electron/common/report/table-values';
import { completeLtdImeCase } from '../../fixtures/complete-ime-case';
import { builtinTemplate, checkCase, completeQmeCase } from '../../fixtures/complete-qme-case';

describe('checks by arena', () => {
  it('reviews rebuttal ratings only in California', async () => {
    const qme = await builtinTemplate('ca-qme-comprehensive');
    const wcIme = await builtinTemplate('ime-workers-comp');
    const ids = (template: typeof qme) => checkCase(completeQmeCase(), template).map((i) => i.id);
    expect(ids(qme)).toContain('rebuttal-ratings');
    expect(ids(wcIme)).not.toContain('rebuttal-ratings');
  });

  it('does not ask a disability report for P&S/MMI/WPI agreement', async () => {
    const ltd = await builtinTemplate('ime-disability-insurance');
    expect(checkCase(completeLtdImeCase(), ltd).map((i) => i.id)).not.toContain('consistency');
  });

  it('needs no expected duration on a row that is not restricted', async () => {
    const ltd = await builtinTemplate('ime-disability-insurance');
    const parts = completeLtdImeCase();
    const name = tableValueName('restrictions-and-limitations');
    const grid = JSON.parse(String(parts.data.values[name])) as { rows: { id: string; cells: Record<string, string> }[] };
    grid.rows[0]!.cells = { capacity: 'not-restricted' };
    grid.rows[1]!.cells = { capacity: 'occasionally' };
    parts.data.values[name] = JSON.stringify(grid);
    const grids = checkCase(parts, ltd).filter((i) => i.id === 'ime-ltd-grid');
    const text = JSON.stringify(grids);
    expect(text).not.toMatch(/\bsit\b[^"]*expected duration/i);
    expect(text).toMatch(/stand[^"]*expected duration/i);
  });
});
