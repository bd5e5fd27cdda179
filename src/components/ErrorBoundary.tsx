import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { children: ReactNode };
type State = { error: Error | null };

function Fallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="fatal">
      <h1>{t('common.error.title')}</h1>
      <p>{t('common.error.body')}</p>
      <pre>{error.message}</pre>
      <div className="fatal-actions">
        <button type="button" className="primary" onClick={onRetry}>
          {t('common.error.retry')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.error.reload')}
        </button>
      </div>
    </div>
  );
}

/** Shows what went wrong instead of a blank page, and lets the user try again. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Samverkan: a view failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error)
      return <Fallback error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
