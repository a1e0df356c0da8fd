// Renderer entry point: the app, or the unlock screen when main opened the window locked (the keychain could not give
// the data's key, security/UnlockScreen.tsx).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { startTransition, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { UNLOCK_HASH } from '../../electron/common/ipc/unlock-hash';
import { App } from './app/App';
import { askFirstCaseRows, firstCaseRowsSettled } from './features/cases/first-case-rows';
import { UnlockScreen } from './features/security/UnlockScreen';

function Root() {
  const [locked, setLocked] = useState(() => window.location.hash === UNLOCK_HASH);
  if (!locked) return <App />;
  const unlocked = () => {
    // A reload after this opens the app, not the unlock screen again.
    window.history.replaceState(null, '', window.location.pathname);
    setLocked(false);
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <UnlockScreen onUnlocked={unlocked} />
    </FluentProvider>
  );
}

/** The longest the first frame waits for the case list's first rows (asked for by start.ts) before it draws without. */
const FIRST_ROWS_WAIT_MS = 150;

// Rendered as a transition: React then draws the first screen in slices between which the page stays responsive,
// instead of one long task while the app's code is still warming up.
const root = createRoot(document.getElementById('root')!);
askFirstCaseRows(); // start.ts has asked already, unless the app's code came first: then here, still before the first frame
void firstCaseRowsSettled(FIRST_ROWS_WAIT_MS).then(() =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <Root />
      </StrictMode>,
    ),
  ),
);
