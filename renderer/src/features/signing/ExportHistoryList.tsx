// Every export of the case, newest first: when, which version, signed or draft, complete or not, the warnings knowingly
// signed past, where, and its SHA-256, so the physician can prove what was served and on what terms.
import { Badge, Body1, Caption1, Subtitle1, TableCell, TableRow, Tooltip } from '@fluentui/react-components';
import type { ExportRecord } from '../../../../electron/common/ipc/export.contract';
import { DataTable } from '../../components/DataTable';
import { OpenExportedButtons } from '../export/OpenExportedButtons';

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'short', timeStyle: 'short' });

export function ExportHistoryList({ entries }: { entries: ExportRecord[] }) {
  return (
    <section aria-label="Export history" style={{ display: 'grid', gap: 8 }}>
      <Subtitle1 as="h3">Export history</Subtitle1>
      {entries.length === 0 ? (
        <Body1>
          No exports yet. Each export is listed here with its fingerprint (SHA-256), so you can prove what was served.
        </Body1>
      ) : (
        <DataTable label="Exports" columns={['When', 'Version', 'Kind', 'File', 'SHA-256']}>
          {entries.map((e) => (
            <TableRow key={e.id}>
              <TableCell>{when(e.exportedAt)}</TableCell>
              <TableCell>{e.caseVersion}</TableCell>
              <TableCell>
                <Badge appearance="outline" color={e.signed ? 'success' : 'informative'}>
                  {e.signed ? 'Signed' : 'Draft'}
                </Badge>{' '}
                {e.incomplete && (
                  <Tooltip content={e.blockingItems.map((b) => b.label).join('; ')} relationship="description">
                    <Badge color="danger">Incomplete</Badge>
                  </Tooltip>
                )}
                {e.acceptedWarnings.length > 0 && (
                  <ul aria-label="Warnings accepted when signing" style={{ margin: '4px 0 0', paddingLeft: 16 }}>
                    {e.acceptedWarnings.map((w) => (
                      <li key={w.id}>
                        <Tooltip content={w.message} relationship="description">
                          <Caption1>Warning accepted: {w.label}</Caption1>
                        </Tooltip>
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell>
                <Caption1 style={{ display: 'block' }}>
                  {e.filePath}
                  {e.pdfPath && ' (+ PDF)'}
                </Caption1>
                <OpenExportedButtons historyId={e.id} hasPdf={!!e.pdfPath} />
              </TableCell>
              <TableCell>
                <Caption1 style={{ fontFamily: 'monospace' }}>{e.sha256.slice(0, 16)}…</Caption1>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </section>
  );
}
