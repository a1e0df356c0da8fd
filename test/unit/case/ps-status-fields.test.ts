// The one P&S status and a template's own P&S fields: what the fields show for each status, and the status an edit of
// the fields makes (MMI shows as P&S: the template's field has no MMI choice).
import { describe, expect, it } from 'vitest';
import type { PsStatus } from '../../../electron/common/case/discussion-model';
import {
  psFieldValues,
  psFromFieldValues,
  splitPsFields,
  templateHasPsFields,
} from '../../../electron/common/case/ps-status-fields';
import { builtinTemplate } from '../../fixtures/complete-qme-case';

describe('P&S fields of a template', () => {
  it.each<{ ps: PsStatus | null; fields: { psStatus: string | null; psDate: string | null } }>([
    { ps: null, fields: { psStatus: null, psDate: null } },
    {
      ps: { status: 'permanent-and-stationary', date: '2026-10-01' },
      fields: { psStatus: 'permanent-and-stationary', psDate: '2026-10-01' },
    },
    { ps: { status: 'mmi', date: '2026-10-01' }, fields: { psStatus: 'permanent-and-stationary', psDate: '2026-10-01' } },
    { ps: { status: 'not-yet', date: null }, fields: { psStatus: 'not-permanent-and-stationary', psDate: null } },
  ])('show $ps.status as $fields.psStatus', ({ ps, fields }) => {
    expect(psFieldValues(ps)).toEqual(fields);
  });

  it.each<{ fields: { psStatus: string | null; psDate: string | null }; ps: PsStatus | null }>([
    { fields: { psStatus: null, psDate: '2026-10-01' }, ps: null },
    {
      fields: { psStatus: 'permanent-and-stationary', psDate: '2026-10-01' },
      ps: { status: 'permanent-and-stationary', date: '2026-10-01' },
    },
    { fields: { psStatus: 'permanent-and-stationary', psDate: null }, ps: { status: 'permanent-and-stationary', date: null } },
    { fields: { psStatus: 'not-permanent-and-stationary', psDate: '2026-10-01' }, ps: { status: 'not-yet', date: null } },
  ])('edited to $fields.psStatus mean $ps.status', ({ fields, ps }) => {
    expect(psFromFieldValues(fields)).toEqual(ps);
  });

  it('a status survives the round trip through the fields, except MMI', () => {
    const ps: PsStatus = { status: 'permanent-and-stationary', date: '2026-03-02' };
    expect(psFromFieldValues(psFieldValues(ps))).toEqual(ps);
    expect(psFromFieldValues(psFieldValues({ status: 'mmi', date: '2026-03-02' }))?.status).toBe('permanent-and-stationary');
  });

  it('an edit is split into its P&S fields and the rest', () => {
    expect(splitPsFields({ psDate: '2026-03-02', 'signing.county': 'Alameda' })).toEqual({
      ps: { psDate: '2026-03-02' },
      rest: { 'signing.county': 'Alameda' },
    });
    expect(splitPsFields({ 'signing.county': null })).toEqual({ ps: null, rest: { 'signing.county': null } });
  });

  it('only templates that ask for P&S in their own fields have them', () => {
    expect(templateHasPsFields(builtinTemplate('ca-qme-comprehensive'))).toBe(true);
    expect(templateHasPsFields(builtinTemplate('ime-disability-insurance'))).toBe(false);
  });
});
