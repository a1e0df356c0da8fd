// "Export to Word": asks the backend to build the report and save it where the user chooses; reports warnings.
import { Button, Tooltip } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { flushAllAutosaves } from '../../hooks/use-autosave';
import { exportApi } from './export-api';
import { useOpenExported } from './OpenExportedButtons';

export function ExportButton({ caseId, onExported }: { caseId: string; onExported?: () => void }) {
  const notify = useNotify();
  const openExported = useOpenExported();
  const runRef = useRef<() => Promise<void>>(async () => undefined);

  // Ctrl+E (Cmd+E on a Mac) exports from anywhere in the case, as the tooltip says.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        void runRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const { run: exportReport, busy } = useAction(async () => {
    await flushAllAutosaves();
    const outcome = await exportApi.docx(caseId);
    if (outcome.filePath) {
      onExported?.();
      const extra = outcome.warnings.length ? ` Note: ${outcome.warnings.join(' ')}` : '';
      const message = `Report saved to ${outcome.filePath}.${extra}`;
      const historyId = outcome.historyId;
      if (historyId)
        notify.withActions(message, [
          { label: 'Open', run: () => openExported(historyId, 'open') },
          { label: 'Show in folder', run: () => openExported(historyId, 'show') },
        ]);
      else notify.info(message);
    }
  });
  const run = async () => {
    if (!busy) await exportReport();
  };
  runRef.current = run;
  return (
    <Tooltip content="Export the report as a Word document, with the DRAFT mark until signed (Ctrl+E)" relationship="description">
      <Button appearance="primary" icon={<DocumentArrowDownRegular />} onClick={run} disabled={busy}>
        {busy ? 'Exporting…' : 'Export to Word'}
      </Button>
    </Tooltip>
  );
}
