// The case's chronology as the backend numbers and sorts it (by date of service), read a window at a time: the count
// and the rows in view, without summaries, more as the list scrolls. An edit moves only its row (chronology-window); a
// new or deleted entry reads the rows in view again. Each change is announced as a records change: the report's
// records table and its completeness follow the chronology.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChronologyEntryInput, ChronologyRow } from '../../../../electron/common/records/records-types';
import { messageOf } from '../../api/client';
import { firstMissing, withMove, withRows, type ChronologyWindow } from './chronology-window';
import { recordsApi } from './records-api';
import { recordsChanged } from './records-events';

/** Rows per request: a few screens of the list, so scrolling seldom waits and opening reads little. */
const PAGE = 60;
/** Rows read beyond those in view, so Page Down seldom waits for the backend. */
const AHEAD = 20;

export function useChronology(caseId: string) {
  const [list, setList] = useState<ChronologyWindow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const known = useRef(list);
  known.current = list;
  const live = useRef(true);
  // A reload or a move shifts positions: replies to requests sent before it are dropped (their offsets are stale).
  const generation = useRef(0);
  const fresh = useRef(true);
  const pending = useRef(new Set<number>());
  const inView = useRef({ first: 0, last: 0 });

  /** Reads one page of rows; answers how many entries the list has (null when the reply was dropped or failed). */
  const readPage = useCallback(
    async (page: number): Promise<number | null> => {
      const gen = generation.current;
      pending.current.add(page);
      try {
        const reply = await recordsApi.chronologyRows(caseId, page * PAGE, PAGE);
        if (!live.current || gen !== generation.current) return null;
        pending.current.delete(page);
        const replace = fresh.current;
        fresh.current = false;
        setList((prev) => withRows(replace ? null : prev, reply.total, page * PAGE, reply.rows));
        setError(null);
        return reply.total;
      } catch (e) {
        if (gen === generation.current) pending.current.delete(page);
        if (live.current) setError(messageOf(e));
        return null;
      }
    },
    [caseId],
  );

  /** Reads the pages of first..last not read yet (all of them when `all`). */
  const read = useCallback(
    (first: number, last: number, all = false) => {
      const reads: Promise<number | null>[] = [];
      for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page++) {
        const from = Math.max(first, page * PAGE);
        const to = Math.min(last, page * PAGE + PAGE - 1);
        if (pending.current.has(page)) continue;
        if (all || firstMissing(known.current, from, to) >= 0) reads.push(readPage(page));
      }
      return Promise.all(reads);
    },
    [readPage],
  );

  const reload = useCallback(async () => {
    generation.current++;
    pending.current.clear();
    fresh.current = true;
    const { first, last } = inView.current;
    const total = (await read(first, last, true)).find((n) => n !== null);
    // The end of the list too (End, or a date moved past every other), after the rows in view were answered.
    const lastPage = total ? Math.floor((total - 1) / PAGE) : 0;
    if (lastPage > Math.floor(last / PAGE) && !pending.current.has(lastPage)) void readPage(lastPage);
  }, [read, readPage]);

  useEffect(() => {
    live.current = true;
    setList(null);
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);

  /** The list shows positions first..last (0-based): reads those not read yet, and some rows either side. */
  const show = useCallback(
    (first: number, last: number) => {
      inView.current = { first, last };
      void read(Math.max(0, first - AHEAD), last + AHEAD);
    },
    [read],
  );

  const create = useCallback(
    async (entry: ChronologyEntryInput) => {
      const created = await recordsApi.createEntry(caseId, entry);
      await reload();
      recordsChanged(caseId);
      return created;
    },
    [caseId, reload],
  );

  /** Saves the entry; answers its row as listed now (its number may have changed). */
  const update = useCallback(
    async (entryId: string, entry: ChronologyEntryInput): Promise<ChronologyRow> => {
      const edit = await recordsApi.updateEntry(entryId, entry);
      if (live.current) {
        const moved = known.current && withMove(known.current, edit.entry, edit.previousNumber);
        if (moved) {
          generation.current++;
          pending.current.clear();
          setList((prev) => (prev && withMove(prev, edit.entry, edit.previousNumber)) ?? moved);
        } else await reload();
      }
      recordsChanged(caseId);
      return edit.entry;
    },
    [caseId, reload],
  );

  const remove = useCallback(
    async (entryId: string) => {
      await recordsApi.deleteEntry(entryId);
      await reload();
      recordsChanged(caseId);
    },
    [caseId, reload],
  );

  // One object while nothing in it changes, so the chronology panel is not drawn again when only the viewer's page does.
  return useMemo(
    () => ({ list, error, show, reload, create, update, remove }),
    [list, error, show, reload, create, update, remove],
  );
}
