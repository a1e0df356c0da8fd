// The quiet "Saving…/Saved" indicator; an error stays visible with what to do.
import { Caption1, Spinner, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { SaveState } from '../hooks/use-autosave';

export function SaveStatus({ state }: { state: SaveState }) {
  const content = (() => {
    switch (state.kind) {
      case 'saved':
        return (
          <>
            <CheckmarkCircleRegular aria-hidden /> Saved
          </>
        );
      case 'unsaved':
      case 'saving':
        return (
          <>
            <Spinner size="extra-tiny" aria-hidden /> Saving…
          </>
        );
      case 'error':
        return (
          <span style={{ color: tokens.colorPaletteRedForeground1 }}>
            <ErrorCircleRegular aria-hidden /> {/NOT saved/.test(state.message) ? state.message : `Not saved: ${state.message}`}{' '}
            Retrying…
          </span>
        );
    }
  })();
  return (
    <Caption1
      role="status"
      aria-live="polite"
      data-testid="save-status"
      style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
    >
      {content}
    </Caption1>
  );
}
