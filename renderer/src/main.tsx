// Renderer entry point: the app, or the unlock screen when main opened the window locked (the keychain could not give
// the data's key, security/UnlockScreen.tsx).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { startTransition, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { UNLOCK_HASH } from '../../electron/common/ipc/security.contract';
import { App } from './app/App';
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

// Rendered as a transition: React then draws the first screen in slices between which the page stays responsive,
// instead of one long task while the app's code is still warming up.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <Root />
    </StrictMode>,
  ),
);
