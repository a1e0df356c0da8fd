// "Sign anyway": the warnings still open when Sign is pressed, listed for the physician to accept knowingly; the accepted
// ones go with the sign request and are recorded in the export history. It starts on Cancel, like every alert.
import { Body1 } from '@fluentui/react-components';
import type { ComplianceItem } from '../../../../electron/common/compliance/run-compliance-check';
import { ActionDialog } from '../../components/ActionDialog';

export interface SignWarningsDialogProps {
  warnings: readonly ComplianceItem[];
  onSignAnyway: () => void;
  onCancel: () => void;
}

export function SignWarningsDialog({ warnings, onSignAnyway, onCancel }: SignWarningsDialogProps) {
  const one = warnings.length === 1;
  return (
    <ActionDialog alert title="Sign with open warnings?" actionLabel="Sign anyway" onAction={onSignAnyway} onClose={onCancel}>
      <Body1 as="p" block>
        The compliance check still has {one ? 'a warning' : `${warnings.length} warnings`}. Sign only if{' '}
        {one ? 'it is' : 'each is'} right as it stands; the export history records that you accepted {one ? 'it' : 'them'}.
        Otherwise cancel and fix or dismiss {one ? 'it' : 'them'} in the compliance check.
      </Body1>
      <ul aria-label="Warnings to accept" style={{ margin: '8px 0 0', paddingLeft: 20, display: 'grid', gap: 6 }}>
        {warnings.map((w) => (
          <li key={w.id}>
            <strong>{w.label}</strong>: {w.message}
          </li>
        ))}
      </ul>
    </ActionDialog>
  );
}
