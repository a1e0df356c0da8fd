// A section's History: its kept revisions newest first, the chosen one's text with what restoring it would change
// against the current text, and "Restore this version" after a confirmation (the current text is kept as a revision).
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import type { RevisionSummary } from '../../../../electron/common/document/revision-model';
import type { SectionDocument } from '../../../../electron/common/ipc/documents.contract';
import { messageOf } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAction } from '../../hooks/use-action';
import { RevisionList, when } from './RevisionList';
import { RevisionPreview } from './RevisionPreview';
import { revisionsApi } from './revisions-api';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1100px, 94vw)', width: '94vw' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(220px, 1fr) 2.4fr', gap: '16px', alignItems: 'start' },
});

export interface SectionHistoryDialogProps {
  caseId: string;
  sectionId: string;
  label: string;
  /** The section's text as the editor shows it now (saved just before the dialog opened). */
  current: RichDocument;
  /** Writes what was typed last, so the text kept before a restore is the text on screen. */
  flush: () => Promise<void>;
  onRestored: (restored: SectionDocument, from: RevisionSummary) => void;
  onClose: () => void;
}

export function SectionHistoryDialog(props: SectionHistoryDialogProps) {
  const { caseId, sectionId, label, current, onClose } = props;
  const styles = useStyles();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [contents, setContents] = useState<Map<number, RichDocument>>(new Map());
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    let live = true;
    revisionsApi
      .list(caseId, sectionId)
      .then((listed) => {
        if (!live) return;
        setRevisions(listed);
        setSelectedId(listed[0]?.id ?? null);
      })
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [caseId, sectionId]);

  useEffect(() => {
    if (selectedId === null || contents.has(selectedId)) return;
    let live = true;
    revisionsApi
      .get(caseId, sectionId, selectedId)
      .then((r) => live && setContents((m) => new Map(m).set(r.id, r.content)))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [caseId, sectionId, selectedId, contents]);

  const selected = revisions?.find((r) => r.id === selectedId) ?? null;
  const preview = selectedId === null ? undefined : contents.get(selectedId);
  const restore = useAction(async (revision: RevisionSummary) => {
    setConfirming(false);
    await props.flush();
    const restored = await revisionsApi.restore(caseId, sectionId, revision.id);
    props.onRestored(restored, revision);
  });

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && !restore.busy && onClose()}>
      <DialogSurface className={styles.surface} aria-label={`Earlier versions: ${label}`}>
        <DialogBody>
          <DialogTitle>Earlier versions: {label}</DialogTitle>
          <DialogContent>
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
            {!revisions && !error && <Spinner size="small" label="Opening the history…" />}
            {revisions?.length === 0 && (
              <p>No earlier versions yet: a version is kept every 10 minutes of editing and at signing.</p>
            )}
            {revisions && revisions.length > 0 && (
              <div className={styles.columns}>
                <RevisionList revisions={revisions} selectedId={selectedId} onSelect={setSelectedId} />
                <section aria-label="The chosen version">
                  {preview ? (
                    <RevisionPreview current={current} revision={preview} />
                  ) : (
                    <Spinner size="tiny" label="Opening this version…" />
                  )}
                </section>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={restore.busy}>
              Close
            </Button>
            <Button appearance="primary" disabled={!selected || !preview || restore.busy} onClick={() => setConfirming(true)}>
              Restore this version
            </Button>
          </DialogActions>
        </DialogBody>
        {confirming && selected && (
          <ConfirmDialog
            title="Restore this version?"
            message={`The section's text becomes the version of ${when(selected.savedAt)}. The current text is kept as a version in History ("Before restore"), so you can go back to it.`}
            confirmLabel="Restore"
            onConfirm={() => void restore.run(selected)}
            onCancel={() => setConfirming(false)}
          />
        )}
      </DialogSurface>
    </Dialog>
  );
}
