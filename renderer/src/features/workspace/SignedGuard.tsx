// Once a case is signed, the first attempt to change anything asks whether to create a new version; the signed file
// stays in the export history either way. Until then the signed version cannot be edited by accident.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { CaseDetail } from '../../../../electron/common/case/signing-model';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { casesApi } from '../cases/cases-api';

const EDITABLE = 'input, textarea, select, [contenteditable="true"], button:not([data-allow-when-signed])';

export function SignedGuard({
  detail,
  onReopened,
  children,
}: {
  detail: CaseDetail;
  onReopened: (d: CaseDetail) => void;
  children: ReactNode;
}) {
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const { run: reopen } = useAction(async (signedVersion: number) => {
    const next = await casesApi.reopenForEdit(detail.id);
    onReopened(next);
    notify.info(`Version ${next.version} created. Version ${signedVersion} stays signed in the export history.`);
  });
  const signed = detail.signedVersion;
  if (!signed) return <>{children}</>;

  const intercept = (event: SyntheticEvent) => {
    const target = event.target as HTMLElement;
    if (!target.closest(EDITABLE)) return;
    event.preventDefault();
    event.stopPropagation();
    (target as HTMLElement).blur?.();
    setAsking(true);
  };

  const confirmReopen = () => {
    setAsking(false);
    void reopen(signed.version);
  };

  return (
    <>
      <MessageBar intent="success">
        <MessageBarBody>
          Version {signed.version} was signed on {formatUsDate(signed.signingDate)} in {signed.county} County. To change anything,
          create a new version.
        </MessageBarBody>
        <MessageBarActions>
          <Button data-allow-when-signed onClick={() => setAsking(true)}>
            Create new version
          </Button>
        </MessageBarActions>
      </MessageBar>
      <div onMouseDownCapture={intercept} onKeyDownCapture={intercept} onFocusCapture={intercept}>
        {children}
      </div>
      {asking && (
        <ConfirmDialog
          title="Create a new version?"
          message={`This report was signed (version ${signed.version}). Changing it creates version ${detail.version + 1}, which you sign and serve again. The signed version stays in the export history unchanged.`}
          confirmLabel="Create new version"
          onConfirm={confirmReopen}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
