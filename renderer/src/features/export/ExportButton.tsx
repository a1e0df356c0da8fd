// "Export to Word": asks the backend to build the report and save it where the user chooses; reports warnings.
import { Button, Tooltip } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { call, messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';
import { flushAllAutosaves } from '../../hooks/use-autosave';

export function ExportButton({ caseId, onExported }: { caseId: string; onExported?: () => void }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
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

  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await flushAllAutosaves();
      const outcome = await call('export:docx', { caseId });
      if (outcome.filePath) {
        onExported?.();
        const extra = outcome.warnings.length ? ` Note: ${outcome.warnings.join(' ')}` : '';
        notify.info(`Report saved to ${outcome.filePath}.${extra}`);
      }
    } catch (error) {
      notify.error(messageOf(error));
    } finally {
      setBusy(false);
    }
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
