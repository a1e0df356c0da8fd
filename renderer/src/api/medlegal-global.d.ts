// The preload's bridge object, as the renderer sees it. Only api/client.ts may use it.
import type { RendererApi } from '../../../electron/common/ipc/contract';
import type { MenuCommand } from '../../../electron/common/ipc/menu-commands';

declare global {
  interface Window {
    medlegal: RendererApi;
    /** Present in the app (not in the browser tests): the path of a file the user dropped on the window. */
    medlegalFiles?: { pathForFile(file: File): string };
    /** Present in the app: the application menu's File commands (menu-commands.ts); returns the unsubscribe. */
    medlegalMenu?: { onMenuCommand(callback: (command: MenuCommand) => void): () => void };
  }
}
export {};
