import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import network from '../../../data/network.json';
import { TourPanel } from '../../../src/components/tools/TourPanel';
import { toursFor } from '../../../src/data/tours';
import { loadTours } from '../../../src/data/toursLoader';
import { validateDataset } from '../../../src/data/validate';
import { NO_FILTERS } from '../../../src/store';
import { LEARN_FIXTURE } from '../../fixtures/datasets';
import { renderInApp } from '../../helpers/renderInApp';

const result = validateDataset(network);
// as the Tours tool and a tour link do before a tour runs
await loadTours();
if (!result.ok) throw new Error('the built-in dataset must be valid');
const dataset = result.dataset;
const tours = toursFor(dataset).tours;
const tour = tours[0]!;

describe('TourPanel', () => {
  it('lists the tours; starting one shows its first step', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<TourPanel />, { dataset });
    const starts = screen.getAllByRole('button', { name: 'Start' });
    expect(starts).toHaveLength(tours.length);
    expect(starts[0]).toHaveAccessibleDescription(tour.title.en);
    await user.click(starts[0]!);
    expect(store.getState().tour).toEqual({ id: tour.id, step: 0 });
    expect(store.getState().tool).toBe('tours');
    expect(screen.getByText(`Step 1 of ${tour.steps.length}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: tour.steps[0]!.title.en })).toBeInTheDocument();
  });

  it('moves by previous and next within the tour, and finishes at the end', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<TourPanel />, { dataset, patch: { tour: { id: tour.id, step: 0 } } });
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    for (let i = 1; i < tour.steps.length; i++) {
      await user.click(screen.getByRole('button', { name: /Next/ }));
      expect(store.getState().tour).toEqual({ id: tour.id, step: i });
      expect(screen.getByRole('heading', { name: tour.steps[i]!.title.en })).toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: /Next/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(store.getState().tour?.step).toBe(tour.steps.length - 2);
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(screen.getByRole('button', { name: 'Finish the tour' }));
    expect(store.getState().tour).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Start' })).toHaveLength(tours.length);
  }, 30_000);

  it('shows the evidence of the highlighted relationships behind a disclosure button', async () => {
    const user = userEvent.setup();
    const step = tour.steps.findIndex((s) => s.edges.length > 0);
    const { store } = renderInApp(<TourPanel />, { dataset, patch: { tour: { id: tour.id, step } } });
    const button = screen.getByRole('button', { name: `Evidence (${tour.steps[step]!.edges.length})` });
    const region = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(region).not.toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const edge = dataset.edges.find((e) => e.id === tour.steps[step]!.edges[0])!;
    expect(within(region).getAllByText(edge.evidence[0]!.quote!)[0]).toBeVisible();
    await user.click(within(region).getAllByRole('button', { name: 'Select in the graph' })[0]!);
    expect(store.getState().selection).toEqual({ kind: 'edge', id: edge.id });
  });

  it('says when the filters hide part of a step, and can show everything again', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<TourPanel />, {
      dataset,
      patch: { tour: { id: tour.id, step: 0 }, filters: { ...NO_FILTERS, hiddenNodeTypes: ['agency'] } },
    });
    expect(screen.getByRole('note')).toHaveTextContent(/of the elements in this step (is|are) filtered out/);
    await user.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(store.getState().filters).toEqual(NO_FILTERS);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('with a dataset the tours do not fit, says the tours are unavailable instead of failing', () => {
    renderInApp(<TourPanel />, { dataset: LEARN_FIXTURE });
    expect(screen.getByRole('note')).toHaveTextContent('The guided tours could not be loaded');
    expect(screen.queryAllByRole('button', { name: 'Start' })).toHaveLength(0);
  });

  it('follows the language', () => {
    const { store } = renderInApp(<TourPanel />, { dataset, patch: { tour: { id: tour.id, step: 1 } } });
    act(() => store.getState().setLang('sv'));
    expect(screen.getByText(`Steg 2 av ${tour.steps.length}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: tour.steps[1]!.title.sv })).toBeInTheDocument();
  });
});
