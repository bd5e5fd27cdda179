import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from '../../src/components/DetailsPanel';
import { loadDetails } from '../../src/components/details/loadDetails';
import { renderInApp } from '../helpers/renderInApp';

// the content's code, as the page has it once idle (tests/components/details/loadDetails.test.tsx
// opens the panel before it is loaded)
await loadDetails();

const openNode = (id: string) => ({ patch: { selection: { kind: 'node' as const, id } } });

describe('DetailsPanel', () => {
  it('shows nothing while nothing is selected', () => {
    renderInApp(<DetailsPanel />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('shows a node: names in both languages, acronym, type, level, founded, description', () => {
    renderInApp(<DetailsPanel />, openNode('noa'));
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'National Operations Department',
    );
    const other = within(panel).getByText('Nationella operativa avdelningen');
    expect(other).toHaveAttribute('lang', 'sv');
    const facts = panel.querySelector('dl')!;
    expect(facts).toHaveTextContent('AcronymNOA');
    expect(facts).toHaveTextContent('TypeUnit or office');
    expect(facts).toHaveTextContent('LevelNational');
    expect(within(panel).getByText('A department of the Police Authority.')).toBeInTheDocument();
  });

  it('lists relationships grouped by type as they read from this node, with evidence', () => {
    renderInApp(<DetailsPanel />, openNode('polismyndigheten'));
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { name: /Relationships/ })).toHaveTextContent(
      '3 relationships',
    );
    const staffs = within(panel).getByRole('region', { name: /staffs/i });
    expect(
      within(staffs).getByRole('link', { name: 'National Centre for Terrorist Threat Assessment' }),
    ).toBeInTheDocument();
    const includes = within(panel).getByRole('region', { name: /includes/i });
    expect(
      within(includes).getByRole('link', { name: 'National Operations Department' }),
    ).toBeInTheDocument();
    // the quote in its source's language, marked both ways, credited to title and publisher
    const quote = within(staffs).getByText('NCT bemannas även av analytiker från Polismyndigheten.');
    expect(quote).toHaveAttribute('lang', 'sv');
    const figure = quote.closest('figure')!;
    expect(within(figure).getByText('SV')).toBeVisible();
    expect(within(figure).getByText(/Quote in Swedish/)).toBeInTheDocument();
    expect(figure).toHaveTextContent('Polisens årsredovisning');
    expect(figure).toHaveTextContent('Polismyndigheten, 20 February 2024');
    expect(within(panel).getByRole('region', { name: /operational cooperation/i })).toHaveTextContent(
      'since 2015',
    );
  });

  it('selects the other party from a relationship link and moves focus to its heading', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<DetailsPanel />, openNode('polismyndigheten'));
    await user.click(screen.getByRole('link', { name: 'National Centre for Terrorist Threat Assessment' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'nct' });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('National Centre for Terrorist Threat Assessment');
    expect(heading).toHaveFocus();
  });

  it('links to each party’s own view, so it can be opened in a new tab', () => {
    renderInApp(<DetailsPanel />, openNode('nct'));
    const link = screen.getByRole('link', { name: 'Swedish Security Service' });
    expect(link.getAttribute('href')).toBe('?lang=en&node=sakerhetspolisen');
  });

  it('opens a relationship: parties, type, direction, since, evidence in English marked EN', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<DetailsPanel />, openNode('noa'));
    await user.click(
      screen.getByRole('button', {
        name: 'About the relationship with European Union Agency for Law Enforcement Cooperation',
      }),
    );
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'noa-lo-europol' });
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'NOA liaison officer posted at Europol',
    );
    expect(within(panel).getByRole('link', { name: 'National Operations Department' })).toBeInTheDocument();
    expect(
      within(panel).getByRole('link', { name: 'European Union Agency for Law Enforcement Cooperation' }),
    ).toBeInTheDocument();
    const facts = panel.querySelector('dl')!;
    expect(facts).toHaveTextContent('DirectionOne way: from NOA to Europol');
    expect(facts).toHaveTextContent('Since1999');
    const quote = within(panel).getByText(/second at least one liaison officer/);
    expect(quote).toHaveAttribute('lang', 'en');
    expect(within(quote.closest('figure')!).getByText('EN')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /Open the source/ })).toHaveAttribute(
      'href',
      'https://example.org/europol',
    );
  });

  it('says a mutual relationship goes both ways', () => {
    renderInApp(<DetailsPanel />, { patch: { selection: { kind: 'edge', id: 'polisen-sapo-coop' } } });
    expect(screen.getByRole('complementary').querySelector('dl')).toHaveTextContent('DirectionBoth ways');
  });

  it('closes with Escape and returns focus to where the user was', async () => {
    const user = userEvent.setup();
    const outside = document.createElement('button');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const { store } = renderInApp(<DetailsPanel />);
    outside.focus();
    act(() => store.getState().select({ kind: 'node', id: 'nct' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(outside).toHaveFocus();
    outside.remove();
  });

  it('closes with its close button', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<DetailsPanel />, openNode('nct'));
    await user.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(store.getState().selection).toBeNull();
  });

  it('takes no focus for a selection that comes with the page (a shared link)', () => {
    renderInApp(<DetailsPanel />, openNode('nct'));
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();
  });

  it('follows a language switch, keeping the selection', async () => {
    const { store } = renderInApp(<DetailsPanel />, openNode('nct'));
    await act(async () => store.getState().setLang('sv'));
    const panel = screen.getByRole('complementary', { name: 'Detaljer' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Nationellt centrum för terrorhotbedömning',
    );
    expect(within(panel).getByText('National Centre for Terrorist Threat Assessment')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(within(panel).getByRole('region', { name: /bemannas av/i })).toBeInTheDocument();
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'nct' });
  });

  it('says so when the selected item is not in the dataset', () => {
    renderInApp(<DetailsPanel />, openNode('gone'));
    expect(screen.getByRole('complementary')).toHaveTextContent('This item is no longer in the dataset.');
  });
});
