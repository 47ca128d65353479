/**
 * Lỗi hiển thị — if drawing the pane itself fails, the officer still reads what happened and what
 * to do, in both languages, instead of an empty pane.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { STRINGS } from '../i18n/strings';

interface State {
  readonly detail: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { detail: null };

  static getDerivedStateFromError(error: unknown): State {
    return { detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.detail === null) return this.props.children;
    return (
      <div role="alert" style={{ padding: '12px', fontFamily: 'Segoe UI, system-ui, sans-serif' }}>
        <p lang="vi">{STRINGS.vi.unexpectedError}</p>
        <p lang="en">{STRINGS.en.unexpectedError}</p>
        <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{this.state.detail}</pre>
      </div>
    );
  }
}
