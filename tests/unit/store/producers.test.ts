import { describe, expect, it } from 'vitest';
import * as p from '../../../src/store/producers';
import { createAppStore, initialState, NO_FILTERS } from '../../../src/store';
import { FIXTURE } from '../../fixtures/datasets';

const base = initialState(FIXTURE, 'en');

describe('producers', () => {
  it('select sets or clears the selection', () => {
    expect(p.select(base, { kind: 'node', id: 'nct' })).toEqual({ selection: { kind: 'node', id: 'nct' } });
    expect(p.select(base, null)).toEqual({ selection: null });
  });

  it('notify adds a notice with a fresh id, but not the same text twice', () => {
    const a = p.notify(base, { kind: 'warning', text: 'Hello' });
    expect(a.notices).toHaveLength(1);
    const withA = { ...base, ...a };
    expect(p.notify(withA, { kind: 'warning', text: 'Hello' })).toEqual({});
    const b = p.notify(withA, { kind: 'info', text: 'Other' });
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
