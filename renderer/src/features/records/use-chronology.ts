// The case's chronology entries as the backend numbers and sorts them (by date of service), with create, update and
// delete. An update sends back only its entry: the list is re-sorted and renumbered here, and reloaded only when that
// disagrees with the number the backend gave it. Each change is announced as a records change: the report's records
// table and its completeness follow the chronology.
import { useCallback, useRef } from 'react';
import type { ChronologyEntry, ChronologyEntryInput } from '../../../../electron/common/records/records-types';
import { useBackendValue } from '../../hooks/use-backend-value';
import { renumberedWith } from './chronology-order';
import { recordsApi } from './records-api';
import { recordsChanged } from './records-events';

export function useChronology(caseId: string) {
  const {
    value: entries,
    error,
    reload,
    setValue: setEntries,
    isLive,
  } = useBackendValue(() => recordsApi.chronology(caseId), caseId);
  const current = useRef<ChronologyEntry[] | null>(null);
  current.current = entries;

  const create = useCallback(
    async (entry: ChronologyEntryInput) => {
      const created = await recordsApi.createEntry(caseId, entry);
      await reload();
      recordsChanged(caseId);
      return created;
    },
    [caseId, reload],
  );

  const update = useCallback(
    async (entryId: string, entry: ChronologyEntryInput) => {
      const updated = await recordsApi.updateEntry(entryId, entry);
      const list = current.current;
      const next = list?.some((e) => e.id === entryId) ? renumberedWith(list, updated) : null;
      if (!next) await reload();
      else if (isLive()) setEntries(next);
      recordsChanged(caseId);
      return updated;
    },
    [caseId, reload, isLive, setEntries],
  );

  const remove = useCallback(
    async (entryId: string) => {
      await recordsApi.deleteEntry(entryId);
      await reload();
      recordsChanged(caseId);
    },
    [caseId, reload],
  );

  return { entries, error, reload, create, update, remove };
}
