// A revision's text, read-only, with what restoring it would change against the current text marked word by word:
// words it brings back underlined in green, words of the current text it removes struck through in red.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { documentPlainText, type RichDocument } from '../../../../electron/common/document/doc-model';
import { wordDiff } from '../../../../electron/common/document/word-diff';

const useStyles = makeStyles({
  text: {
    whiteSpace: 'pre-wrap',
    fontFamily: "'Times New Roman', Georgia, serif",
    fontSize: '15px',
    lineHeight: 1.5,
    padding: '8px 12px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowY: 'auto',
    maxHeight: '52vh',
    margin: 0,
  },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2, textDecorationLine: 'underline' },
  // A removed run right before an added one: a gap, so "afternoon." and "on March 3." do not read as one word.
  removed: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through', '& + ins': { marginLeft: '0.3em' } },
});

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function RevisionPreview({ current, revision }: { current: RichDocument; revision: RichDocument }) {
  const styles = useStyles();
  const parts = useMemo(() => wordDiff(documentPlainText(current), documentPlainText(revision)), [current, revision]);
  const added = parts.filter((p) => p.kind === 'added').reduce((n, p) => n + countWords(p.text), 0);
  const removed = parts.filter((p) => p.kind === 'removed').reduce((n, p) => n + countWords(p.text), 0);
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <Caption1 aria-live="polite">
        {added === 0 && removed === 0
          ? 'Same words as the current text.'
          : `Against the current text: ${added} ${added === 1 ? 'word' : 'words'} brought back (underlined), ${removed} removed (struck through).`}
      </Caption1>
      <div className={styles.text} role="document" aria-label="Text of this version" tabIndex={0}>
        {parts.map((p, i) =>
          p.kind === 'added' ? (
            <ins key={i} className={styles.added}>
              {p.text}
            </ins>
          ) : p.kind === 'removed' ? (
            <del key={i} className={styles.removed}>
              {p.text}
            </del>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
