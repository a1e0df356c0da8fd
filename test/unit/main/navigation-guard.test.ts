// Navigation, redirects, new windows and <webview> are refused for every web contents the app creates.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { guardAllWebContents, guardWebContents } = await import('../../../electron/main/security/navigation-guard');

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

const fakeEvent = (extra: Record<string, unknown> = {}) => ({ preventDefault: vi.fn(), ...extra });

function guarded(): FakeContents {
  const contents = new FakeContents();
  guardWebContents(contents as never);
  return contents;
}

describe('navigation guard', () => {
  it.each([
    ['will-navigate', 'https://example.com/'],
    ['will-navigate', 'app://medlegal/other.html'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-redirect', 'https://example.com/phish'],
    ['will-attach-webview', 'https://example.com/'],
  ])('%s to %s is prevented', (eventName, url) => {
    const contents = guarded();
    const event = fakeEvent();
    contents.emit(eventName, event, url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('blocks sub-frame navigation', () => {
    const contents = guarded();
    const event = fakeEvent({ isMainFrame: false, url: 'https://example.com/' });
    contents.emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['https://example.com/', 'app://medlegal/index.html', 'about:blank'])('denies window.open(%s)', (url) => {
    const contents = guarded();
    expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
  });

  it('guards every web contents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as never);
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);

    const event = fakeEvent();
    contents.emit('will-navigate', event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
