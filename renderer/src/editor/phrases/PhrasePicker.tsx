// The phrase picker (Ctrl+Shift+P): a combobox over a listbox, as the ARIA practice describes. Typing filters by name,
// trigger, section or words of the text; ↑ ↓ move, Enter inserts, Escape closes; the caller puts the caret back.
// Opened in a section, it offers that section's phrases and the "any section" ones; Alt+A shows every section's.
import {
  Caption1,
  Checkbox,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { documentPlainText } from '../../../../electron/common/document/doc-model';
import { PHRASE_SECTION_LABELS, type Phrase, type PhraseSectionKind } from '../../../../electron/common/phrases/phrase-model';

const useStyles = makeStyles({
  content: { display: 'grid', gap: '8px' },
  list: { maxHeight: '50vh', overflowY: 'auto', margin: 0, padding: 0, listStyleType: 'none' },
  option: { padding: '6px 8px', borderRadius: tokens.borderRadiusMedium, cursor: 'pointer', display: 'grid', gap: '2px' },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `2px solid ${tokens.colorStrokeFocus2}` },
  preview: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export interface PhrasePickerProps {
  phrases: readonly Phrase[];
  /** The kind of section the caret is in; absent or "general" offers every phrase. */
  sectionKind?: PhraseSectionKind;
  onPick: (phrase: Phrase) => void;
  onClose: () => void;
}

const fitsSection = (phrase: Phrase, kind: PhraseSectionKind) => phrase.sectionKind === kind || phrase.sectionKind === 'general';

export function PhrasePicker({ phrases, sectionKind = 'general', onPick, onClose }: PhrasePickerProps) {
  const styles = useStyles();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const narrows = sectionKind !== 'general';
  // With nothing written for this section yet, an empty list would only say so: start with every section's phrases.
  const [everySection, setEverySection] = useState(() => !phrases.some((p) => fitsSection(p, sectionKind)));
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return phrases
      .filter((p) => !narrows || everySection || fitsSection(p, sectionKind))
      .map((p) => ({ phrase: p, text: documentPlainText(p.content) }))
      .filter(({ phrase, text }) => {
        const haystack = `${phrase.name} ;${phrase.trigger} ${PHRASE_SECTION_LABELS[phrase.sectionKind]} ${text}`.toLowerCase();
        return words.every((w) => haystack.includes(w));
      });
  }, [phrases, query, narrows, everySection, sectionKind]);
  const toggleEverySection = () => {
    setEverySection((every) => !every);
    setActive(0);
  };
  const at = Math.min(active, Math.max(shown.length - 1, 0));
  const optionId = (i: number) => `${listId}-option-${i}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      setActive(Math.max(0, Math.min(shown.length - 1, to)));
      document.getElementById(optionId(to))?.scrollIntoView({ block: 'nearest' });
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home' && event.ctrlKey) move(0);
    else if (event.key === 'End' && event.ctrlKey) move(shown.length - 1);
    else if (narrows && event.altKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      toggleEverySection();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const picked = shown[at];
      if (picked) onPick(picked.phrase);
    }
  };

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-label="Insert a phrase">
        <DialogBody>
          <DialogTitle>Insert a phrase</DialogTitle>
          {/* DialogBody lays out title, content and actions in its own grid: the picker's parts stack in the content. */}
          <DialogContent className={styles.content}>
            <Input
              autoFocus
              role="combobox"
              aria-label="Find a phrase"
              aria-expanded
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={shown.length ? optionId(at) : undefined}
              placeholder="Type to filter by name, trigger or words"
              value={query}
              onChange={(_, d) => {
                setQuery(d.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
            {narrows && (
              <Checkbox
                checked={everySection}
                onChange={toggleEverySection}
                // The search keeps the focus; Alt+A toggles from there.
                tabIndex={-1}
                label={`Show every section's phrases (Alt+A), not only ${PHRASE_SECTION_LABELS[sectionKind]} and any section`}
              />
            )}
            <ul id={listId} role="listbox" aria-label="Phrases" className={styles.list}>
              {shown.map(({ phrase, text }, i) => (
                <li
                  key={phrase.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === at}
                  className={`${styles.option} ${i === at ? styles.active : ''}`}
                  // The input keeps the focus: a click picks without moving it.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onPick(phrase)}
                >
                  <span>
                    {phrase.name} <Caption1>;{phrase.trigger}</Caption1>
                  </span>
                  <Caption1 className={styles.preview}>
                    {PHRASE_SECTION_LABELS[phrase.sectionKind]} · {text}
                  </Caption1>
                </li>
              ))}
            </ul>
            {shown.length === 0 && (
              <Caption1 role="status">
                {phrases.length === 0
                  ? 'No phrases yet. Select text and press Ctrl+Shift+S to keep it as a phrase, or add the starter phrases in Settings → My phrases.'
                  : narrows && !everySection
                    ? `No ${PHRASE_SECTION_LABELS[sectionKind]} phrase matches. Press Alt+A to search every section's phrases.`
                    : 'No phrase matches. Clear the search to see every phrase.'}
              </Caption1>
            )}
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
