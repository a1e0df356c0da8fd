// The case's chronology entries as the backend numbers and sorts them (by date of service), with create, update and
// delete. An update that keeps the date replaces the entry in place; one that moves it reloads the numbering.
import { useCallback, useRef } from 'react';
import type { ChronologyEntry, ChronologyEntryInput } from '../../../../electron/common/records/records-types';
import { call } from '../../api/client';
import { useBackendValue } from '../../hooks/use-backend-value';

export function useChronology(caseId: string) {
  const { value: entries, error, reload, setValue: setEntries, isLive } = useBackendValue(() => call('chronology:list', { caseId }), caseId);
  const current = useRef<ChronologyEntry[] | null>(null);
  current.current = entries;

  const create = useCallback(
    async (entry: ChronologyEntryInput) => {
      const created = await call('chronology:create', { caseId, entry });
      await reload();
      return created;
    },
    [caseId, reload],
  );

  const update = useCallback(
    async (entryId: string, entry: ChronologyEntryInput) => {
      const updated = await call('chronology:update', { entryId, entry });
      const before = current.current?.find((e) => e.id === entryId);
      if (!before || before.dateOfService !== updated.dateOfService) await reload();
      else if (isLive()) setEntries((list) => list?.map((e) => (e.id === entryId ? updated : e)) ?? null);
      return updated;
    },
    [reload, isLive, setEntries],
  );

  const remove = useCallback(
    async (entryId: string) => {
      await call('chronology:delete', { entryId });
      await reload();
    },
    [reload],
  );

  return { entries, error, reload, create, update, remove };
}
