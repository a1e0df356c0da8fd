// App-wide toasts for confirmations and errors ("what happened and what to do"), via Fluent's Toaster.
import { Toast, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

interface Notify {
  info(message: string): void;
  error(message: string): void;
}

const NotifyContext = createContext<Notify | null>(null);

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);
  const notify = useMemo<Notify>(
    () => ({
      info: (message) => dispatchToast(<Toast><ToastTitle>{message}</ToastTitle></Toast>, { intent: 'success', timeout: 4000 }),
      error: (message) => dispatchToast(<Toast role="alert"><ToastTitle>{message}</ToastTitle></Toast>, { intent: 'error', timeout: 10000 }),
    }),
    [dispatchToast],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Toaster toasterId={toasterId} position="bottom-end" />
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside NotificationsProvider');
  return notify;
}
