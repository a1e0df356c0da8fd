// A screen inside a case asks the shell to open another case (the supplemental's note opens the case whose report it
// follows), as the menu commands are announced: one window event, handled by the shell that owns which case is open.
import { useEffect } from 'react';

const OPEN_CASE_EVENT = 'medlegal:open-case';

export const requestOpenCase = (caseId: string) =>
  window.dispatchEvent(new CustomEvent<string>(OPEN_CASE_EVENT, { detail: caseId }));

/** The shell: opens the case a screen asked for. */
export function useOpenCaseRequests(open: (caseId: string) => void): void {
  useEffect(() => {
    const onRequest = (event: Event) => open((event as CustomEvent<string>).detail);
    window.addEventListener(OPEN_CASE_EVENT, onRequest);
    return () => window.removeEventListener(OPEN_CASE_EVENT, onRequest);
  }, [open]);
}
