// The app's own origin (app://medlegal) and the one comparison every guard uses.
// Pure: no electron import, so sender/navigation checks stay unit-testable.

export const APP_SCHEME = 'app';
export const APP_HOST = 'medlegal';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * scheme://host[:port] of a URL, or null when it does not parse or carries credentials.
 * Computed by hand because Node's URL reports origin "null" for custom schemes like app:.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password || !parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** Normalises an origin given in configuration (e.g. a dev-server URL) the same way as originOf. */
export function normaliseOrigin(origin: string): string | null {
  return originOf(origin);
}
