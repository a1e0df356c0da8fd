// Formatting toolbar: marks, heading levels, lists, undo/redo; each button shows its shortcut in a tooltip.
import { Toolbar, ToolbarButton, ToolbarDivider, Tooltip } from '@fluentui/react-components';
import {
  ArrowRedoRegular,
  ArrowUndoRegular,
  TextBoldRegular,
  TextBulletListLtrRegular,
  TextHeader1Regular,
  TextHeader2Regular,
  TextHeader3Regular,
  TextItalicRegular,
  TextNumberListLtrRegular,
  TextUnderlineRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useSlate } from 'slate-react';
import type { Mark } from '../../../electron/common/document/doc-model';
import { isBlockActive, isMarkActive, toggleBlock, toggleMark, type BlockFormat } from './commands';
import { BLOCK_SHORTCUTS, IS_MAC, MARK_SHORTCUTS } from './hotkeys';

const MARK_BUTTONS: { mark: Mark; name: string; icon: ReactElement }[] = [
  { mark: 'bold', name: 'Bold', icon: <TextBoldRegular /> },
  { mark: 'italic', name: 'Italic', icon: <TextItalicRegular /> },
  { mark: 'underline', name: 'Underline', icon: <TextUnderlineRegular /> },
];
const BLOCK_BUTTONS: { format: BlockFormat; name: string; icon: ReactElement }[] = [
  { format: 'heading-one', name: 'Heading 1', icon: <TextHeader1Regular /> },
  { format: 'heading-two', name: 'Heading 2', icon: <TextHeader2Regular /> },
  { format: 'heading-three', name: 'Heading 3', icon: <TextHeader3Regular /> },
  { format: 'bulleted-list', name: 'Bulleted list', icon: <TextBulletListLtrRegular /> },
  { format: 'numbered-list', name: 'Numbered list', icon: <TextNumberListLtrRegular /> },
];
const MOD = IS_MAC ? '⌘' : 'Ctrl';

// Buttons act on mouse down and prevent the default so the editor keeps its selection.
const keepFocus = (action: () => void) => (event: React.MouseEvent) => {
  event.preventDefault();
  action();
};

export function EditorToolbar() {
  const editor = useSlate();
  return (
    <Toolbar aria-label="Formatting" size="small">
      {MARK_BUTTONS.map(({ mark, name, icon }) => {
        const label = `${name} (${MARK_SHORTCUTS.find((s) => s.action === mark)!.label})`;
        return (
          <Tooltip key={mark} content={label} relationship="label">
            <ToolbarButton
              aria-pressed={isMarkActive(editor, mark)}
              appearance={isMarkActive(editor, mark) ? 'primary' : 'subtle'}
              icon={icon}
              onMouseDown={keepFocus(() => toggleMark(editor, mark))}
            />
          </Tooltip>
        );
      })}
      <ToolbarDivider />
      {BLOCK_BUTTONS.map(({ format, name, icon }) => {
        const label = `${name} (${BLOCK_SHORTCUTS.find((s) => s.action === format)!.label})`;
        return (
          <Tooltip key={format} content={label} relationship="label">
            <ToolbarButton
              aria-pressed={isBlockActive(editor, format)}
              appearance={isBlockActive(editor, format) ? 'primary' : 'subtle'}
              icon={icon}
              onMouseDown={keepFocus(() => toggleBlock(editor, format))}
            />
          </Tooltip>
        );
      })}
      <ToolbarDivider />
      <Tooltip content={`Undo (${MOD}+Z)`} relationship="label">
        <ToolbarButton icon={<ArrowUndoRegular />} onMouseDown={keepFocus(() => editor.undo())} />
      </Tooltip>
      <Tooltip content={`Redo (${MOD}+Shift+Z)`} relationship="label">
        <ToolbarButton icon={<ArrowRedoRegular />} onMouseDown={keepFocus(() => editor.redo())} />
      </Tooltip>
    </Toolbar>
  );
}
