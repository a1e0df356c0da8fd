// The backend calls for the physician's phrases, and the one shared copy of the list: every editor expands triggers
// from it synchronously, and the management view and the save dialog refresh it after a change.
import { useSyncExternalStore } from 'react';
import type { InputOf } from '../../../../electron/common/ipc/contract';
import type { Phrase } from '../../../../electron/common/phrases/phrase-model';
import { call } from '../../api/client';

let phrases: readonly Phrase[] = [];
let loading: Promise<readonly Phrase[]> | null = null;
const listeners = new Set<() => void>();

function publish(list: readonly Phrase[]) {
  phrases = list;
  for (const listener of listeners) listener();
}

/** Loads the list again from the backend (after a change, or on first use). */
function refreshPhrases(): Promise<readonly Phrase[]> {
  loading = call('phrases:list', {}).then((list) => {
    publish(list);
    return list;
  });
  return loading;
}

/** The newest list without waiting: a trigger typed before the first load simply stays text. */
export function currentPhrases(): readonly Phrase[] {
  if (!loading) void refreshPhrases().catch(() => (loading = null));
  return phrases;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The phrase list for a screen, re-rendered on every change. */
export const usePhraseList = (): readonly Phrase[] => useSyncExternalStore(subscribe, currentPhrases);

/** The case's values being fetched: the editors of a step open together and share one request. */
const valuesInFlight = new Map<string, Promise<Record<string, string>>>();
function caseValues(caseId: string): Promise<Record<string, string>> {
  let pending = valuesInFlight.get(caseId);
  if (!pending) {
    pending = call('phrases:values', { caseId }).finally(() => valuesInFlight.delete(caseId));
    valuesInFlight.set(caseId, pending);
  }
  return pending;
}

const changed = <T>(result: Promise<T>): Promise<T> =>
  result.then(async (value) => {
    await refreshPhrases();
    return value;
  });

export const phrasesApi = {
  save: (input: InputOf<'phrases:save'>) => changed(call('phrases:save', input)),
  delete: (id: string) => changed(call('phrases:delete', { id })),
  /** What each placeholder prints for the case (its value, or its "[label]" gap). */
  values: caseValues,
  export: () => call('phrases:export', {}),
  import: () => changed(call('phrases:import', {})),
  addStarter: () => changed(call('phrases:addStarter', {})),
};
