// The application menu: standard roles for editing and windows, so Cut/Copy/Paste/Undo behave as in every other app; File
// commands the window carries out (sent over 'menu:command'); Help with About and "Check for updates", which opens the
// release page in the browser only when clicked. Zoom is the window's own (Ctrl/⌘ + − 0), so the menu has no zoom roles.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { homepage } from '../../package.json';
import type { MenuCommand } from '../common/ipc/menu-commands';

/**
 * The page that lists released versions: package.json's `homepage` + /releases (where the release workflow publishes), so a
 * practice's own build points at its own page by changing that one field. Opened in the user's browser, never fetched.
 */
export const RELEASES_URL = `${homepage.replace(/\/+$/, '')}/releases`;

export interface MenuActions {
  /** Asks the window to carry out a File command. */
  command(command: MenuCommand): void;
  about(): void;
  checkForUpdates(): void;
}

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  actions?: MenuActions;
}

const NO_ACTIONS: MenuActions = { command: () => undefined, about: () => undefined, checkForUpdates: () => undefined };

export function buildMenuTemplate({ isMac, isDev, actions = NO_ACTIONS }: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [{ role: 'togglefullscreen' }];
  if (isDev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });

  // CmdOrCtrl: ⌘ on macOS, where Ctrl+E and Ctrl+N are text-navigation keys, Ctrl elsewhere.
  const settings: MenuItemConstructorOptions = {
    label: isMac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.command('settings'),
  };
  const about: MenuItemConstructorOptions = { label: 'About MedLegal Writer', click: () => actions.about() };
  const file: MenuItemConstructorOptions[] = [
    { label: 'New Case', accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-case') },
    { label: 'Open Sample Case', click: () => actions.command('open-sample') },
    { type: 'separator' },
    // The window handles ⌘E / Ctrl+E itself (it knows whether a case is open); the menu only shows the key, so one
    // press never exports twice.
    {
      label: 'Export Report…',
      accelerator: 'CmdOrCtrl+E',
      registerAccelerator: false,
      click: () => actions.command('export'),
    },
    ...(isMac ? [] : [{ type: 'separator' } as const, settings]),
    { type: 'separator' },
    isMac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
  ];
  const help: MenuItemConstructorOptions[] = [
    ...(isMac ? [] : [about, { type: 'separator' } as const]),
    { label: 'Check for Updates…', click: () => actions.checkForUpdates() },
  ];

  return [
    ...(isMac
      ? [
          {
            role: 'appMenu',
            submenu: [
              about,
              { type: 'separator' },
              settings,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: 'File', submenu: file },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { label: 'Help', role: 'help', submenu: help },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
