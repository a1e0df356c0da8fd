// The toolbar's two phrase buttons: insert a phrase (the picker) and save the selection as a phrase.
import { ToolbarButton, Tooltip } from '@fluentui/react-components';
import { BookmarkAddRegular, TextBulletListSquareEditRegular } from '@fluentui/react-icons';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { PICKER_SHORTCUT, SAVE_SHORTCUT, phraseActionsOf } from './use-phrases';

export function PhraseToolbarButtons() {
  const editor = useSlateStatic();
  const button = (run: () => void) => ({
    onMouseDown: (event: React.MouseEvent) => event.preventDefault(),
    onClick: () => {
      ReactEditor.focus(editor);
      run();
    },
    tabIndex: -1,
    'data-toolbar-item': true,
  });
  return (
    <>
      <Tooltip content={`Insert a phrase (${PICKER_SHORTCUT})`} relationship="label">
        <ToolbarButton icon={<TextBulletListSquareEditRegular />} {...button(() => phraseActionsOf(editor)?.openPicker())} />
      </Tooltip>
      <Tooltip content={`Save the selection as a phrase (${SAVE_SHORTCUT})`} relationship="label">
        <ToolbarButton icon={<BookmarkAddRegular />} {...button(() => phraseActionsOf(editor)?.saveSelection())} />
      </Tooltip>
    </>
  );
}
