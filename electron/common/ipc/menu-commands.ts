// The application menu's commands that the window carries out (main → renderer over the one 'menu:command' channel).
// A fixed list: the preload forwards only these, and the renderer's App handles each.
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const MENU_COMMANDS = ['new-case', 'open-sample', 'export', 'settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);
