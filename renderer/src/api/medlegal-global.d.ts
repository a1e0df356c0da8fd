// The preload's bridge object, as the renderer sees it. Only api/client.ts may use it.
import type { RendererApi } from '../../../electron/common/ipc/contract';

declare global {
  interface Window {
    medlegal: RendererApi;
  }
}
export {};
