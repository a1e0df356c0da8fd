// Asks once before something destructive, naming exactly what will be lost.
import { ActionDialog } from './ActionDialog';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <ActionDialog alert title={title} actionLabel={confirmLabel} onAction={onConfirm} onClose={onCancel}>
      {message}
    </ActionDialog>
  );
}
