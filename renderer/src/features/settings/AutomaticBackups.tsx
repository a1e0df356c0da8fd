// Settings → Backups → Automatic backups: the folder (chosen in the system's folder picker), how often, how many to keep,
// and what the last automatic backup did (a missing drive said plainly). The backend runs them on its own timer.
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Subtitle2 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { KEEP_BACKUPS, type AutomaticBackupStatus, type BackupFrequency } from '../../../../electron/common/ipc/backup.contract';
import { messageOf } from '../../api/client';
import { WholeNumberInput } from '../../components/whole-number-input';
import { useTask } from '../../hooks/use-task';
import { settingsApi } from './settings-api';

/** A backup that finishes while Settings is open shows without leaving the page. */
const REFRESH_MS = 3000;

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const FREQUENCY_LABEL: Record<BackupFrequency, string> = { off: 'Off', daily: 'Daily', weekly: 'Weekly' };

export function AutomaticBackups() {
  const [status, setStatus] = useState<AutomaticBackupStatus | null>(null);
  // No refresh after a change: the backend answers it with the new status. Nothing here is disabled while it runs.
  const { error, setError, run } = useTask<'change'>();

  const refresh = useCallback(async () => setStatus((await settingsApi.backupStatus()).automatic), []);
  useEffect(() => {
    refresh().catch((e: unknown) => setError(messageOf(e)));
    const timer = window.setInterval(() => void refresh().catch(() => undefined), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh, setError]);

  const change = (work: () => Promise<AutomaticBackupStatus | null>) =>
    run('change', async () => {
      const next = await work();
      if (next) setStatus(next);
    });
  if (!status) return null;
  const save = (frequency: BackupFrequency, keep: number) => change(() => settingsApi.saveBackupSchedule(frequency, keep));
  const failed = status.lastAttempt && !status.lastAttempt.ok ? status.lastAttempt : null;

  return (
    // A group, not a region: the Backups region around it keeps its own name for assistive technology and tests.
    <div role="group" aria-label="Automatic backups" style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h3">Automatic backups</Subtitle2>
      <Body1>
        The app backs up to a folder you choose, such as one on an external drive, while it is open. Older automatic backups there
        are removed beyond the number you keep; other files in the folder are never touched.
      </Body1>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Caption1 aria-label="Automatic backup folder">
          {status.folder ? `Folder: ${status.folder}` : 'No folder chosen yet: automatic backups are off.'}
        </Caption1>
        <Button onClick={() => void change(() => settingsApi.chooseAutomaticBackupFolder())}>
          {status.folder ? 'Change folder…' : 'Choose folder…'}
        </Button>
      </div>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Field label="How often" size="small">
          <Select
            size="small"
            value={status.frequency}
            disabled={!status.folder}
            onChange={(_, data) => void save(data.value as BackupFrequency, status.keep)}
          >
            {(Object.keys(FREQUENCY_LABEL) as BackupFrequency[]).map((f) => (
              <option key={f} value={f}>
                {FREQUENCY_LABEL[f]}
              </option>
            ))}
          </Select>
        </Field>
        <WholeNumberInput
          label="Backups to keep"
          ariaLabel="Backups to keep"
          unit=""
          required
          min={KEEP_BACKUPS.min}
          max={KEEP_BACKUPS.max}
          value={status.keep}
          disabled={!status.folder}
          onChange={(keep) => {
            if (keep !== null && keep !== status.keep) void save(status.frequency, keep);
          }}
        />
      </div>
      <Caption1 aria-label="Last automatic backup">
        {status.lastSuccess
          ? `Last automatic backup: ${when(status.lastSuccess.at)} (${status.lastSuccess.fileName})`
          : 'No automatic backup yet.'}
      </Caption1>
      {status.nextDueAt && (
        <Caption1 aria-label="Next automatic backup">
          Next: {when(status.nextDueAt)}, or within the hour after it while the app is open.
        </Caption1>
      )}
      {failed && (
        <MessageBar intent="warning" role="status" aria-label="Automatic backup problem" layout="multiline">
          <MessageBarBody>
            {when(failed.at)}: {failed.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
