// Follows one import job: polls its status every 300 ms until it finishes, cancels it on request, and calls
// onFinished once (the step then reloads its overview). The last status stays for the summary and file problems.
// The import runs on in the backend when the physician leaves the step; coming back picks the job up again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportStatus } from '../../../../electron/common/records/records-types';
import { messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';
import { isFinished } from './records-format';
import { recordsApi } from './records-api';

const POLL_MS = 300;

/** The running import of each case, so a remounted step resumes following it. */
const runningJobs = new Map<string, string>();

export function useImportJob(caseId: string, onFinished: (status: ImportStatus) => void) {
  const notify = useNotify();
  const [jobId, setJobId] = useState<string | null>(() => runningJobs.get(caseId) ?? null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (!jobId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await recordsApi.importStatus(jobId);
        if (!live) return;
        setStatus(next);
        if (isFinished(next)) {
          runningJobs.delete(caseId);
          setJobId(null);
          setCancelling(false);
          finished.current(next);
          return;
        }
      } catch (e) {
        if (!live) return;
        notify.error(messageOf(e));
        runningJobs.delete(caseId);
        setJobId(null);
        return;
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [jobId, caseId, notify]);

  const start = useCallback(
    (id: string) => {
      runningJobs.set(caseId, id);
      setStatus(null);
      setCancelling(false);
      setJobId(id);
    },
    [caseId],
  );

  const cancel = useCallback(async () => {
    if (!jobId) return;
    setCancelling(true);
    try {
      setStatus(await recordsApi.cancelImport(jobId));
    } catch (e) {
      setCancelling(false);
      notify.error(messageOf(e));
    }
  }, [jobId, notify]);

  return { running: jobId !== null, status, cancelling, start, cancel, dismiss: () => setStatus(null) };
}
