// Settings → Security: the ways into the encrypted data when this computer's keychain cannot give its key. A recovery
// key (made here, shown once to print or save) and an optional passphrase; the keychain stays the everyday way.
import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Subtitle1 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { PASSPHRASE_MIN, type SecurityStatus } from '../../../../electron/common/ipc/security.contract';
import { messageOf } from '../../api/client';
import { ActionDialog } from '../../components/ActionDialog';
import { useNotify } from '../../components/notifications';
import { useTask } from '../../hooks/use-task';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';
import { securityApi } from './security-api';

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function SecuritySection() {
  const notify = useNotify();
  const [status, setStatus] = useState<SecurityStatus | null>(null);
  const [confirmNewKey, setConfirmNewKey] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');

  const refresh = useCallback(async () => setStatus(await securityApi.status()), []);
  const { running, error, setError, run } = useTask<'recovery key' | 'passphrase'>(refresh);
  const busy = running !== null;
  useEffect(() => {
    refresh().catch((e: unknown) => setError(messageOf(e)));
  }, [refresh, setError]);

  const makeKey = () =>
    run('recovery key', async () => {
      setConfirmNewKey(false);
      setRecoveryKey((await securityApi.createRecoveryKey()).recoveryKey);
    });
  const mismatch = repeat !== '' && repeat !== passphrase;
  const [leftField, setLeftField] = useState(false);
  // Said once the physician has moved on from the field, not from the first letter typed.
  const tooShort = passphrase !== '' && passphrase.length < PASSPHRASE_MIN;
  const showTooShort = tooShort && (leftField || repeat !== '');
  const savePassphrase = () =>
    run('passphrase', async () => {
      await securityApi.setPassphrase(passphrase);
      setPassphrase('');
      setRepeat('');
      notify.info('Passphrase set: it opens your data if this computer’s keychain cannot.');
    });
  const removePassphrase = () =>
    run('passphrase', async () => {
      await securityApi.removePassphrase();
      notify.info('Passphrase removed.');
    });

  return (
    <section aria-label="Security" style={{ display: 'grid', gap: 10, maxWidth: 720 }}>
      <Subtitle1 as="h2">Security</Subtitle1>
      <Body1>
        Your cases are encrypted with a key this computer’s keychain keeps. If the keychain is lost (a reinstall, a reset
        password, a new computer), only a recovery key or a passphrase made here can open them.
      </Body1>
      <Caption1 aria-label="Recovery key status">
        {status?.recoveryKeyCreatedAt
          ? `Recovery key made ${when(status.recoveryKeyCreatedAt)}.`
          : 'No recovery key yet: make one and keep it away from this computer.'}
      </Caption1>
      <div>
        <Button
          appearance={status?.recoveryKeyCreatedAt ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={() => (status?.recoveryKeyCreatedAt ? setConfirmNewKey(true) : void makeKey())}
        >
          {status?.recoveryKeyCreatedAt ? 'Make a new recovery key…' : 'Make a recovery key…'}
        </Button>
      </div>

      <Caption1 aria-label="Passphrase status">
        {status?.passphraseSetAt ? `Passphrase set ${when(status.passphraseSetAt)}.` : 'No passphrase set (optional).'}
      </Caption1>
      <form
        style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}
        onSubmit={(e) => {
          e.preventDefault();
          void savePassphrase();
        }}
      >
        <Field
          label={status?.passphraseSetAt ? 'New passphrase' : 'Passphrase'}
          validationMessage={showTooShort ? `At least ${PASSPHRASE_MIN} characters.` : undefined}
          validationState={showTooShort ? 'error' : 'none'}
        >
          <Input
            type="password"
            value={passphrase}
            onChange={(_, d) => setPassphrase(d.value)}
            onBlur={() => setLeftField(true)}
            autoComplete="new-password"
          />
        </Field>
        <Field
          label="Type it again"
          validationMessage={mismatch ? 'The two passphrases differ.' : undefined}
          validationState={mismatch ? 'error' : 'none'}
        >
          <Input type="password" value={repeat} onChange={(_, d) => setRepeat(d.value)} autoComplete="new-password" />
        </Field>
        <Button type="submit" disabled={busy || tooShort || passphrase === '' || repeat !== passphrase}>
          {status?.passphraseSetAt ? 'Change passphrase' : 'Set passphrase'}
        </Button>
        {status?.passphraseSetAt && (
          <Button disabled={busy} onClick={() => void removePassphrase()}>
            Remove passphrase
          </Button>
        )}
      </form>

      {error && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}

      {confirmNewKey && (
        <ActionDialog
          alert
          title="Make a new recovery key?"
          actionLabel="Make a new key"
          busy={busy}
          onAction={() => void makeKey()}
          onClose={() => setConfirmNewKey(false)}
        >
          The recovery key you kept before stops working. Print or save the new one when it is shown.
        </ActionDialog>
      )}
      {recoveryKey && <RecoveryKeyDialog recoveryKey={recoveryKey} onClose={() => setRecoveryKey(null)} />}
    </section>
  );
}
