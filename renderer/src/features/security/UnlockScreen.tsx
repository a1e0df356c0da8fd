// Shown instead of the app when this computer's keychain could not give the data folder's key (a reinstall, a reset
// password, a folder moved to a new computer): the physician types the recovery key or passphrase they made in Settings.
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Title2 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/client';
import { securityApi } from './security-api';

export function UnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await securityApi.unlock(secret);
      onUnlocked();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '12vh 24px' }}>
      {/* minmax(0, 1fr): the column keeps to 560 pixels, so no long line widens it past the window. */}
      <div style={{ width: '100%', maxWidth: 560, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16 }}>
        <Title2 as="h1">Unlock your data</Title2>
        <Body1>
          Your cases are encrypted, and this computer’s keychain could not give their key (after a reinstall, a reset password or
          a move to another computer). Type the recovery key you printed or saved, or your passphrase. Your data has not been
          changed.
        </Body1>
        <form onSubmit={(e) => void submit(e)} style={{ display: 'grid', gap: 12 }}>
          <Field
            label="Recovery key or passphrase"
            validationMessage={error ?? undefined}
            validationState={error ? 'error' : 'none'}
          >
            <Input
              type="password"
              autoFocus
              value={secret}
              onChange={(_, d) => setSecret(d.value)}
              disabled={busy}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <div>
            <Button appearance="primary" type="submit" disabled={busy || secret.trim() === ''}>
              {busy ? 'Unlocking…' : 'Unlock'}
            </Button>
          </div>
        </form>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Nobody can read this data without its key, so there is no other way in: if you have neither the recovery key nor the
            passphrase, close the app and put back the data folder’s key file (database-key.bin) from a copy of the folder.
          </MessageBarBody>
        </MessageBar>
      </div>
    </main>
  );
}
