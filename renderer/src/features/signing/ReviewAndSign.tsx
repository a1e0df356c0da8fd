// The sign-off part of the review step: "Sign and export" and the export history.
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../electron/common/case/signing-model';
import type { ExportRecord } from '../../../../electron/common/ipc/export.contract';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { signingApi } from './signing-api';
import { ExportHistoryList } from './ExportHistoryList';
import { RecordServiceButton } from './RecordServiceDialog';
import { SignAndExportPanel } from './SignAndExportPanel';

export interface ReviewAndSignProps {
  detail: CaseDetail;
  defaultCounty: string;
  /** Changes whenever an export happens elsewhere (the top bar's draft export), to reload the history. */
  exportCount: number;
  onCountyChange: (county: string) => void;
  onSigned: () => void;
}

export function ReviewAndSign({ detail, defaultCounty, exportCount, onCountyChange, onSigned }: ReviewAndSignProps) {
  const notify = useNotify();
  const [history, setHistory] = useState<ExportRecord[]>([]);
  const { run: load } = useAction(async () => setHistory(await signingApi.history(detail.id)));
  useEffect(() => void load(), [load, detail.id, exportCount, detail.signedVersion]);

  return (
    <>
      <SignAndExportPanel
        detail={detail}
        defaultCounty={defaultCounty}
        onCountyChange={onCountyChange}
        onSigned={(outcome) => {
          notify.info(`Signed report saved to ${outcome.filePath}.`);
          onSigned();
          void load();
        }}
      />
      {detail.signedVersion && (
        <div>
          <RecordServiceButton
            caseId={detail.id}
            examineeName={detail.examineeName}
            served={detail.status === 'served'}
            onChanged={onSigned}
          />
        </div>
      )}
      <ExportHistoryList entries={history} />
    </>
  );
}
