// The case list's "Supplemental from this case…" entry: enabled once the case's report is signed; otherwise it stays in the
// menu, disabled, saying what it needs, so the physician learns where supplementals start.
import { MenuItem } from '@fluentui/react-components';
import type { CaseSummary } from '../../../../electron/common/case/case-model';
import { SUPPLEMENTAL_TEMPLATE } from '../../../../electron/common/case/supplemental';

const SUPPLEMENTAL_IDS = new Set(Object.values(SUPPLEMENTAL_TEMPLATE).map((t) => t.id));

/** Why the case cannot be followed by a supplemental yet, or null when it can. */
function blocked(c: CaseSummary): string | null {
  if (SUPPLEMENTAL_IDS.has(c.template.id)) return 'Start it from the first report’s case';
  return c.status === 'signed' || c.status === 'served' ? null : 'Needs a signed report';
}

export function SupplementalMenuItem({ c, onSupplemental }: { c: CaseSummary | null; onSupplemental: (c: CaseSummary) => void }) {
  const reason = c ? blocked(c) : null;
  return (
    <MenuItem disabled={reason !== null} secondaryContent={reason ?? undefined} onClick={() => c && onSupplemental(c)}>
      Supplemental from this case…
    </MenuItem>
  );
}
