// Find and replace across the whole report: the matches of the query in every section and answer (the open editors'
// text where a section is on screen, else what is saved), moving between them step by step, replacing one in its
// editor, and replacing all in one go with one Undo for every section it changed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import { findMatches, replaceAll, type FindOptions, type TextMatch } from '../../../../electron/common/document/find-replace';
import { call, messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';
import {
  clearFindHighlight,
  highlightMatch,
  liveContent,
  liveEditor,
  onLiveEditorsChange,
  replaceMatchInEditor,
  setEditorContent,
} from '../../editor/live-editors';
import { flushAllAutosaves } from '../../hooks/use-autosave';
import type { FindTarget } from './find-targets';

export interface ReportMatch {
  target: FindTarget;
  match: TextMatch;
}

interface Options {
  caseId: string;
  targets: readonly FindTarget[];
  /** Brings a section on screen: its step, scrolled to its card. */
  show: (target: FindTarget) => void;
}

export function useFindInReport({ caseId, targets, show }: Options) {
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [saved, setSaved] = useState<Map<string, RichDocument>>(new Map());
  const [current, setCurrent] = useState(-1);
  // Bumped when an editor's text changed under us (a replace), so the matches are found again.
  const [revision, setRevision] = useState(0);
  const [busy, setBusy] = useState(false);

  const loadSaved = useCallback(async () => {
    const docs = await call('documents:list', { caseId });
    const map = new Map(docs.map((d) => [d.sectionId, d.content]));
    setSaved(map);
    return map;
  }, [caseId]);

  useEffect(() => {
    void loadSaved().catch((error: unknown) => notify.error(messageOf(error)));
  }, [loadSaved, notify]);

  const contentOf = useCallback(
    (sectionId: string, from: Map<string, RichDocument> = saved) => liveContent(sectionId) ?? from.get(sectionId),
    [saved],
  );

  const matches = useMemo<ReportMatch[]>(() => {
    void revision;
    return targets.flatMap((target) => {
      const doc = contentOf(target.sectionId);
      return doc ? findMatches(doc, query, options).map((match) => ({ target, match })) : [];
    });
  }, [targets, contentOf, query, options, revision]);

  // A new search starts before the first match; the count shows at once.
  useEffect(() => setCurrent(-1), [query, options]);

  // Show the current match once its section's editor is open (a step change mounts it a moment later).
  const pending = useRef<ReportMatch | null>(null);
  const reveal = useCallback(() => {
    const want = pending.current;
    if (!want) return;
    const editor = liveEditor(want.target.sectionId);
    if (!editor) return;
    pending.current = null;
    highlightMatch(editor, want.match);
  }, []);
  useEffect(
    () =>
      onLiveEditorsChange((closed) => {
        if (closed) setSaved((map) => new Map(map).set(closed.sectionId, closed.content));
        requestAnimationFrame(reveal);
      }),
    [reveal],
  );
  useEffect(() => clearFindHighlight, []);

  const goTo = useCallback(
    (index: number) => {
      const found = matches[index];
      setCurrent(found ? index : -1);
      if (!found) return clearFindHighlight();
      pending.current = found;
      if (liveEditor(found.target.sectionId)) reveal();
      else show(found.target);
    },
    [matches, reveal, show],
  );

  const next = useCallback(() => matches.length && goTo((current + 1) % matches.length), [matches, current, goTo]);
  const previous = useCallback(
    () => matches.length && goTo((current - 1 + matches.length) % matches.length),
    [matches, current, goTo],
  );

  // After a replace, the index to show once the matches are found again (the next one now has the replaced one's).
  const showAfterReplace = useRef<number | null>(null);
  /** Replaces the current match (or goes to the first one), then shows the next. */
  const replaceOne = useCallback(
    (replacement: string) => {
      const found = matches[current];
      const editor = found && liveEditor(found.target.sectionId);
      if (!found || !editor) return next();
      replaceMatchInEditor(editor, found.match, replacement);
      // The matches are found again on the next render; the one after the replaced one then has its index.
      showAfterReplace.current = current;
      setRevision((r) => r + 1);
    },
    [matches, current, next],
  );
  useEffect(() => {
    const index = showAfterReplace.current;
    if (index === null) return;
    showAfterReplace.current = null;
    if (matches.length > 0) goTo(Math.min(index, matches.length - 1));
    else goTo(-1);
  }, [matches, goTo]);

  const replaceEverywhere = useCallback(
    async (replacement: string) => {
      setBusy(true);
      try {
        // What was typed a moment ago is saved first, so the saved text of closed sections is the newest.
        await flushAllAutosaves();
        const fresh = await loadSaved();
        const changes: { sectionId: string; before: RichDocument; after: RichDocument; count: number }[] = [];
        for (const target of targets) {
          const before = contentOf(target.sectionId, fresh);
          if (!before) continue;
          const { doc: after, count } = replaceAll(before, query, replacement, options);
          if (count > 0) changes.push({ sectionId: target.sectionId, before, after, count });
        }
        if (changes.length === 0) return;
        await apply(
          caseId,
          changes.map((c) => ({ sectionId: c.sectionId, content: c.after })),
        );
        await loadSaved();
        setRevision((r) => r + 1);
        setCurrent(-1);
        clearFindHighlight();
        const total = changes.reduce((n, c) => n + c.count, 0);
        notify.undoable(
          `Replaced ${total} ${total === 1 ? 'match' : 'matches'} in ${changes.length} ${changes.length === 1 ? 'section' : 'sections'}.`,
          () =>
            void (async () => {
              await flushAllAutosaves();
              await apply(
                caseId,
                changes.map((c) => ({ sectionId: c.sectionId, content: c.before })),
              );
              await loadSaved();
              setRevision((r) => r + 1);
              notify.info('Replace all undone.');
            })().catch((error: unknown) => notify.error(messageOf(error))),
        );
      } catch (error) {
        notify.error(messageOf(error));
      } finally {
        setBusy(false);
      }
    },
    [caseId, targets, contentOf, query, options, loadSaved, notify],
  );

  return {
    query,
    setQuery,
    options,
    setOptions,
    matches,
    current,
    next,
    previous,
    replaceOne,
    replaceEverywhere,
    busy,
  };
}

/** The closed sections are saved together (all or none) first; then the open ones change in their editors, whose
 * autosave saves them, so a section on screen never shows text older than what is saved. */
async function apply(caseId: string, docs: { sectionId: string; content: RichDocument }[]): Promise<void> {
  const closed = docs.filter((d) => !liveEditor(d.sectionId));
  if (closed.length > 0) await call('documents:saveMany', { caseId, documents: closed });
  for (const d of docs) {
    const editor = liveEditor(d.sectionId);
    if (editor) setEditorContent(editor, d.content);
  }
}
