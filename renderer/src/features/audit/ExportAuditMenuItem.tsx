// The case list's "Export audit trail…" entry: saves the case's trail as CSV where the physician chooses (for a deposition),
// then says how many events went out and how to check them.
import { MenuItem } from '@fluentui/react-components';
import type { CaseSummary } from '../../../../electron/common/case/case-model';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { auditApi } from './audit-api';

export function ExportAuditMenuItem({ c }: { c: CaseSummary | null }) {
  const notify = useNotify();
  const exportTrail = useAction(async (caseId: string) => {
    const saved = await auditApi.exportCase(caseId);
    if (saved.filePath)
      notify.info(
        `Audit trail saved: ${saved.events} events, each with the hash that links it to the one before, so a changed or removed row shows.`,
      );
  });
  return <MenuItem onClick={() => c && void exportTrail.run(c.id)}>Export audit trail…</MenuItem>;
}
