// The application menu: standard roles only, so Cut/Copy/Paste/Undo and zoom behave as in every other app.
// No Help links and nothing that opens a URL: the app is offline.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenuTemplate(options: { isMac: boolean; isDev: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.isDev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });

  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}

export function installMenu(options: { isMac: boolean; isDev: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
