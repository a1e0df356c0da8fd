// The right-click menu of the editor: spelling suggestions first, then Cut/Copy/Paste as the field allows.
// Built from Chromium's context-menu params only; the words never leave the machine.
import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';

export function buildContextMenuTemplate(
  params: ContextMenuParams,
  contents: Pick<WebContents, 'replaceMisspelling' | 'session'>,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    for (const suggestion of params.dictionarySuggestions.slice(0, 6)) {
      items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
    }
    if (params.dictionarySuggestions.length === 0) items.push({ label: 'No suggestions', enabled: false });
    items.push(
      // Stored in the local profile's custom dictionary, useful for medical terms.
      { label: 'Add to Dictionary', click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord) },
      { type: 'separator' },
    );
  }
  const { editFlags } = params;
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim()) {
    items.push({ role: 'copy', enabled: editFlags.canCopy });
  }
  return items;
}

export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, contents);
    if (template.length) Menu.buildFromTemplate(template).popup();
  });
}
