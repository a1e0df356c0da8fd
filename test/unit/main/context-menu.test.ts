// Right-click in the editor: spelling suggestions that replace the word, Add to Dictionary, and the edit commands.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn(() => ({ popup: vi.fn() })) } }));
const { buildContextMenuTemplate } = await import('../../../electron/main/windows/context-menu');

const editFlags = {
  canCut: true,
  canCopy: true,
  canPaste: true,
  canSelectAll: true,
  canUndo: true,
  canRedo: true,
  canDelete: true,
  canEditRichly: true,
};
const params = (extra: Record<string, unknown>) =>
  ({ misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags, ...extra }) as never;
const contents = () => ({ replaceMisspelling: vi.fn(), session: { addWordToSpellCheckerDictionary: vi.fn() } });

describe('context menu', () => {
  it('offers suggestions that replace the misspelled word, and Add to Dictionary', () => {
    const wc = contents();
    const items = buildContextMenuTemplate(
      params({ misspelledWord: 'lumbr', dictionarySuggestions: ['lumbar', 'lumber'] }),
      wc as never,
    );
    expect(items.slice(0, 2).map((i) => i.label)).toEqual(['lumbar', 'lumber']);
    (items[0]?.click as () => void)();
    expect(wc.replaceMisspelling).toHaveBeenCalledWith('lumbar');
    (items.find((i) => i.label === 'Add to Dictionary')?.click as () => void)();
    expect(wc.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('lumbr');
  });

  it('has Cut, Copy, Paste and Select All in an editable field', () => {
    const roles = buildContextMenuTemplate(params({}), contents() as never)
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('has only Copy on selected read-only text, and nothing elsewhere', () => {
    expect(
      buildContextMenuTemplate(params({ isEditable: false, selectionText: 'Claim 123' }), contents() as never).map((i) => i.role),
    ).toEqual(['copy']);
    expect(buildContextMenuTemplate(params({ isEditable: false }), contents() as never)).toEqual([]);
  });
});
