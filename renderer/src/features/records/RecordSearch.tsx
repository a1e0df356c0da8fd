// Full-text search of every record page in the case: hits as "file.pdf p. 12" with the words found highlighted;
// choosing a hit opens that page. Ctrl/Cmd+F focuses the box while the records step is open.
import { Body1, Caption1, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchResult } from '../../../../electron/common/records/records-types';
import { messageOf } from '../../api/client';
import { plural } from './records-format';
import { citePages } from '../../../../electron/common/records/page-citation';
import { recordsApi } from './records-api';
import { IS_MAC } from '../../editor/hotkeys';

const LIMIT = 50;
const DEBOUNCE_MS = 300;

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalS },
  hits: { margin: 0, padding: 0, listStyle: 'none', maxHeight: '18rem', overflowY: 'auto', display: 'grid', gap: '2px' },
  hit: {
    display: 'grid',
    gap: '2px',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cite: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  snippet: {
    color: tokens.colorNeutralForeground2,
    '& mark': { backgroundColor: tokens.colorPaletteYellowBackground2, color: 'inherit', padding: '0 1px' },
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

function Snippet({ hit }: { hit: SearchHit }) {
  return <>{hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}

export function RecordSearch({ caseId, onOpen }: { caseId: string; onOpen: (hit: SearchHit) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; data: SearchResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // ⌘F on a Mac, where Ctrl+F moves the caret forward.
      if ((IS_MAC ? e.metaKey : e.ctrlKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    // In the capture phase, so on this step Ctrl+F reaches the records search before Find in report (which yields to it).
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  const run = async (q: string) => {
    const mine = ++seq.current;
    if (q.trim() === '') {
      setResult(null);
      setError(null);
      return;
    }
    setBusy(true);
    try {
      const data = await recordsApi.search(caseId, q, LIMIT);
      if (mine === seq.current) {
        setResult({ query: q, data });
        setError(null);
      }
    } catch (e) {
      if (mine === seq.current) setError(messageOf(e));
    } finally {
      if (mine === seq.current) setBusy(false);
    }
  };

  useEffect(() => {
    const timer = setTimeout(() => void run(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, caseId]); // run reads only these

  const hits = result?.data.hits ?? [];
  return (
    <div className={styles.box} role="search" aria-label="Search the records">
      <Input
        ref={input}
        type="search"
        value={query}
        onChange={(_, d) => setQuery(d.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void run(query);
        }}
        contentBefore={<SearchRegular aria-hidden />}
        contentAfter={busy ? <Spinner size="extra-tiny" aria-label="Searching" /> : undefined}
        placeholder="Search the text of every page (Ctrl+F)"
        aria-label="Search record text"
      />
      {error && <Body1 role="alert">{error}</Body1>}
      {result && (
        <Caption1 className={styles.muted} role="status" aria-live="polite">
          {hits.length === 0
            ? `No page contains “${result.query}”.`
            : result.data.more
              ? `Showing the first ${plural(hits.length, 'hit')}; add words to narrow the search.`
              : `${plural(hits.length, 'hit')}.`}
        </Caption1>
      )}
      {hits.length > 0 && (
        <ul className={styles.hits} aria-label="Search results">
          {hits.map((hit) => {
            const cite = citePages(hit.fileName, hit.pageNumber, hit.pageNumber, hit);
            return (
              <li key={`${hit.fileId}:${hit.pageNumber}`}>
                <button type="button" className={styles.hit} onClick={() => onOpen(hit)}>
                  <span className={styles.cite}>{cite}</span>
                  <Caption1 className={styles.snippet}>
                    <Snippet hit={hit} />
                  </Caption1>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
