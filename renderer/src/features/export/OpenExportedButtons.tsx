// "Open" and "Show in folder" for an exported report (and "Open PDF" when its copy exists): after an export, beside the
// signed status, and in each row of the export history. The backend opens only files named by their history row.
import { Button } from '@fluentui/react-components';
import { DocumentRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import { messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';
import { exportApi } from './export-api';

/** Opens an exported file or shows it in its folder, saying what went wrong (moved, no program) when it cannot. */
export function useOpenExported(): (historyId: string, action: 'open' | 'show', kind?: 'docx' | 'pdf') => void {
  const notify = useNotify();
  return useCallback(
    (historyId, action, kind = 'docx') =>
      void exportApi.openFile(historyId, action, kind).catch((error: unknown) => notify.error(messageOf(error))),
    [notify],
  );
}

export function OpenExportedButtons({ historyId, hasPdf = false }: { historyId: string; hasPdf?: boolean }) {
  const open = useOpenExported();
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      <Button size="small" icon={<DocumentRegular />} onClick={() => open(historyId, 'open')}>
        Open
      </Button>
      {hasPdf && (
        <Button size="small" onClick={() => open(historyId, 'open', 'pdf')}>
          Open PDF
        </Button>
      )}
      <Button size="small" icon={<FolderOpenRegular />} onClick={() => open(historyId, 'show')}>
        Show in folder
      </Button>
    </span>
  );
}
