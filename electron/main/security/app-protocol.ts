// Serves the built renderer (dist/renderer) from the privileged app://medlegal/ scheme:
// GET only, our host only, and never a file outside the renderer folder.
import { protocol, type Protocol } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** Must run before app 'ready': Chromium fixes scheme privileges at start-up. */
export function registerAppSchemePrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure give the UI a real origin ('self' in the CSP, localStorage, fetch of its own assets)
      // without http(s). No bypassCSP, no service workers, no CORS.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * The file an app:// URL names inside root, or null when the URL is not ours or escapes root.
 * Pure apart from path arithmetic, so the traversal rules are unit-tested without Electron.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) return null;

  // Our assets never contain encoded separators or NUL; refusing them outright means no per-OS path rule
  // (backslash on Windows, "//" as absolute) can ever be reached through decoding.
  if (/%2f|%5c|%00/i.test(parsed.pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  const inside = path.relative(base, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return target;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const refuse = (status: number): Response =>
  new Response(null, { status, headers: { 'Content-Type': 'text/plain', 'X-Content-Type-Options': 'nosniff' } });

/** The protocol handler itself; takes a standard Request so tests call it directly. */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return refuse(405);
    const file = resolveAppPath(root, request.url);
    if (!file) return refuse(404);
    let body: Buffer;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return refuse(404);
      body = await fs.readFile(file);
    } catch {
      return refuse(404);
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      },
    });
  };
}

/** Installs the handler on a session's protocol (the default session in the app). */
export function serveAppProtocol(target: Pick<Protocol, 'handle'>, root: string): void {
  target.handle(APP_SCHEME, createAppRequestHandler(root));
}
