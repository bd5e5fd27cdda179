import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';

let fail = true;
function Fragile() {
  if (fail) throw new Error('the view broke');
  return <p>all well</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows what went wrong instead of a blank page, and lets the user try again', async () => {
    // React reports the error it caught on the console; quiet here, restored after the test
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('alert')).toHaveTextContent('the view broke');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('all well')).toBeInTheDocument();
  });
});
