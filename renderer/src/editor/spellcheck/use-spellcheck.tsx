// Spellcheck in one editor: misspelled words as Slate decorations (drawn by renderLeaf as a red wavy underline) and the
// right-click menu on them: suggestions, "Add to dictionary", "Ignore". Elsewhere the right-click menu is the app's own.
import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import { useCallback, useEffect, useState, useSyncExternalStore, type MouseEvent, type ReactElement } from 'react';
import { Editor, Node, Text, Transforms, type DecoratedRange, type NodeEntry, type Range } from 'slate';
import { ReactEditor } from 'slate-react';
import { messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';
import '../slate-types';
import { spellClient } from './spell-client';
import { SpellDecorations, type IdleScheduler } from './spell-decorations';
import { wordAt } from './spell-words';

/** The attribute renderLeaf sets on a misspelled run; the context menu finds the word by it. */
export const SPELL_ERROR_ATTRIBUTE = 'data-spell-error';

/** What a decoration adds to a leaf. */
export interface SpellLeaf {
  misspelled?: true;
}

// Idle time after each frame; a long-busy page still gets a short slice every second so underlines never stall.
const whenIdle: IdleScheduler = (work) =>
  requestIdleCallback(
    (deadline) => {
      const end = performance.now() + (deadline.didTimeout ? MIN_SLICE_MS : deadline.timeRemaining());
      work({ timeRemaining: () => end - performance.now() });
    },
    { timeout: 1000 },
  );
const MIN_SLICE_MS = 8;

/** `npm run bench:editor` times an opened section's spellcheck by this mark (the editor's block count tells which). */
const markSettled = (editor: Editor) => () =>
  void performance.mark('spellcheck-settled', { detail: { blocks: editor.children.length } });

interface MenuState {
  word: string;
  range: Range;
  x: number;
  y: number;
  suggestions: string[] | null;
}

export function useSpellcheck(editor: Editor): {
  decorate: (entry: NodeEntry) => DecoratedRange[];
  onContextMenu: (event: MouseEvent<HTMLDivElement>) => void;
  menu: ReactElement | null;
} {
  const [spelling] = useState(() => new SpellDecorations(editor, spellClient, whenIdle, markSettled(editor)));
  useEffect(() => spelling.connect(), [spelling]);
  // A new decorate function (and so new underlines) only when some underline in this editor changed.
  const version = useSyncExternalStore(spelling.subscribe, spelling.getVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the signal that the underlines changed
  const decorate = useCallback((entry: NodeEntry) => spelling.decorate(entry), [spelling, version]);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const notify = useNotify();

  const onContextMenu = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const leaf = (event.target as HTMLElement).closest(`[${SPELL_ERROR_ATTRIBUTE}]`);
      const textNode = leaf && document.createTreeWalker(leaf, NodeFilter.SHOW_TEXT).nextNode();
      if (!textNode) return; // not on an underlined word: the app's usual menu (cut, copy, paste)
      const point = ReactEditor.toSlatePoint(editor, [textNode, 1], { exactMatch: false, suppressThrow: true });
      const node = point && Node.has(editor, point.path) ? Node.get(editor, point.path) : null;
      const found = point && Text.isText(node) ? wordAt(node.text, point.offset) : null;
      if (!point || !found) return;
      event.preventDefault();
      const { word } = found;
      const range = { anchor: { path: point.path, offset: found.start }, focus: { path: point.path, offset: found.end } };
      setMenu({ word, range, x: event.clientX, y: event.clientY, suggestions: null });
      void spellClient.suggest(word).then((suggestions) => setMenu((m) => (m && m.word === word ? { ...m, suggestions } : m)));
    },
    [editor],
  );

  const close = useCallback(() => {
    setMenu(null);
    ReactEditor.focus(editor);
  }, [editor]);

  const replace = (state: MenuState, suggestion: string) => {
    // The text may have changed since the menu opened (an autosave never edits it, but be safe): replace only the word.
    if (Node.has(editor, state.range.anchor.path) && Editor.string(editor, state.range) === state.word) {
      Transforms.select(editor, state.range);
      Transforms.insertText(editor, suggestion, { at: state.range });
    }
    close();
  };

  const element = menu ? (
    <Menu
      open
      onOpenChange={(_e, data) => {
        if (!data.open) close();
      }}
      positioning={{
        target: {
          getBoundingClientRect: () => DOMRect.fromRect({ x: menu.x, y: menu.y, width: 0, height: 0 }),
        },
        position: 'below',
        align: 'start',
      }}
    >
      <MenuPopover>
        <MenuList aria-label={`Spelling: ${menu.word}`}>
          {menu.suggestions === null && <MenuItem disabled>Looking up suggestions…</MenuItem>}
          {menu.suggestions?.length === 0 && <MenuItem disabled>No suggestions</MenuItem>}
          {menu.suggestions?.map((s) => (
            <MenuItem key={s} onClick={() => replace(menu, s)}>
              {s}
            </MenuItem>
          ))}
          <MenuDivider />
          <MenuItem
            onClick={() => {
              const { word } = menu;
              spellClient.addToDictionary(word).then(
                () =>
                  notify.undoable(`“${word}” is in your dictionary.`, () => {
                    spellClient.removeFromDictionary(word).catch((error: unknown) => notify.error(messageOf(error)));
                  }),
                (error: unknown) => notify.error(messageOf(error)),
              );
              close();
            }}
          >
            Add to dictionary
          </MenuItem>
          <MenuItem
            onClick={() => {
              spellClient.ignore(menu.word);
              close();
            }}
          >
            Ignore
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  ) : null;

  return { decorate, onContextMenu, menu: element };
}
