// The new recovery key, shown once: the physician saves it as a text file or prints this page, and confirms before the
// dialog closes, because the app does not keep it.
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';
import { securityApi } from './security-api';

export function RecoveryKeyDialog({ recoveryKey, onClose }: { recoveryKey: string; onClose: () => void }) {
  const notify = useNotify();
  const [kept, setKept] = useState(false);

  const save = async () => {
    try {
      const { filePath } = await securityApi.saveRecoveryKey(recoveryKey);
      if (filePath) notify.info(`Recovery key saved in ${filePath}. Move it off this computer (a USB stick, a printout).`);
    } catch (e) {
      notify.error(messageOf(e));
    }
  };

  return (
    <Dialog open modalType="alert">
      <DialogSurface aria-label="Your recovery key">
        <DialogBody>
          <DialogTitle>Your recovery key</DialogTitle>
          <DialogContent style={{ display: 'grid', gap: 12 }}>
            <p style={{ margin: 0 }}>
              Print it or save it, and keep it away from this computer. It is shown only now: MedLegal Writer does not keep it.
            </p>
            {/* Two lines of four groups, each kept whole: easy to copy by hand from a printout. */}
            <output
              aria-label="Recovery key"
              style={{ fontFamily: 'ui-monospace, Consolas, monospace', fontSize: 20, letterSpacing: 1 }}
            >
              <span style={{ whiteSpace: 'nowrap' }}>{recoveryKey.slice(0, 24)}</span>
              <wbr />
              <span style={{ whiteSpace: 'nowrap' }}>{recoveryKey.slice(24)}</span>
            </output>
            <Checkbox checked={kept} onChange={(_, d) => setKept(d.checked === true)} label="I have printed or saved it" />
          </DialogContent>
          <DialogActions>
            {/* Kept on one line each: the alert dialog's actions column is narrow. */}
            <Button style={{ whiteSpace: 'nowrap' }} onClick={() => void save()}>
              Save as text file…
            </Button>
            <Button style={{ whiteSpace: 'nowrap' }} onClick={() => window.print()}>
              Print…
            </Button>
            <Button appearance="primary" disabled={!kept} onClick={onClose}>
              Done
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
