// The sign-off part of the review step: "Sign and export" and the export history.
import { useCallback, useEffect, useState } from 'react';
import type { CaseDetail, ExportHistoryEntry } from '../../../../electron/common/case/signing-model';
import { call, messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';
import { ExportHistoryList } from './ExportHistoryList';
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
  const [history, setHistory] = useState<ExportHistoryEntry[]>([]);
  const load = useCallback(() => {
    call('export:history', { caseId: detail.id }).then(setHistory, (e: unknown) => notify.error(messageOf(e)));
  }, [detail.id, notify]);
  useEffect(load, [load, exportCount, detail.signedVersion]);

  return (
    <>
      <SignAndExportPanel
        detail={detail}
        defaultCounty={defaultCounty}
        onCountyChange={onCountyChange}
        onSigned={(outcome) => {
          notify.info(`Signed report saved to ${outcome.filePath}.`);
          onSigned();
          load();
        }}
      />
      <ExportHistoryList entries={history} />
    </>
  );
}
