import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { MetricsPanel } from '../../../src/components/tools/MetricsPanel';
import { useSizeByController } from '../../../src/cy/controllers/sizeBy';
import { buildElements } from '../../../src/graph/elements';
import { resetMetricsWorker, METRICS_TIMEOUT_MS } from '../../../src/graph/metricsAsync';
import { translate } from '../../../src/i18n/message';
import { renderInApp } from '../../helpers/renderInApp';
import { fixture } from '../../fixtures/datasets';
import { fakeWorker, GARBAGE } from '../../helpers/fakeWorker';

// each test its own dataset object: metrics are memoised per visible graph
const freshDataset = () => structuredClone(fixture());

describe('MetricsPanel with a metrics worker that misbehaves', () => {
  beforeEach(() => {
    resetMetricsWorker();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    resetMetricsWorker();
  });

  it('says in Swedish when no answer comes in time, and computes on "Försök igen"', async () => {
    let answering = false;
    const W = fakeWorker((r) =>
      answering
        ? {
            id: r.id,
            values: Object.fromEntries(r.metrics.map((m) => [m, r.graph.nodes.map((n) => [n, 1])])),
          }
        : undefined,
    );
    vi.stubGlobal('Worker', W);
    renderInApp(<MetricsPanel />, { dataset: freshDataset(), patch: { lang: 'sv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beräkna mått' }));
    expect(screen.getByRole('button', { name: 'Beräknar …' })).toBeDisabled();
    await act(() => vi.advanceTimersByTimeAsync(METRICS_TIMEOUT_MS));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Måtten beräknades inte: inget svar kom inom 45 sekunder. Inget har ändrats.',
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Beräkna mått' })).toBeEnabled();
    answering = true;
    fireEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(W.made).toHaveLength(2); // the silent worker was stopped, a fresh one answered
  });

  it('shows correct figures whatever garbage the worker answers, and nothing is thrown', async () => {
    for (const answer of GARBAGE.filter(
      (a) => typeof (a({ id: 1, graph: { nodes: [] }, metrics: [] }) as { id?: unknown })?.id === 'number',
    )) {
      resetMetricsWorker();
      vi.stubGlobal('Worker', fakeWorker(answer));
      const { unmount } = renderInApp(<MetricsPanel />, { dataset: freshDataset() });
      fireEvent.click(screen.getByRole('button', { name: 'Compute metrics' }));
      await act(() => vi.advanceTimersByTimeAsync(0));
      const table = screen.getByRole('table');
      // computed on this thread instead: the real figures (Säpo first, as without a worker)
      expect(within(within(table).getAllByRole('row')[1]!).getAllByRole('cell')[1]).toHaveTextContent(
        'Swedish Security Service',
      );
      unmount();
    }
  }, 60_000); // a dozen renders: generous on a busy machine (nothing here is timed)
});

function SizeBy({ cy }: { cy: Core }) {
  useSizeByController(cy);
  return null;
}

describe('node size by a metric, with a worker that never answers', () => {
  beforeEach(() => {
    resetMetricsWorker();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    resetMetricsWorker();
  });

  it('leaves the sizes, undoes the choice and says in the UI language how to retry', async () => {
    let answering = false;
    vi.stubGlobal(
      'Worker',
      fakeWorker((r) =>
        answering ? { id: r.id, values: { degree: r.graph.nodes.map((n, i) => [n, i]) } } : undefined,
      ),
    );
    const dataset = freshDataset();
    const cy = cytoscape({ headless: true, elements: buildElements(dataset, 'sv') as never });
    const { store, i18n } = renderInApp(<SizeBy cy={cy} />, {
      dataset,
      patch: { lang: 'sv', sizeBy: 'degree' },
    });
    await act(() => vi.advanceTimersByTimeAsync(METRICS_TIMEOUT_MS));
    expect(store.getState().notices.map((n) => translate(i18n.t, n.message))).toEqual([
      'Nodstorlek efter grad kunde inte tillämpas: beräkningen gav inget svar inom 45 sekunder. Välj måttet igen under Mått för att försöka på nytt.',
    ]);
    expect(store.getState().sizeBy).toBeNull();
    expect(cy.nodes('.sized')).toHaveLength(0);
    answering = true;
    act(() => store.getState().setSizeBy('degree'));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(cy.nodes('.sized').length).toBe(cy.nodes().length);
    cy.destroy();
  });
});
