// Tells the parent whether the data on screen can be saved (the IPC schemas reject drafts such as "add" without a reason),
// on mount, whenever it changes from outside, and just before each change is handed on, so a parent that saves in onChange knows.
import { useEffect, useRef } from 'react';

export function useReportValidity(valid: boolean, onValidityChange: ((valid: boolean) => void) | undefined) {
  const report = useRef(onValidityChange);
  useEffect(() => {
    report.current = onValidityChange;
  });
  useEffect(() => {
    report.current?.(valid);
  }, [valid]);
  return (nextValid: boolean) => report.current?.(nextValid);
}
