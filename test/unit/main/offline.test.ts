// The app cannot reach the network: only app:, devtools:, data: and blob: requests pass (plus, in development,
// exactly the dev server), and spellcheck dictionaries are never downloaded from a CDN.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { enforceOffline, isAllowedRequest, NO_DICTIONARY_DOWNLOAD_URL } = await import('../../../electron/main/security/offline');

type Listener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

function fakeSession() {
  const state: { listener?: Listener; dictionaryUrl?: string; filter?: unknown } = {};
  const session = {
    webRequest: {
      onBeforeRequest: (...args: unknown[]) => {
        state.listener = args.at(-1) as Listener;
        state.filter = args.length > 1 ? args[0] : undefined;
      },
    },
    setSpellCheckerDictionaryDownloadURL: (url: string) => (state.dictionaryUrl = url),
  };
  return { session, state };
}

const cancelled = (listener: Listener | undefined, url: string): boolean | undefined => {
  let answer: boolean | undefined;
  listener?.({ url }, (response) => (answer = response.cancel));
  return answer;
};

describe('offline', () => {
  it.each([
    ['app://medlegal/index.html', true, true],
    ['app://medlegal/assets/index.js', true, true],
    ['devtools://devtools/bundled/inspector.html', true, true],
    ['data:image/png;base64,AAAA', true, true],
    ['blob:app://medlegal/6f1c7d2e', true, true],
    ['https://example.com/', false, false],
    ['http://example.com/', false, false],
    ['https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', false, false],
    ['wss://example.com/socket', false, false],
    ['ftp://example.com/file', false, false],
    ['file:///etc/passwd', false, false],
    ['chrome-extension://abc/x.js', false, false],
    ['http://127.0.0.1:9/medlegal-offline/en-US-10-1.bdic', false, false],
    ['http://localhost:5173/src/main.tsx', false, true],
    ['ws://localhost:5173/', false, true],
    ['http://localhost:5174/', false, false],
    ['https://localhost:5173/', false, false],
    ['http://localhost.evil.example:5173/', false, false],
    ['not a url', false, false],
  ])('%s allowed: %s (dev: %s)', (url, inProduction, inDevelopment) => {
    expect(isAllowedRequest(url)).toBe(inProduction);
    expect(isAllowedRequest(url, { devServerOrigin: 'http://localhost:5173' })).toBe(inDevelopment);
  });

  it('cancels every non-local request of the session, with no URL filter', () => {
    const { session, state } = fakeSession();
    enforceOffline(session as never);
    expect(state.filter).toBeUndefined();
    expect(cancelled(state.listener, 'https://example.com/track?name=patient')).toBe(true);
    expect(cancelled(state.listener, 'app://medlegal/index.html')).toBe(false);
  });

  it('never logs the blocked URL (it may carry report text)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { session, state } = fakeSession();
    enforceOffline(session as never);
    cancelled(state.listener, 'https://example.com/?q=Jane%20Doe%20lumbar');
    expect(warn).toHaveBeenCalled();
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/Jane|example\.com|lumbar/);
    warn.mockRestore();
  });

  it('points dictionary downloads at a loopback address that is itself blocked', () => {
    const { session, state } = fakeSession();
    enforceOffline(session as never);
    expect(state.dictionaryUrl).toBe(NO_DICTIONARY_DOWNLOAD_URL);
    expect(new URL(NO_DICTIONARY_DOWNLOAD_URL).hostname).toBe('127.0.0.1');
    expect(cancelled(state.listener, `${NO_DICTIONARY_DOWNLOAD_URL}en-US-10-1.bdic`)).toBe(true);
  });
});
