import { describe, expect, it, vi } from 'vitest';
import * as p from '../../../src/store/producers';
import { createAppStore, initialState, NO_FILTERS } from '../../../src/store';
import network from '../../../data/network.json';
import { toursFor } from '../../../src/data/tours';
import { loadTours } from '../../../src/data/toursLoader';
import { validateDataset } from '../../../src/data/validate';
import { FIXTURE } from '../../fixtures/datasets';

const base = initialState(FIXTURE, 'en');

describe('producers', () => {
  it('select sets or clears the selection', () => {
    expect(p.select(base, { kind: 'node', id: 'nct' })).toEqual({ selection: { kind: 'node', id: 'nct' } });
    expect(p.select(base, null)).toEqual({ selection: null });
  });

  it('notify keeps a notice as its key and values, with a fresh id, but not the same message twice', () => {
    const step = { key: 'learn.tours.stepOutOfRange', params: { step: 9, count: 4 } } as const;
    const a = p.notify(base, { kind: 'warning', message: step });
    expect(a.notices).toEqual([{ id: expect.any(Number), kind: 'warning', message: step }]);
    const withA = { ...base, ...a };
    expect(p.notify(withA, { kind: 'warning', message: { ...step, params: { step: 9, count: 4 } } })).toEqual(
      {},
    );
    // the same key with other values is another message
    const b = p.notify(withA, { kind: 'info', message: { ...step, params: { step: 7, count: 4 } } });
    expect(b.notices).toHaveLength(2);
    expect(b.notices![1]!.id).not.toBe(b.notices![0]!.id);
  });

  it('loadDataset replaces the data and clears every choice that names its elements', () => {
    const busy = {
      ...base,
      selection: { kind: 'node' as const, id: 'nct' },
      focus: { id: 'nct', depth: 2 as const, direction: 'all' as const },
      path: { from: 'noa', to: 'nct', edgeTypes: [] },
      filters: { ...NO_FILTERS, fade: true },
      layout: 'concentric' as const,
      lang: 'sv' as const,
    };
    const other = { ...FIXTURE, nodes: FIXTURE.nodes.slice(0, 2), edges: [] };
    const patch = p.loadDataset(busy, other, 'mine.json', null);
    expect(patch).toMatchObject({
      dataset: other,
      datasetName: 'mine.json',
      positions: null,
      selection: null,
      focus: null,
      layout: 'preset',
      filters: NO_FILTERS,
    });
    // the language is the user's, not the dataset's
    expect(patch).not.toHaveProperty('lang');
  });
});

describe('store actions', () => {
  it('apply the producers and keep language, selection and filters independent', () => {
    const store = createAppStore(base);
    store.getState().select({ kind: 'edge', id: 'noa-lo-europol' });
    store.getState().setFilters({ hiddenLevels: ['european'] });
    store.getState().setLang('sv');
    expect(store.getState()).toMatchObject({
      lang: 'sv',
      selection: { kind: 'edge', id: 'noa-lo-europol' },
      filters: { ...NO_FILTERS, hiddenLevels: ['european'] },
    });
    store.getState().toggleTool('filters');
    store.getState().toggleTool('filters');
    expect(store.getState().tool).toBeNull();
  });
});

describe('setTour keeps the tour sound', () => {
  const built = validateDataset(network);
  if (!built.ok) throw new Error('the built-in dataset must be valid');
  const tour = toursFor(built.dataset).tours[0]!;

  it('runs no tour before the tours are loaded, and the one asked for once they are', async () => {
    // a fresh copy of the modules, as a page has before anything asked for the tours
    vi.resetModules();
    const fresh = await import('../../../src/store/producers');
    const loader = await import('../../../src/data/toursLoader');
    expect(loader.loadedTours()).toBeNull();
    expect(fresh.setTour({ dataset: built.dataset }, { id: tour.id, step: 0 })).toEqual({ tour: null });
    await loader.loadTours();
    expect(fresh.setTour({ dataset: built.dataset }, { id: tour.id, step: 0 })).toEqual({
      tour: { id: tour.id, step: 0 },
    });
  });

  it('keeps the step within the tour, and ends a tour the dataset cannot show', async () => {
    await loadTours();
    const store = createAppStore(initialState(built.dataset, 'en'));
    store.getState().setTour({ id: tour.id, step: 500 });
    expect(store.getState().tour).toEqual({ id: tour.id, step: tour.steps.length - 1 });
    store.getState().setTour({ id: tour.id, step: -3 });
    expect(store.getState().tour).toEqual({ id: tour.id, step: 0 });
    store.getState().restore({ tour: { id: tour.id, step: 99 } });
    expect(store.getState().tour).toEqual({ id: tour.id, step: tour.steps.length - 1 });
    store.getState().setTour({ id: 'no-such-tour', step: 0 });
    expect(store.getState().tour).toBeNull();
    store.getState().setTour({ id: tour.id, step: 1 });
    store.getState().loadDataset(FIXTURE, 'own.json');
    expect(store.getState().tour).toBeNull();
  });
});
