import { describe, expect, it, vi } from 'vitest';

describe('the details panel before its content has loaded', () => {
  it('says it is loading, then shows the item and moves focus to its heading', async () => {
    // a fresh copy of the modules, as a page has before the content's chunk is loaded
    vi.resetModules();
    const { act, screen, waitFor } = await import('@testing-library/react');
    const { DetailsPanel } = await import('../../../src/components/DetailsPanel');
    const { renderInApp } = await import('../../helpers/renderInApp');
    const { LANGS, loadBundle } = await import('../../../src/i18n');
    await Promise.all(LANGS.map(loadBundle));
    const { store } = renderInApp(
      <>
        <button type="button">before</button>
        <DetailsPanel />
      </>,
    );
    screen.getByRole('button', { name: 'before' }).focus();
    act(() => store.getState().select({ kind: 'node', id: 'nct' }));
    expect(screen.getByRole('complementary', { name: 'Details' })).toHaveTextContent('Loading the details…');
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('National Centre for Terrorist Threat Assessment');
    await waitFor(() => expect(heading).toHaveFocus());
    // and closing gives focus back to where it was before the panel opened
    await act(async () => {
      screen.getByRole('button', { name: 'Close panel' }).click();
    });
    expect(screen.getByRole('button', { name: 'before' })).toHaveFocus();
  });
});
