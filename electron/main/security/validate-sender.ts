// Decides whether an IPC call comes from our own UI: the sender must be the main frame and its URL
// must be on the app origin (or, in development only, exactly the dev-server origin). Pure, no electron.
import { APP_ORIGIN, normaliseOrigin, originOf } from './app-origin';

/** The parts of Electron's WebFrameMain the check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export interface SenderPolicy {
  /** Defaults to app://medlegal. */
  appOrigin?: string;
  /** Set only when running against the Vite dev server, e.g. "http://localhost:5173". */
  devServerOrigin?: string;
}

export function createSenderValidator(policy: SenderPolicy = {}): (frame: SenderFrame | null | undefined) => boolean {
  const allowed = new Set<string>();
  const app = normaliseOrigin(policy.appOrigin ?? APP_ORIGIN);
  if (app) allowed.add(app);
  if (policy.devServerOrigin) {
    const dev = normaliseOrigin(policy.devServerOrigin);
    // A dev origin that does not parse must not silently widen or disable the check.
    if (!dev) throw new Error('The dev-server origin is not a valid URL.');
    allowed.add(dev);
  }

  return (frame) => {
    // null: the frame navigated away or was destroyed while the call was in flight.
    if (!frame) return false;
    // Sub-frames (iframes) never talk to the backend, whatever they load.
    if (frame.parent !== null) return false;
    const origin = originOf(frame.url);
    return origin !== null && allowed.has(origin);
  };
}
