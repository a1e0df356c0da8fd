// App-wide toasts for confirmations and errors ("what happened and what to do"), via Fluent's Toaster; a confirmation
// can carry an Undo.
import { Link, Toast, ToastFooter, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

interface Notify {
  info(message: string): void;
  error(message: string): void;
  /** A confirmation with an Undo link, shown longer than a plain one so there is time to use it. */
  undoable(message: string, undo: () => void): void;
  /** A confirmation with follow-up actions (e.g. "Open", "Show in folder" after an export), shown long enough to use them. */
  withActions(message: string, actions: { label: string; run: () => void }[]): void;
}

const NotifyContext = createContext<Notify | null>(null);

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('toaster');
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  const notify = useMemo<Notify>(
    () => ({
      info: (message) =>
        dispatchToast(
          <Toast>
            <ToastTitle>{message}</ToastTitle>
          </Toast>,
          { intent: 'success', timeout: 4000 },
        ),
      error: (message) =>
        dispatchToast(
          <Toast role="alert">
            <ToastTitle>{message}</ToastTitle>
          </Toast>,
          { intent: 'error', timeout: 10000 },
        ),
      undoable: (message, undo) => {
        const toastId = `undo-${Date.now()}-${Math.random()}`;
        const action = (
          <Link
            onClick={() => {
              dismissToast(toastId);
              undo();
            }}
          >
            Undo
          </Link>
        );
        dispatchToast(
          <Toast>
            <ToastTitle action={action}>{message}</ToastTitle>
          </Toast>,
          { toastId, intent: 'success', timeout: 15000 },
        );
      },
      withActions: (message, actions) => {
        const toastId = `actions-${Date.now()}-${Math.random()}`;
        dispatchToast(
          <Toast>
            <ToastTitle>{message}</ToastTitle>
            <ToastFooter>
              {actions.map((a) => (
                <Link
                  key={a.label}
                  onClick={() => {
                    dismissToast(toastId);
                    a.run();
                  }}
                >
                  {a.label}
                </Link>
              ))}
            </ToastFooter>
          </Toast>,
          { toastId, intent: 'success', timeout: 15000 },
        );
      },
    }),
    [dispatchToast, dismissToast],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {/* At most three at once: a burst (an import's results, then an Undo) must not stack up over the window's controls. */}
      <Toaster toasterId={toasterId} position="bottom-end" limit={3} />
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside NotificationsProvider');
  return notify;
}
