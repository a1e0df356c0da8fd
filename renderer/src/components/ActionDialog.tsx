// A dialog that does one thing on its primary button (save a batch, start an import, confirm a deletion): its title,
// which also names it for screen readers, its content, and Cancel. While the action runs it stays open, both buttons off.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface ActionDialogProps {
  title: string;
  actionLabel: string;
  onAction: () => void;
  onClose: () => void;
  busy?: boolean;
  /** An alert that asks before something is lost: it starts on Cancel. */
  alert?: boolean;
  contentClassName?: string;
  children: ReactNode;
}

export function ActionDialog({
  title,
  actionLabel,
  onAction,
  onClose,
  busy = false,
  alert = false,
  contentClassName,
  children,
}: ActionDialogProps) {
  return (
    <Dialog open modalType={alert ? 'alert' : undefined} onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={contentClassName}>{children}</DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={busy} autoFocus={alert}>
              Cancel
            </Button>
            <Button appearance="primary" onClick={onAction} disabled={busy}>
              {actionLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
