// Only the app's own main frame may call the backend; in development, exactly the dev-server origin as well.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { createSenderValidator } = await import('../../../electron/main/security/validate-sender');

const top = (url: string) => ({ url, parent: null });
const child = (url: string) => ({ url, parent: top('app://medlegal/index.html') });

describe('validate sender', () => {
  const production = createSenderValidator();
  const development = createSenderValidator({ devServerOrigin: 'http://localhost:5173' });

  it.each([
    ['app main frame', top('app://medlegal/index.html'), true, true],
    ['app main frame, other page', top('app://medlegal/#/cases/1'), true, true],
    ['upper-case scheme and host', top('APP://MEDLEGAL/index.html'), true, true],
    ['app origin inside an iframe', child('app://medlegal/index.html'), false, false],
    ['other app host', top('app://evil/index.html'), false, false],
    ['look-alike host', top('app://medlegal.evil.example/index.html'), false, false],
    ['credentials in the URL', top('app://user:pw@medlegal/index.html'), false, false],
    ['remote page', top('https://example.com/'), false, false],
    ['file URL', top('file:///tmp/index.html'), false, false],
    ['about:blank', top('about:blank'), false, false],
    ['empty URL', top(''), false, false],
    ['dev server', top('http://localhost:5173/'), false, true],
    ['dev server, other port', top('http://localhost:5174/'), false, false],
    ['dev server, other host', top('http://127.0.0.1:5173/'), false, false],
    ['dev server as https', top('https://localhost:5173/'), false, false],
    ['dev server in an iframe', child('http://localhost:5173/'), false, false],
    ['destroyed frame', null, false, false],
  ])('%s', (_name, frame, inProduction, inDevelopment) => {
    expect(production(frame)).toBe(inProduction);
    expect(development(frame)).toBe(inDevelopment);
  });

  it('refuses to start with a dev origin that is not a URL', () => {
    expect(() => createSenderValidator({ devServerOrigin: 'localhost' })).toThrow(/dev-server origin/);
  });
});
