// Application shell: Fluent theme following the OS light/dark setting, notifications, and the two screens.
import { Button, FluentProvider, Spinner, Tooltip, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { Step } from '../../../electron/common/template/template-schema';
import { MENU_COMMAND_EVENT, onMenuCommand } from '../api/client';
import { NotificationsProvider } from '../components/notifications';
import { flushAllAutosaves, hasUnsavedWork } from '../hooks/use-autosave';
import { useZoom } from '../hooks/use-zoom';
import { IS_MAC } from '../editor/hotkeys';
import { casesApi } from '../features/cases/cases-api';
import { CaseListPage } from '../features/cases/CaseListPage';
import { useOpenCaseRequests } from '../features/cases/open-case-event';
import { ErrorBoundary } from './ErrorBoundary';
import { CaseWorkspace, SettingsPage, preloadScreens } from './lazy-screens';

function usePrefersDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/**
 * Closing the window while a save is still pending: hold the close (Electron cancels it when beforeunload sets a
 * return value), write what was typed, then close for real. Nothing typed is lost to a quick quit.
 */
function useSaveBeforeClose() {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedWork()) return;
      event.preventDefault();
      event.returnValue = '';
      void flushAllAutosaves().finally(() => window.close());
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}

/** The zoom level while it is not 100 %, in the window's lower left corner (toasts use the right); a click goes back to 100 %. */
function ZoomIndicator({ zoom, reset }: { zoom: number; reset: () => void }) {
  if (zoom === 1) return null;
  return (
    <Tooltip content={`Back to 100 % (${IS_MAC ? '⌘0' : 'Ctrl+0'})`} relationship="description">
      <Button size="small" style={{ position: 'fixed', left: 12, bottom: 12, zIndex: 10 }} onClick={reset}>
        Zoom {Math.round(zoom * 100)} %
      </Button>
    </Tooltip>
  );
}

export function App() {
  useSaveBeforeClose();
  const { zoom, setZoom } = useZoom();
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Settings replaces the workspace on screen; the step is kept here so "Back to the case" returns to where it was.
  const [openStep, setOpenStep] = useState<{ caseId: string; step: Step } | null>(null);
  const rememberStep = useCallback(
    (step: Step) => {
      if (openCaseId) setOpenStep({ caseId: openCaseId, step });
    },
    [openCaseId],
  );
  // A case's screen may open another case (a supplemental opens the case whose report it follows).
  useOpenCaseRequests(
    useCallback((caseId: string) => {
      setSettingsOpen(false);
      setOpenCaseId(caseId);
    }, []),
  );
  // File menu commands: the shell switches screens; New Case goes to the case list with its form asked open (a counter,
  // so the list opens it even when it mounts only now); Export is announced as a window event for the open case.
  const [newCaseRequests, setNewCaseRequests] = useState(0);
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'settings') setSettingsOpen(true);
        else if (command === 'open-sample')
          void casesApi.openSample('qme').then(
            (c) => {
              setSettingsOpen(false);
              setOpenCaseId(c.id);
            },
            () => undefined, // the case list's own "Open sample case" shows why; the menu stays quiet
          );
        else if (command === 'new-case') {
          setSettingsOpen(false);
          setOpenCaseId(null);
          setNewCaseRequests((n) => n + 1);
        } else window.dispatchEvent(new CustomEvent(MENU_COMMAND_EVENT, { detail: command }));
      }),
    [],
  );
  return (
    <FluentProvider theme={usePrefersDark() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <NotificationsProvider>
        <ErrorBoundary>
          <Suspense fallback={<Spinner label="Opening…" style={{ padding: 48 }} />}>
            {settingsOpen ? (
              <SettingsPage backLabel={openCaseId ? 'Back to the case' : 'All cases'} onBack={() => setSettingsOpen(false)} />
            ) : openCaseId ? (
              <CaseWorkspace
                key={openCaseId}
                caseId={openCaseId}
                onBack={() => setOpenCaseId(null)}
                onOpenSettings={() => setSettingsOpen(true)}
                initialStep={openStep?.caseId === openCaseId ? openStep.step : undefined}
                onStepChange={rememberStep}
              />
            ) : (
              <CaseListPage
                onOpen={setOpenCaseId}
                onOpenSettings={() => setSettingsOpen(true)}
                newCaseRequests={newCaseRequests}
                onListShown={preloadScreens}
              />
            )}
          </Suspense>
        </ErrorBoundary>
        <ZoomIndicator zoom={zoom} reset={() => setZoom(1)} />
      </NotificationsProvider>
    </FluentProvider>
  );
}
