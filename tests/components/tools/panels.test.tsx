import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterPanel } from '../../../src/components/tools/FilterPanel';
import { MetricsPanel } from '../../../src/components/tools/MetricsPanel';
import { DataPanel } from '../../../src/components/tools/DataPanel';
import { NodeCombobox } from '../../../src/components/NodeCombobox';
import { NO_FILTERS } from '../../../src/store';
import { renderInApp } from '../../helpers/renderInApp';
import { fixture } from '../../fixtures/datasets';

const dataset = fixture();

describe('FilterPanel', () => {
  it('resets every filter and leaves fading, a way of drawing, as it was', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<FilterPanel />, { dataset });
    const fade = screen.getByRole('checkbox', { name: 'Fade filtered-out elements instead of hiding them' });
    await user.click(fade);
    const agency = screen.getByRole('checkbox', { name: 'Swedish agency (3 of 3 shown)' });
    await user.click(agency);
    // the box at once; its count, with the rest of the panel, once the graph's frame is presented
    expect(agency).not.toBeChecked();
    await waitFor(() => expect(agency).toHaveAccessibleName('Swedish agency (0 of 3 shown)'));
    await user.click(
      screen.getByRole('checkbox', { name: /^Hide organisations without a shown relationship/ }),
    );
    expect(store.getState().filters).not.toEqual(NO_FILTERS);
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters).toEqual(NO_FILTERS);
    expect(store.getState().fade).toBe(true);
    expect(fade).toBeChecked();
    expect(agency).toBeChecked();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled());
  }, 15_000);

  it('lists each option with its count and hides a whole group at once', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<FilterPanel />, { dataset });
    expect(screen.getByRole('checkbox', { name: 'Swedish agency (3 of 3 shown)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Hide all: Levels' }));
    expect(store.getState().filters.hiddenLevels.toSorted()).toEqual([
      'euro-atlantic',
      'european',
      'national',
      'nordic',
    ]);
    expect(await screen.findByRole('checkbox', { name: 'Swedish agency (0 of 3 shown)' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 0 of 7 organisations and 0 of 7 relationships.',
    );
    expect(screen.getByRole('button', { name: 'Hide all: Levels' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters).toEqual(NO_FILTERS);
  });

  it('applies a year only when it is a whole valid year, and says what is wrong otherwise', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<FilterPanel />, { dataset });
    const from = screen.getByRole('spinbutton', { name: 'From' });
    const to = screen.getByRole('spinbutton', { name: 'To' });
    await user.type(from, '1700');
    expect(store.getState().filters.years.from).toBeNull();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a year from 1800 to 2100.');
    await user.clear(from);
    await user.type(from, '2000');
    expect(store.getState().filters.years.from).toBe(2000);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(to, '1990');
    expect(store.getState().filters.years.to).toBeNull(); // a reversed range is not applied
    expect(screen.getByRole('alert')).toHaveTextContent('From > To');
    // a change from elsewhere (a reset) shows in the fields
    act(() => store.getState().resetFilters());
    expect(from).toHaveValue(null);
    expect(to).toHaveValue(null);
  });

  it('offers to focus on the selected node, then depth and direction', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<FilterPanel />, {
      dataset,
      patch: { selection: { kind: 'node', id: 'nct' } },
    });
    await user.click(
      screen.getByRole('button', { name: 'Focus on National Centre for Terrorist Threat Assessment' }),
    );
    expect(store.getState().focus).toEqual({ id: 'nct', depth: 1, direction: 'all' });
    await user.click(screen.getByRole('radio', { name: '3 steps' }));
    await user.click(screen.getByRole('radio', { name: 'Incoming' }));
    expect(store.getState().focus).toEqual({ id: 'nct', depth: 3, direction: 'in' });
    await user.click(screen.getByRole('button', { name: 'Clear focus' }));
    expect(store.getState().focus).toBeNull();
  });
});

