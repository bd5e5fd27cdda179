import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GlossaryView } from '../../../src/components/views/GlossaryView';
import { LEARN_FIXTURE } from '../../fixtures/datasets';
import { renderInApp } from '../../helpers/renderInApp';

describe('GlossaryView', () => {
  it('lists every term, in the current language with the other beside it', () => {
    renderInApp(<GlossaryView />, { dataset: LEARN_FIXTURE, lang: 'sv' });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    // sorted by the Swedish term: NCT, OSSE, Sambandsman
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'NCT',
      'OSSE',
      'Sambandsman',
    ]);
    const osse = items[1]!;
    expect(within(osse).getByRole('heading', { name: 'OSSE' })).toHaveAttribute('lang', 'sv');
    const english = within(osse).getByText('OSCE').closest('p')!;
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveTextContent('Organization for Security and Co-operation in Europe');
    expect(within(osse).getByText('På engelska')).not.toHaveAttribute('lang');
  });

  it('searches insensitive to case and diacritics, in both languages', async () => {
    const user = userEvent.setup();
    renderInApp(<GlossaryView />, { dataset: LEARN_FIXTURE, lang: 'en' });
    const box = screen.getByRole('searchbox', { name: 'Search the glossary' });
    await user.type(box, 'osse');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('OSCE');
    expect(screen.getByRole('status')).toHaveTextContent('1 matching term');
    await user.clear(box);
    await user.type(box, 'SAKERHET');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['OSCE']);
    await user.clear(box);
    await user.type(box, 'nothing like this');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('No term matches “nothing like this”.')).toBeInTheDocument();
  });

  it('"Show in graph" selects the term\'s node and switches to the graph; terms without a node have none', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<GlossaryView />, {
      dataset: LEARN_FIXTURE,
      lang: 'en',
      patch: { view: 'glossary' },
    });
    const buttons = screen.getAllByRole('button', { name: 'Show in graph' });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveAccessibleDescription('NCT');
    await user.click(buttons[0]!);
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'nct' });
    expect(store.getState().view).toBe('graph');
  });

  it('keeps the search when the user comes back from the graph', async () => {
    const user = userEvent.setup();
    const first = renderInApp(<GlossaryView />, { dataset: LEARN_FIXTURE, lang: 'en' });
    await user.type(screen.getByRole('searchbox', { name: 'Search the glossary' }), 'liaison');
    first.unmount();
    // the same app's store, as when the view is shown again
    renderInApp(<GlossaryView />, {
      dataset: LEARN_FIXTURE,
      lang: 'en',
      patch: { viewPrefs: first.store.getState().viewPrefs } as never,
    });
    expect(screen.getByRole('searchbox', { name: 'Search the glossary' })).toHaveValue('liaison');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Liaison officer',
    ]);
  });
});
