// The app:// handler serves files from the renderer folder only: GET only, our host only, no path traversal
// (plain, percent-encoded, encoded slashes and backslashes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const registerSchemesAsPrivileged = vi.fn();
vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: (...args: unknown[]) => registerSchemesAsPrivileged(...args) },
}));

const { createAppRequestHandler, registerAppSchemePrivileged, resolveAppPath, serveAppProtocol } =
  await import('../../../electron/main/security/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/main/security/content-security-policy');

let sandbox: string;
let root: string;
const SECRET = 'patient list – must never be served';

beforeAll(() => {
  sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-protocol-'));
  root = path.join(sandbox, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>MedLegal Writer</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(sandbox, 'secret.txt'), SECRET);
  // A sibling folder whose name starts like the root: a naive startsWith check would let it through.
  fs.mkdirSync(path.join(sandbox, 'renderer-evil'));
  fs.writeFileSync(path.join(sandbox, 'renderer-evil', 'x.js'), SECRET);
});
afterAll(() => fs.rmSync(sandbox, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it.each([
    ['app://medlegal/index.html', 'index.html'],
    ['app://medlegal/', 'index.html'],
    ['app://medlegal', 'index.html'],
    ['app://medlegal/assets/app.js', 'assets/app.js'],
    ['app://medlegal/assets/app.js?v=1#top', 'assets/app.js'],
    ['app://medlegal/assets/../index.html', 'index.html'],
    ['app://medlegal/assets/my%20file.js', 'assets/my file.js'],
  ])('%s → %s', (url, relative) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    ['parent directory', 'app://medlegal/../secret.txt'],
    ['encoded dots', 'app://medlegal/%2e%2e/secret.txt'],
    ['mixed-case encoded dots', 'app://medlegal/%2E%2e/%2e%2E/secret.txt'],
    ['encoded slash', 'app://medlegal/..%2fsecret.txt'],
    ['encoded slash, deeper', 'app://medlegal/assets/..%2f..%2fsecret.txt'],
    ['double-encoded', 'app://medlegal/%252e%252e/secret.txt'],
    ['encoded backslash', 'app://medlegal/..%5csecret.txt'],
    ['sibling folder with the same prefix', 'app://medlegal/..%2frenderer-evil/x.js'],
    ['absolute path smuggled in', 'app://medlegal/%2fetc%2fpasswd'],
    ['encoded NUL', 'app://medlegal/index.html%00.js'],
    ['malformed encoding', 'app://medlegal/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['look-alike host', 'app://medlegal.evil/index.html'],
    ['credentials', 'app://user:pw@medlegal/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://medlegal/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) {
      // The URL parser may already fold some of these back inside the root; that is safe too.
      expect(path.relative(root, resolved).startsWith('..')).toBe(false);
      expect(fs.existsSync(resolved) && fs.readFileSync(resolved, 'utf8')).not.toBe(SECRET);
    } else {
      expect(resolved).toBeNull();
    }
  });

  it.each([
    'app://medlegal/..%2fsecret.txt',
    'app://medlegal/..%5csecret.txt',
    'app://evil/index.html',
    'app://medlegal/%2fetc%2fpasswd',
  ])('returns null, not a folded path, for %s', (url) => expect(resolveAppPath(root, url)).toBeNull());
});

describe('app:// request handler', () => {
  const get = (url: string, init?: RequestInit) => createAppRequestHandler(root)(new Request(url, init));

  it('serves the UI with the right content types', async () => {
    const html = await get('app://medlegal/index.html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('MedLegal Writer');

    const js = await get('app://medlegal/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://medlegal/assets/app.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('sends the content security policy with every file, the same the page declares, with no inline script', async () => {
    for (const url of ['app://medlegal/index.html', 'app://medlegal/assets/app.js', 'app://medlegal/assets/app.css'])
      expect((await get(url)).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const scripts = /script-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)?.[1] ?? '';
    expect(scripts).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    const page = fs.readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s', async (method) => {
    const response = await get('app://medlegal/index.html', { method, body: method === 'DELETE' ? null : 'x' });
    expect(response.status).toBe(405);
  });

  it.each([
    'app://medlegal/%2e%2e/secret.txt',
    'app://medlegal/..%2fsecret.txt',
    'app://medlegal/assets/..%2f..%2fsecret.txt',
    'app://medlegal/..%2frenderer-evil/x.js',
    'app://other/index.html',
    'app://medlegal/missing.js',
    'app://medlegal/assets',
  ])('answers 404 for %s and never leaks the file outside', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });
});

describe('scheme registration', () => {
  it('registers app: as standard and secure, without bypassing CSP', () => {
    registerAppSchemePrivileged();
    const [schemes] = registerSchemesAsPrivileged.mock.calls.at(-1) as [
      Array<{ scheme: string; privileges: Record<string, boolean> }>,
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]?.privileges.bypassCSP).toBeFalsy();
    expect(schemes[0]?.privileges.allowServiceWorkers).toBeFalsy();
  });

  it('installs the handler for the app scheme', async () => {
    const handle = vi.fn();
    serveAppProtocol({ handle }, root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>;
    expect((await handler(new Request('app://medlegal/index.html'))).status).toBe(200);
  });
});