describe('NodeCombobox', () => {
  it('follows the combobox pattern: type, arrows, Enter; Esc closes then clears', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    renderInApp(<NodeCombobox label="Find" onChoose={onChoose} />, { dataset });
    const input = screen.getByRole('combobox', { name: 'Find' });
    await user.type(input, 'swedish');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Swedish Police Authority'),
      expect.stringContaining('Swedish Security Service'),
    ]);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenLastCalledWith('sakerhetspolisen');
    await user.type(input, 'osse');
    expect(screen.getByRole('option')).toHaveTextContent(
      'Organization for Security and Co-operation in Europe (OSCE)',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('option')).toBeNull();
    expect(input).toHaveValue('osse');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    await user.type(input, 'zzzz');
    // shown under the field, and announced once through the live region
    expect(screen.getByText('No organisation matches “zzzz”', { selector: 'p' })).toBeVisible();
    expect(
      screen.getByText('No organisation matches “zzzz”', { selector: '[aria-live]' }),
    ).toBeInTheDocument();
  });

  it('marks a hit the filters hide, and follows the filters while its hits are listed', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<NodeCombobox label="Find" onChoose={vi.fn()} />, {
      dataset,
      patch: { filters: { ...NO_FILTERS, hiddenNodeTypes: ['international-organisation'] } },
    });
    await user.type(screen.getByRole('combobox', { name: 'Find' }), 'euro');
    expect(screen.getByRole('option', { name: /^Europol/ })).toHaveTextContent('hidden by filters');
    act(() => store.getState().resetFilters());
    expect(screen.getByRole('option', { name: /^Europol/ })).not.toHaveTextContent('hidden by filters');
  });

  it('as a picker, shows the chosen name and clears when emptied', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    renderInApp(<NodeCombobox label="From" value="nct" onChoose={onChoose} />, { dataset });
    const input = screen.getByRole('combobox', { name: 'From' });
    expect(input).toHaveValue('National Centre for Terrorist Threat Assessment');
    await user.clear(input);
    await user.tab();
    expect(onChoose).toHaveBeenLastCalledWith(null);
  });
});

describe('MetricsPanel', () => {
  it('computes on demand and sorts by the column chosen, saying how', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<MetricsPanel />, { dataset });
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Compute metrics' }));
    const table = await screen.findByRole('table');
    const firstName = () =>
      within(within(table).getAllByRole('row')[1]!).getAllByRole('cell')[1]!.textContent;
    expect(within(table).getByRole('columnheader', { name: /Degree/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    // the police and Säpo both have four relationships; Säpo, which also links NCT in, lies on more paths
    expect(firstName()).toBe('Swedish Security Service');
    await user.click(within(table).getByRole('button', { name: 'Sort by Organisation' }));
    expect(within(table).getByRole('columnheader', { name: /Organisation/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(firstName()).toBe('Europol');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Node size by' }), 'closeness');
    expect(store.getState().sizeBy).toBe('closeness');
    // a change of view makes the figures stale, and says so
    act(() => store.getState().setFilters({ hiddenLevels: ['nordic'] }));
    expect(screen.getByText('The graph has changed since these were computed.')).toBeInTheDocument();
  });
});

describe('DataPanel', () => {
  const upload = (input: HTMLElement, name: string, body: string) =>
    fireEvent.change(input, { target: { files: [new File([body], name, { type: 'application/json' })] } });

  it('refuses a wrong file with the validator’s messages and keeps the dataset', async () => {
    const { store } = renderInApp(<DataPanel />, { dataset });
    const wrong = { ...dataset, edges: [{ ...dataset.edges[0]!, target: 'europoll' }] };
    upload(screen.getByLabelText('Choose a dataset file'), 'wrong.json', JSON.stringify(wrong));
    // the readers are loaded on first use
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('wrong.json was not loaded: it has 1 problem.');
    expect(alert).toHaveTextContent('edges[0].target');
    expect(store.getState().dataset).toBe(dataset);
  });

  it('loads a valid file, names it, and can go back', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<DataPanel />, { dataset });
    const small = { ...dataset, nodes: dataset.nodes.slice(0, 2), edges: [], glossary: [] };
    upload(screen.getByLabelText('Choose a dataset file'), 'small.json', JSON.stringify(small));
    await waitFor(() => expect(store.getState().datasetName).toBe('small.json'), { timeout: 8000 });
    expect(store.getState().dataset.nodes).toHaveLength(2);
    // laid out afresh while it was read (off the page's thread where Workers exist)
    expect([...(store.getState().positions?.keys() ?? [])]).toEqual(small.nodes.map((n) => n.id));
    expect(screen.getByText('Your file: small.json')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the built-in dataset' }));
    await waitFor(() => expect(store.getState().datasetName).toBeNull());
    expect(store.getState().dataset.nodes.length).toBeGreaterThan(40);
    // whole, with the prose the first view goes without
    expect(store.getState().dataset.nodes.filter((n) => !n.description)).toEqual([]);
  });
});
