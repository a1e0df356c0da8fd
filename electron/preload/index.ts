// The only bridge between the sandboxed UI and the app: window.medlegal has one function per contract channel,
// each an ipcRenderer.invoke of that channel. ipcRenderer itself and any generic send are never exposed.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { PRELOAD_CHANNELS } from '../common/ipc/channels';
import { isMenuCommand, MENU_COMMAND_CHANNEL, type MenuCommand } from '../common/ipc/menu-commands';
import type { RendererApi } from '../common/ipc/contract';

type PreloadChannel = (typeof PRELOAD_CHANNELS)[number];

// Compile-time proof that the channel list and the contract name the same channels (both directions);
// the build fails here before a renderer call could go missing. A test checks the same at run time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelsMatchContract: Same<PreloadChannel, keyof RendererApi> = true;
void channelsMatchContract;

function buildApi(): RendererApi {
  const api: Partial<Record<PreloadChannel, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of PRELOAD_CHANNELS) {
    // A fresh closure per channel: the renderer can only pick among these, never name a channel itself.
    api[channel] = (input: unknown) => ipcRenderer.invoke(channel, input);
  }
  return Object.freeze(api) as RendererApi;
}

contextBridge.exposeInMainWorld('medlegal', buildApi());

// Files dropped on the window (record PDFs): the renderer gets only the path of a File the user dropped, which the
// records:importPaths channel then validates. Nothing else about the file system is reachable from the page.
contextBridge.exposeInMainWorld('medlegalFiles', Object.freeze({ pathForFile: (file: File) => webUtils.getPathForFile(file) }));

// The application menu's File commands (menu:command, main → window): only the fixed list in menu-commands.ts reaches the
// page's callback; the page gets an unsubscribe function, never the IPC event or ipcRenderer.
contextBridge.exposeInMainWorld(
  'medlegalMenu',
  Object.freeze({
    onMenuCommand(callback: (command: MenuCommand) => void): () => void {
      const listener = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) callback(command);
      };
      ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
      return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
    },
  }),
);
