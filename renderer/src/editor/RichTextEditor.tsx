// The rich-text editor for one narrative section. It owns its Slate editor; the parent remounts it per case and section
// (key) and receives every value change, which it must not push to the backend on each keystroke.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { RichDocument } from '../../../electron/common/document/doc-model';
import { toggleBlock, toggleMark } from './commands';
import { createReportEditor } from './create-report-editor';
import { EditorToolbar } from './EditorToolbar';
import { BLOCK_SHORTCUTS, MARK_SHORTCUTS, matches } from './hotkeys';
import { renderElement, renderLeaf } from './render';

const useStyles = makeStyles({
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  toolbar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px' },
  editable: {
    minHeight: '140px',
    padding: '12px 20px',
    fontFamily: "'Times New Roman', Georgia, serif",
    fontSize: '16px',
    lineHeight: 1.5,
    outlineStyle: 'none',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    // Long reports stay responsive: the browser skips layout of blocks that are off screen.
    '& > *': { contentVisibility: 'auto', containIntrinsicSize: 'auto 24px' },
  },
});

export interface RichTextEditorProps {
  initialValue: RichDocument;
  onChange: (value: RichDocument) => void;
  label: string;
  placeholder?: string;
}

export function RichTextEditor({ initialValue, onChange, label, placeholder }: RichTextEditorProps) {
  const styles = useStyles();
  const editor = useMemo(createReportEditor, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
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
    [editor],
  );

  return (
    <div className={styles.frame}>
      <Slate
        editor={editor}
        initialValue={initialValue as Descendant[]}
        onValueChange={(value) => onChange(value as RichDocument)}
      >
        <div className={styles.toolbar}>
          <EditorToolbar />
        </div>
        <Editable
          className={styles.editable}
          aria-label={label}
          aria-multiline
          role="textbox"
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          placeholder={placeholder}
          spellCheck
          onKeyDown={onKeyDown}
        />
      </Slate>
    </div>
  );
}
