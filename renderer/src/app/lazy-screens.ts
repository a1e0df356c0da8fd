// The screens the case list does not need (a case's workspace with the Slate editor, the records viewer and the report
// preview; Settings) are chunks of their own: the app evaluates less code before the list shows. They are fetched once the
// list is on screen, so opening a case seldom waits for its code.
import { createElement, lazy, useState, type ComponentType } from 'react';
import { warmEngines } from './warm-engines';

function deferredScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // tried again on the next open
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  /** Once the code is here the screen renders at once; before, React.lazy shows the Suspense fallback while it loads. */
  function Screen(props: P) {
    const [component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(component, props);
  }
  return { Screen, preload };
}

const workspace = deferredScreen(() => import('../features/workspace/CaseWorkspace').then((m) => m.CaseWorkspace));
const settings = deferredScreen(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage));

export const CaseWorkspace = workspace.Screen;
export const SettingsPage = settings.Screen;

/**
 * Fetches the workspace's code while the app is idle, in two parts (the Slate editor, then the rest), so that evaluating
 * it is never one long task under the physician's hands, then warms the viewer and the spellchecker. Errors wait for the
 * real open, which shows them.
 */
export function preloadScreens(): void {
  const idle = (fn: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(fn) : setTimeout(fn, 200));
  idle(
    () =>
      void import('../editor/RichTextEditor').then(
        () =>
          idle(
            () =>
              void workspace.preload().then(
                () => idle(warmEngines),
                () => undefined,
              ),
          ),
        () => undefined,
      ),
  );
}
