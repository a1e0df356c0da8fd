// A case's one compliance result as it will be signed (export:signCheck), shared by the step rail, the compliance list and
// "Sign and export", so the three always read the same answer. Checks run one at a time per case; a request made while one
// runs starts one more after it, so the newest saved state is always checked last.
import { useCallback, useSyncExternalStore } from 'react';
import type { ComplianceItem, ComplianceTarget } from '../../../../electron/common/compliance/run-compliance-check';
import { messageOf } from '../../api/client';
import { signingApi } from './signing-api';

/** Opens the place to fix an item (a step and section, or Settings for the physician profile): the workspace's go-to. */
export type GoTo = (target: ComplianceTarget) => void;

export interface SignCheckState {
  /** Null until the first check has answered. */
  items: ComplianceItem[] | null;
  error: string | null;
  /** The date of signing chosen in "Sign and export"; the backend's today until one is chosen. */
  signingDate: string | undefined;
  /** Registered by the compliance list; the Sign panel beside it links what is missing through it too. */
  goTo: GoTo | null;
}

interface Entry {
  state: SignCheckState;
  listeners: Set<() => void>;
  /** The last check started (settled or not). */
  current: Promise<void>;
  /** A check asked for but not started yet: later requests share it. */
  queued: Promise<void> | null;
}

const entries = new Map<string, Entry>();

function entryOf(caseId: string): Entry {
  let entry = entries.get(caseId);
  if (!entry) {
    entry = {
      state: { items: null, error: null, signingDate: undefined, goTo: null },
      listeners: new Set(),
      current: Promise.resolve(),
      queued: null,
    };
    entries.set(caseId, entry);
  }
  return entry;
}

function update(caseId: string, patch: Partial<SignCheckState>): void {
  const entry = entryOf(caseId);
  entry.state = { ...entry.state, ...patch };
  for (const listener of entry.listeners) listener();
}

/** Checks the case as saved now; resolves with the state after that check (its items, or the error it met). */
export async function refreshSignCheck(caseId: string): Promise<SignCheckState> {
  const entry = entryOf(caseId);
  if (!entry.queued) {
    const queued = entry.current.then(async () => {
      // Started: a request from now on may follow a change this check misses, so it queues another.
      entry.queued = null;
      try {
        const items = await signingApi.check(caseId, entry.state.signingDate);
        update(caseId, { items, error: null });
      } catch (error) {
        update(caseId, { error: messageOf(error) });
      }
    });
    entry.queued = queued;
    entry.current = queued;
  }
  await entry.queued;
  return entry.state;
}

/** The date of signing chosen on screen: warnings can depend on it, so the check is run again with it. */
export function setSigningDate(caseId: string, signingDate: string): void {
  if (entryOf(caseId).state.signingDate === signingDate) return;
  update(caseId, { signingDate });
  void refreshSignCheck(caseId);
}

/** Shows a change made on screen (a warning dismissed) before the next check confirms it. */
export function showItems(caseId: string, items: ComplianceItem[]): void {
  update(caseId, { items });
}

export function setGoTo(caseId: string, goTo: GoTo | null): void {
  update(caseId, { goTo });
}

export function useSignCheck(caseId: string): SignCheckState {
  const subscribe = useCallback(
    (listener: () => void) => {
      const { listeners } = entryOf(caseId);
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    [caseId],
  );
  const snapshot = useCallback(() => entryOf(caseId).state, [caseId]);
  return useSyncExternalStore(subscribe, snapshot);
}
