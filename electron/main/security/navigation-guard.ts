// Keeps every web contents on the page it was loaded with: no navigation, no redirects, no new windows,
// no <webview>. The app has one page and no links out; anything else is a bug or an attack.
import type { App, WebContents } from 'electron';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(contents: GuardedContents): void {
  // will-navigate covers links, form posts and location changes started by the page; loadURL from main
  // and in-page (hash) navigation do not fire it, so the UI itself keeps working.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    // Sub-frames too: the UI has no iframes, so any frame navigation is not ours.
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Denied, and nothing is handed to the OS browser either: an offline app holding patient data opens no URLs.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies the guard to every web contents the app ever creates, including ones created by the page. */
export function guardAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
