// The case's chronology entries as the backend numbers and sorts them (by date of service), with create, update and
// delete. An update that keeps the date replaces the entry in place; one that moves it reloads the numbering.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChronologyEntry, ChronologyEntryInput } from '../../../../electron/common/records/records-types';
import { call, messageOf } from '../../api/client';

export function useChronology(caseId: string) {
  const [entries, setEntries] = useState<ChronologyEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  const current = useRef<ChronologyEntry[] | null>(null);
  current.current = entries;

  const reload = useCallback(async () => {
    try {
      const list = await call('chronology:list', { caseId });
      if (live.current) {
        setEntries(list);
        setError(null);
      }
    } catch (e) {
      if (live.current) setError(messageOf(e));
    }
  }, [caseId]);

  useEffect(() => {
    live.current = true;
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);

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
      else if (live.current) setEntries((list) => list?.map((e) => (e.id === entryId ? updated : e)) ?? null);
      return updated;
    },
    [reload],
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
