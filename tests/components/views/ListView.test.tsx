import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListView } from '../../../src/components/views/ListView';
import { NO_FILTERS } from '../../../src/store';
import { LEARN_FIXTURE } from '../../fixtures/datasets';
import { renderInApp } from '../../helpers/renderInApp';

const groupHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const namesIn = (groupName: RegExp) => {
  const section = screen.getByRole('region', { name: groupName });
  return within(section)
    .getAllByRole('heading', { level: 4 })
    .map((h) => h.textContent);
};

describe('ListView', () => {
  it('lists every organisation, grouped by type in vocabulary order, sorted by name', () => {
    renderInApp(<ListView />, { dataset: LEARN_FIXTURE });
    expect(screen.getByRole('status')).toHaveTextContent(`All ${LEARN_FIXTURE.nodes.length} organisations.`);
    expect(groupHeadings()).toEqual([
      'Swedish agency (7)',
      'Joint body (3)',
      'Cooperation or forum (3)',
      'Country (8)',
      'Programme (1)',
    ]);
    expect(namesIn(/Joint body/)).toEqual([
      'Civilian Intelligence Committee (CIC)',
      'National Centre for Terrorist Threat Assessment (NCT)',
      'Operational Committee (OPC)',
    ]);
  });

  it('shows each relationship as it reads from the organisation, with its evidence one click away', async () => {
    const user = userEvent.setup();
    renderInApp(<ListView />, { dataset: LEARN_FIXTURE });
    const nct = document.getElementById('list-node-nct')!;
    expect(within(nct).getByText('staffed by:')).toBeInTheDocument();
    expect(within(nct).getByRole('button', { name: 'Swedish Security Service (Säpo)' })).toBeInTheDocument();
    const fra = document.getElementById('list-node-fra')!;
    expect(within(fra).getByText('staffs:')).toBeInTheDocument();
    // the evidence is built when its disclosure opens
    expect(within(fra).queryByText('nct staffed-by fra says the source.')).toBeNull();
    await user.click(within(fra).getByText('Evidence'));
    const quote = await within(fra).findByText('nct staffed-by fra says the source.');
    expect(quote.closest('blockquote')).toHaveAttribute('lang', 'sv');
    // the source by its own title, with the reader's-language title beside it
    expect(quote.closest('figure')).toHaveTextContent('Källa A (Source A)');
  });

  it('follows the filters: hidden types and their relationships are left out', () => {
    renderInApp(<ListView />, {
      dataset: LEARN_FIXTURE,
      patch: { filters: { ...NO_FILTERS, hiddenNodeTypes: ['country'] } },
    });
    expect(groupHeadings()).not.toContain('Country (8)');
    expect(screen.getByRole('status')).toHaveTextContent(
      `${LEARN_FIXTURE.nodes.length - 8} of ${LEARN_FIXTURE.nodes.length} organisations, as filtered.`,
    );
    const ctg = document.getElementById('list-node-ctg')!;
    expect(within(ctg).queryByRole('button', { name: 'Norway' })).toBeNull();
    // left: PTN is part of it and the Security Service takes part (members and the USA are countries)
    expect(within(ctg).getByText('2 relationships', { exact: false })).toBeInTheDocument();
  });

  it('sorts by number of relationships and groups by level on request', async () => {
    const user = userEvent.setup();
    renderInApp(<ListView />, { dataset: LEARN_FIXTURE });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Number of relationships');
    // CTG: 3 members, PTN part of it, Säpo takes part, the USA cooperates = 6
    expect(namesIn(/Cooperation or forum/)[0]).toBe('Counter Terrorist Group (CTG)');
    expect(namesIn(/Swedish agency/)[0]).toBe('Swedish Security Service (Säpo)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Level');
    expect(groupHeadings()).toEqual([`National (${LEARN_FIXTURE.nodes.length})`]);
  });

  it("selecting in the list selects in the store, and the store's selection is marked in the list", async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<ListView />, { dataset: LEARN_FIXTURE });
    const nameButton = (name: string) =>
      within(screen.getByRole('heading', { level: 4, name })).getByRole('button');
    const opc = nameButton('Operational Committee (OPC)');
    await user.click(opc);
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'opc' });
    expect(opc).toHaveAttribute('aria-pressed', 'true');
    expect(document.getElementById('list-node-opc')).toHaveClass('is-selected');
    act(() => store.getState().select({ kind: 'node', id: 'fra' }));
    expect(opc).toHaveAttribute('aria-pressed', 'false');
    expect(nameButton('National Defence Radio Establishment (FRA)')).toHaveAttribute('aria-pressed', 'true');
    // choosing a party of a relationship selects that organisation
    await user.click(
      within(document.getElementById('list-node-nct')!).getByRole('button', {
        name: 'Military Intelligence and Security Service (Must)',
      }),
    );
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'must' });
    // a relationship selected elsewhere opens its evidence wherever it is listed
    act(() => store.getState().select({ kind: 'edge', id: 'sida-funds-itp' }));
    const rows = document.querySelectorAll('[data-edge="sida-funds-itp"]');
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.querySelector('details')).toHaveAttribute('open');
  });
});
