// The Backups card: "Back up now…" (one checked file wherever the physician saves it), "Restore from backup…" (checked,
// previewed, confirmed, then finished at the next start), the last backup, the progress of a long task, and what went wrong.
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle1,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { BackupPreview, BackupStatus } from '../../../../electron/common/ipc/backup.contract';
import { messageOf } from '../../api/client';
import { ActionDialog } from '../../components/ActionDialog';
import { useNotify } from '../../components/notifications';
import { useTask } from '../../hooks/use-task';
import { AutomaticBackups } from './AutomaticBackups';
import { settingsApi } from './settings-api';

const POLL_MS = 400;

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const size = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.max(0.1, bytes / 1024 ** 2).toFixed(1)} MB`;
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export function BackupsSection() {
  const notify = useNotify();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [automaticBackup, setAutomaticBackup] = useState<string | null>(null);

  const refresh = useCallback(async () => setStatus(await settingsApi.backupStatus()), []);
  const { running: task, error, setError, run } = useTask<'backup' | 'check' | 'restore'>(refresh);
  useEffect(() => {
    refresh().catch((e: unknown) => setError(messageOf(e)));
  }, [refresh, setError]);
  // While a task runs, its progress comes from the status the backend keeps.
  useEffect(() => {
    if (!task) return;
    const timer = window.setInterval(() => void refresh().catch(() => undefined), POLL_MS);
    return () => window.clearInterval(timer);
  }, [task, refresh]);

  const backUp = () =>
    run('backup', async () => {
      const written = await settingsApi.backUpNow();
      if (!written.filePath) return;
      notify.info(
        `Backed up and checked: ${plural(written.caseCount, 'case')} and ${plural(written.recordFileCount, 'records file')}, ${size(written.bytes)}.`,
      );
    });
  const check = () =>
    run('check', async () => {
      setAutomaticBackup(null);
      setPreview(await settingsApi.inspectBackup());
    });
  const restore = (chosen: BackupPreview) =>
    run('restore', async () => {
      const staged = await settingsApi.restoreBackup(chosen.stagedId);
      setPreview(null);
      setAutomaticBackup(staged.automaticBackup);
    });
  const dropPreview = () => {
    setPreview(null);
    void settingsApi.cancelRestore('checked').catch(() => undefined);
  };
  const cancelPending = () =>
    run('restore', async () => {
      await settingsApi.cancelRestore('pending');
      setAutomaticBackup(null);
      notify.info('Restore cancelled: your data stays as it is.');
    });

  const progress = status?.progress;
  const busyLabel =
    task === 'backup' ? 'Backing up…' : task === 'check' ? 'Checking the backup…' : task === 'restore' ? 'Restoring…' : null;
  return (
    <section aria-label="Backups" style={{ display: 'grid', gap: 10 }}>
      <Subtitle1 as="h2">Backups</Subtitle1>
      <Body1>
        One file with every case, its records, your templates, profile, signature, letterhead and dictionary. Keep it on another
        drive: if this computer fails, restoring it brings everything back.
      </Body1>
      <Caption1 aria-label="Last backup">
        {status?.lastBackup
          ? `Last backup: ${when(status.lastBackup.at)} (${status.lastBackup.fileName}, ${size(status.lastBackup.bytes)})`
          : 'No backup made in this app yet.'}
      </Caption1>

      {busyLabel && (
        <Field label={busyLabel} validationMessage={progress?.step ?? 'Starting…'} validationState="none">
          <ProgressBar
            thickness="large"
            value={progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined}
            aria-label={busyLabel}
            aria-valuetext={progress ? `${progress.step}: ${size(progress.done)} of ${size(progress.total)}` : 'Starting'}
          />
        </Field>
      )}

      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Not done</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setError(null)}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {status?.restorePending && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            <MessageBarTitle>Restart MedLegal Writer to finish restoring</MessageBarTitle>
            The backup of {when(status.restorePending.backupCreatedAt)} ({status.restorePending.fileName}) replaces your data when
            the app starts next. Anything you change before then will be replaced.
            {automaticBackup && ` Your data as it was is saved in ${automaticBackup}.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void cancelPending()} disabled={task !== null}>
              Cancel restore
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={() => void backUp()} disabled={task !== null}>
          Back up now…
        </Button>
        <Button onClick={() => void check()} disabled={task !== null}>
          Restore from backup…
        </Button>
      </div>

      <AutomaticBackups />

      {preview && (
        <ActionDialog
          alert
          title="Replace all your data with this backup?"
          actionLabel="Replace my data"
          busy={task !== null}
          onAction={() => void restore(preview)}
          onClose={dropPreview}
        >
          <p>
            {preview.fileName}: made {when(preview.createdAt)} by version {preview.appVersion}, with{' '}
            {plural(preview.caseCount, 'case')} and {plural(preview.recordFileCount, 'records file')} ({size(preview.bytes)}).
            Every file in it was checked.
          </p>
          <p>
            Restoring replaces every case, records file, template and setting on this computer. Your current data is saved first
            as an automatic backup in {status?.automaticBackupsFolder}. The restore finishes when you restart MedLegal Writer.
          </p>
        </ActionDialog>
      )}
    </section>
  );
}
