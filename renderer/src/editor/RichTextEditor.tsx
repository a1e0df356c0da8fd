// The rich-text editor for one narrative section. It owns its Slate editor; the parent remounts it per case and section
// (key) and receives every value change, which it must not push to the backend on each keystroke.
import { makeStyles, tokens } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { Descendant, Editor } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { RichDocument } from '../../../electron/common/document/doc-model';
import type { PhraseSectionKind } from '../../../electron/common/phrases/phrase-model';
import { toggleBlock, toggleMark } from './commands';
import { createReportEditor } from './create-report-editor';
import { EditorToolbar, focusToolbar } from './EditorToolbar';
import { BLOCK_SHORTCUTS, MARK_SHORTCUTS, matches } from './hotkeys';
import { renderChunk, renderElement, renderLeaf } from './render';
import { usePasteHandlers } from './paste/use-paste-handlers';
import { usePhrases } from './phrases/use-phrases';
import { useSpellcheck } from './spellcheck/use-spellcheck';
import { indentListItems, isInList } from './with-lists';
import { MAX_LIST_INDENT } from '../../../electron/common/document/doc-model';

// A nested list item (Tab) steps in 1.5 em a level; numbered levels count 1. a. i. and bullets • ◦ ▪, as the export prints them.
const NUMBER_STYLES = ['decimal', 'lower-alpha', 'lower-roman'];
const BULLET_STYLES = ['disc', 'circle', 'square'];
const listLevels = Object.fromEntries(
  Array.from({ length: MAX_LIST_INDENT + 1 }, (_, level) => [
    [`& li[data-indent="${level}"]`, { marginLeft: `${level * 1.5}em` }],
    [`& ol > li[data-indent="${level}"]`, { counterIncrement: `list-level-${level}`, counterReset: `list-level-${level + 1}` }],
    [`& ol > li[data-indent="${level}"]::marker`, { content: `counter(list-level-${level}, ${NUMBER_STYLES[level % 3]}) ". "` }],
    [`& ul > li[data-indent="${level}"]`, { listStyleType: BULLET_STYLES[level % 3] }],
  ]).flat(),
);

const useStyles = makeStyles({
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    // Alt+F10 moves the focus from the text, where Fluent's keyboard detection does not switch on its focus ring.
    '& button:focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  editable: {
    minHeight: '140px',
    padding: '12px 20px',
    fontFamily: "'Times New Roman', Georgia, serif",
    fontSize: '16px',
    lineHeight: 1.5,
    outlineStyle: 'none',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    // No content-visibility on each block: on a 50-page section that delayed every typed character by over a second.
    // It sits on groups of blocks instead (renderChunk), which keeps opening fast; `npm run bench:editor` has the figures.
    '& ol': { counterReset: 'list-level-0' },
    ...listLevels,
  },
});

export interface RichTextEditorProps {
  initialValue: RichDocument;
  onChange: (value: RichDocument) => void;
  label: string;
  placeholder?: string;
  /** Called once with the editor when it opens (find and replace reaches open sections through it); returns the
   * clean-up to run when it closes. */
  onEditor?: (editor: Editor) => () => void;
  /** The case whose values fill a phrase's placeholders; without one they insert as "[examinee name]" gaps. */
  caseId?: string;
  /** The kind of section this is, for the phrases offered first and a saved phrase's kind. */
  phraseKind?: PhraseSectionKind;
  /** Shown at the toolbar's end, outside the formatting buttons (a section's History); give a stable element, since the
   * memoised editor does not re-render for it. */
  toolbarEnd?: ReactNode;
}

// The editor itself is memoised on what it shows: the parent re-renders on every save status, and re-rendering a 50-page
// editor then competed with typing. This thin wrapper re-renders instead and keeps the newest onChange in a ref the
// editor reads, so a parent's change handler that merges into its newest state (the chronology form) is never stale.
export function RichTextEditor(props: RichTextEditorProps) {
  const onChangeRef = useRef(props.onChange);
  onChangeRef.current = props.onChange;
  return <MemoisedEditor {...props} onChangeRef={onChangeRef} />;
}

type EditorViewProps = RichTextEditorProps & { onChangeRef: RefObject<(value: RichDocument) => void> };

const MemoisedEditor = memo(
  RichTextEditorView,
  (a, b) => a.initialValue === b.initialValue && a.label === b.label && a.placeholder === b.placeholder,
);

function RichTextEditorView({
  initialValue,
  onChangeRef,
  label,
  placeholder,
  onEditor,
  caseId,
  phraseKind,
  toolbarEnd,
}: EditorViewProps) {
  const styles = useStyles();
  const editor = useMemo(createReportEditor, []);
  // Registered once per editor: the parent remounts the editor (key) for another section.
  const onEditorRef = useRef(onEditor);
  useEffect(() => onEditorRef.current?.(editor), [editor]);
  const spelling = useSpellcheck(editor);
  const paste = usePasteHandlers(editor);
  const { onKeyDown: phraseKeys, ui: phraseUi } = usePhrases(editor, caseId, phraseKind);
  const toolbarRef = useRef<HTMLDivElement>(null);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (phraseKeys(event)) return;
      // Alt+F10 reaches the toolbar (as in TinyMCE and CKEditor); Escape there comes back.
      if (event.key === 'F10' && event.altKey) {
        event.preventDefault();
        focusToolbar(toolbarRef.current);
        return;
      }
      // Tab nests list items; anywhere else it leaves the editor, so that each editor is one Tab stop.
      if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey && isInList(editor)) {
        event.preventDefault();
        indentListItems(editor, event.shiftKey ? -1 : 1);
        return;
      }
      const mark = MARK_SHORTCUTS.find((s) => matches(s, event));
      if (mark) {
        event.preventDefault();
        toggleMark(editor, mark.action);
        return;
      }
      const block = BLOCK_SHORTCUTS.find((s) => matches(s, event));
      if (block) {
        event.preventDefault();
        toggleBlock(editor, block.action);
      }
    },
    [editor, phraseKeys],
  );

  return (
    <div className={styles.frame}>
      <Slate
        editor={editor}
        initialValue={initialValue as Descendant[]}
        onValueChange={(value) => onChangeRef.current(value as RichDocument)}
      >
        <div className={styles.toolbar} ref={toolbarRef}>
          <EditorToolbar />
          {toolbarEnd}
        </div>
        <Editable
          className={styles.editable}
          aria-label={label}
          aria-multiline
          role="textbox"
          tabIndex={0}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          renderChunk={renderChunk}
          placeholder={placeholder}
          // The app's own spellchecker (English + medical + the physician's words) works offline on every OS;
          // Chromium's would download dictionaries on Windows and Linux and underline twice on macOS.
          spellCheck={false}
          decorate={spelling.decorate}
          onContextMenu={spelling.onContextMenu}
          onPaste={paste.onPaste}
          onKeyDownCapture={paste.onKeyDownCapture}
          onKeyDown={onKeyDown}
        />
        {spelling.menu}
        {phraseUi}
      </Slate>
    </div>
  );
}
