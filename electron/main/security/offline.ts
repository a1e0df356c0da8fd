// Makes the app unable to reach the network: every request whose scheme is not app:, devtools:, data: or blob:
// is cancelled (in development also the one dev-server origin), and the spellchecker never downloads dictionaries.
import type { Session } from 'electron';
import { normaliseOrigin, originOf } from './app-origin';

const LOCAL_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:']);

/**
 * Where Chromium would fetch Hunspell dictionaries on Windows/Linux (macOS uses the OS spellchecker and never
 * downloads). We keep spellcheck on, because physicians expect it, and point the download at the discard port
 * on loopback: nothing leaves the machine even if a request slipped past the webRequest filter. A bundled .bdic
 * in the profile's Dictionaries folder is the way to give Windows/Linux users a dictionary (see the decision record).
 */
export const NO_DICTIONARY_DOWNLOAD_URL = 'http://127.0.0.1:9/medlegal-offline/';

export interface OfflineOptions {
  /** Development only: the Vite dev server (http and its HMR websocket) stays reachable. */
  devServerOrigin?: string;
}

/** Pure decision, exported for tests: may this URL be requested at all? */
export function isAllowedRequest(url: string, options: OfflineOptions = {}): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(protocol)) return true;
  if (!options.devServerOrigin) return false;
  const dev = normaliseOrigin(options.devServerOrigin);
  const origin = originOf(url);
  if (!dev || !origin) return false;
  // The HMR websocket lives on the same host:port as the dev server.
  const asWebSocket = dev.replace(/^http/, 'ws');
  return origin === dev || origin === asWebSocket;
}

type OfflineSession = Pick<Session, 'webRequest' | 'setSpellCheckerDictionaryDownloadURL'>;

export function enforceOffline(session: OfflineSession, options: OfflineOptions = {}): void {
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOAD_URL);
  // No filter: the listener sees every request of the session, whatever its type.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) console.warn(`[medlegal] blocked a network request (${schemeOf(details.url)})`);
    callback({ cancel: !allowed });
  });
}

// Only the scheme is logged: a URL could carry words from a report.
function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon > 0 && colon < 20 ? url.slice(0, colon) : 'unknown';
}
