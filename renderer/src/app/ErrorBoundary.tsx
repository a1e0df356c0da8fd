// Never a blank screen: a rendering fault shows what happened and a way back, and the saved work is untouched.
import { Body1, Button, Title2 } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main style={{ padding: 32, display: 'grid', gap: 12, maxWidth: 640 }} role="alert">
        <Title2>This screen ran into a problem</Title2>
        <Body1>
          Everything saved so far is safe on this computer. Reload the window to continue; if it happens again, restart the app.
        </Body1>
        <Button appearance="primary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </main>
    );
  }
}
