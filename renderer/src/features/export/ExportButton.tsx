// "Export to Word": asks the backend to build the report and save it where the user chooses; reports warnings.
import { Button, Tooltip } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { flushAllAutosaves } from '../../hooks/use-autosave';
import { exportApi } from './export-api';
import { useOpenExported } from './OpenExportedButtons';
import { IS_MAC } from '../../editor/hotkeys';
import { MENU_COMMAND_EVENT } from '../../api/client';

export function ExportButton({ caseId, onExported }: { caseId: string; onExported?: () => void }) {
  const notify = useNotify();
  const openExported = useOpenExported();
  const runRef = useRef<() => Promise<void>>(async () => undefined);

  // Ctrl+E (⌘E on a Mac, where Ctrl+E moves to the end of the line) exports from anywhere in the case, as the tooltip
  // says; so does File → Export Report.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = IS_MAC ? event.metaKey : event.ctrlKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        void runRef.current();
      }
    };
    const onMenu = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail === 'export') void runRef.current();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(MENU_COMMAND_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(MENU_COMMAND_EVENT, onMenu);
    };
  }, []);

  const { run: exportReport, busy } = useAction(async () => {
    await flushAllAutosaves();
    const outcome = await exportApi.docx(caseId);
    if (outcome.filePath) {
      onExported?.();
      const extra = exportNote(outcome.warnings);
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

/** What the notice adds about the export's warnings: the first, shortened, and how many more (the Review step lists all). */
function exportNote(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  const first = warnings[0]!.length > 160 ? `${warnings[0]!.slice(0, 157)}…` : warnings[0]!;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more: see Review and sign)` : '';
  return ` Note: ${first}${more}`;
}
