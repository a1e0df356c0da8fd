// Formatting toolbar: marks, heading levels, lists, undo/redo; each button shows its shortcut in a tooltip.
// A roving-tabindex toolbar (ARIA practice) outside the Tab order: Alt+F10 in the editor enters it, arrows move, Escape returns.
import { ToolbarButton, ToolbarDivider, Tooltip } from '@fluentui/react-components';
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
import { memo, useEffect, useRef, type KeyboardEvent, type ReactElement } from 'react';
import type { Editor } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import type { Mark } from '../../../electron/common/document/doc-model';
import { isBlockActive, isMarkActive, toggleBlock, toggleMark, type BlockFormat } from './commands';
import { BLOCK_SHORTCUTS, IS_MAC, MARK_SHORTCUTS } from './hotkeys';
import { PhraseToolbarButtons } from './phrases/PhraseToolbarButtons';

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

const ITEM = 'button[data-toolbar-item]';
const itemsOf = (toolbar: Element) => [...toolbar.querySelectorAll<HTMLButtonElement>(ITEM)];

/** Focuses the toolbar's last-used button (the first at the start): Alt+F10 from the editor. */
export function focusToolbar(container: HTMLElement | null): void {
  const toolbar = container?.querySelector<HTMLElement>('[role="toolbar"]');
  if (!toolbar) return;
  const items = itemsOf(toolbar);
  (items[Number(toolbar.dataset.current ?? 0)] ?? items[0])?.focus();
}

// Which buttons show as pressed. The toolbar re-renders only when one of these changes, not on every keystroke
// (its Fluent buttons and tooltips cost a few milliseconds a render).
const pressed = (editor: Editor) => [
  ...MARK_BUTTONS.map(({ mark }) => isMarkActive(editor, mark)),
  ...BLOCK_BUTTONS.map(({ format }) => isBlockActive(editor, format)),
];
const samePressed = (a: boolean[] | null, b: boolean[]) => a !== null && a.length === b.length && a.every((v, i) => v === b[i]);

// Memoised: it follows the editor through useSlateSelector, so the editor's own re-renders need not redraw it.
export const EditorToolbar = memo(FormattingToolbar);

function FormattingToolbar() {
  const editor = useSlateStatic();
  const active = useSlateSelector(pressed, samePressed);
  // A press on a button never takes the focus from the editor (so its selection stays); a click, Enter or Space acts and
  // hands the focus back to the editor, as Word does after a ribbon command.
  const keepFocus = (action: () => void) => ({
    onMouseDown: (event: React.MouseEvent) => event.preventDefault(),
    onClick: () => {
      action();
      ReactEditor.focus(editor);
    },
    tabIndex: -1,
    'data-toolbar-item': true,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemsOf(event.currentTarget);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const to = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowRight') to(at + 1);
    else if (event.key === 'ArrowLeft') to(at - 1);
    else if (event.key === 'Home') to(0);
    else if (event.key === 'End') to(items.length - 1);
  };
  // Escape returns to the editor in one press. Heard on the window in the capture phase, because a button's tooltip, once
  // shown, takes Escape on the document (to close itself) before the toolbar would see it.
  const toolbarRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !toolbarRef.current?.contains(document.activeElement)) return;
      event.preventDefault();
      event.stopPropagation();
      ReactEditor.focus(editor);
    };
    window.addEventListener('keydown', onEscape, { capture: true });
    return () => window.removeEventListener('keydown', onEscape, { capture: true });
  }, [editor]);
  const remember = (event: React.FocusEvent<HTMLDivElement>) => {
    const at = itemsOf(event.currentTarget).findIndex((item) => item === (event.target as EventTarget));
    if (at >= 0) event.currentTarget.dataset.current = String(at);
  };
  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label="Formatting (Alt+F10)"
      onKeyDown={onKeyDown}
      onFocus={remember}
      style={{ display: 'flex', alignItems: 'center', gap: 2 }}
    >
      {MARK_BUTTONS.map(({ mark, name, icon }, i) => {
        const label = `${name} (${MARK_SHORTCUTS.find((s) => s.action === mark)!.label})`;
        return (
          <Tooltip key={mark} content={label} relationship="label">
            <ToolbarButton
              aria-pressed={active[i]}
              appearance={active[i] ? 'primary' : 'subtle'}
              icon={icon}
              {...keepFocus(() => toggleMark(editor, mark))}
            />
          </Tooltip>
        );
      })}
      <ToolbarDivider />
      {BLOCK_BUTTONS.map(({ format, name, icon }, i) => {
        const label = `${name} (${BLOCK_SHORTCUTS.find((s) => s.action === format)!.label})`;
        return (
          <Tooltip key={format} content={label} relationship="label">
            <ToolbarButton
              aria-pressed={active[MARK_BUTTONS.length + i]}
              appearance={active[MARK_BUTTONS.length + i] ? 'primary' : 'subtle'}
              icon={icon}
              {...keepFocus(() => toggleBlock(editor, format))}
            />
          </Tooltip>
        );
      })}
      <ToolbarDivider />
      <Tooltip content={`Undo (${MOD}+Z)`} relationship="label">
        <ToolbarButton icon={<ArrowUndoRegular />} {...keepFocus(() => editor.undo())} />
      </Tooltip>
      <Tooltip content={`Redo (${MOD}+Shift+Z)`} relationship="label">
        <ToolbarButton icon={<ArrowRedoRegular />} {...keepFocus(() => editor.redo())} />
      </Tooltip>
      <ToolbarDivider />
      <PhraseToolbarButtons />
    </div>
  );
}
