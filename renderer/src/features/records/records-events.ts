// "The records of this case changed" (import finished, batch edited or deleted, duplicate counted): lets views outside
// the records step, such as the page-verification line, refresh without sharing state with it.
type Listener = (caseId: string) => void;

const listeners = new Set<Listener>();

export function onRecordsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function recordsChanged(caseId: string): void {
  for (const listener of listeners) listener(caseId);
}
