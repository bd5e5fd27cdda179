import { describe, expect, it } from 'vitest';
import {
  filterCounts,
  isDefaultFilters,
  isolatedCount,
  toSubGraph,
  visibleElements,
} from '../../../src/graph/filter';
import { ALL_FILTERS_OFF as F, fixture } from '../../fixtures/datasets';

const ds = fixture();
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('visibleElements: filters', () => {
  it('shows everything when nothing is filtered', () => {
    const v = visibleElements(ds, F);
    expect(v.nodes.size).toBe(ds.nodes.length);
    expect(v.edges.size).toBe(ds.edges.length);
    expect(isDefaultFilters(F)).toBe(true);
  });

  it('hides a node type and every edge touching those nodes', () => {
    const v = visibleElements(ds, { ...F, hiddenNodeTypes: ['agency'] });
    expect(sorted(v.nodes)).toEqual(['europol', 'nct', 'norge', 'osce']);
    expect(v.edges.size).toBe(0);
  });

  it('hides a level', () => {
    const v = visibleElements(ds, { ...F, hiddenLevels: ['european', 'nordic'] });
    expect(v.nodes.has('europol')).toBe(false);
    expect(v.nodes.has('norge')).toBe(false);
    expect(v.edges.has('polis-europol')).toBe(false);
    expect(v.edges.has('polis-sapo')).toBe(true);
  });

  it('hides relationship types but keeps their nodes', () => {
    const v = visibleElements(ds, { ...F, hiddenEdgeTypes: ['staffed-by'] });
    expect(v.edges.has('nct-sapo')).toBe(false);
    expect(v.edges.has('nct-fra')).toBe(false);
    expect(v.nodes.has('nct')).toBe(true);
  });

  it('hides what only hidden sources say; an element citing another source stays', () => {
    const v = visibleElements(ds, { ...F, hiddenSources: ['src-b'] });
    expect(v.edges.has('polis-europol')).toBe(false);
    expect(v.edges.has('sapo-europol')).toBe(false);
    expect(v.edges.has('polis-sapo')).toBe(true); // also cites src-a
    expect(v.nodes.has('europol')).toBe(false); // its only evidence is src-b
    expect(v.nodes.has('polismyndigheten')).toBe(true); // no evidence of its own: kept
  });

  it('keeps a year range on founded/since, undated elements included unless asked', () => {
    const v = visibleElements(ds, { ...F, years: { from: 2000, to: 2020 } });
    expect(sorted(v.nodes)).toEqual(['fra', 'nct', 'norge', 'polismyndigheten']);
    expect(sorted(v.edges)).toEqual(['nct-fra']); // nct-sapo: Säpo (1989) is out; polis-sapo likewise
    const dated = visibleElements(ds, { ...F, years: { from: 2000, to: 2020 }, includeUndated: false });
    expect(sorted(dated.nodes)).toEqual(['nct', 'polismyndigheten']);
    expect(dated.edges.size).toBe(0);
  });

  it('an open-ended range works from either side', () => {
    expect(visibleElements(ds, { ...F, years: { from: null, to: 1980 } }).nodes.has('osce')).toBe(true);
    expect(visibleElements(ds, { ...F, years: { from: null, to: 1980 } }).nodes.has('europol')).toBe(false);
    expect(visibleElements(ds, { ...F, years: { from: 2010, to: null } }).nodes.has('polismyndigheten')).toBe(
      true,
    );
    expect(visibleElements(ds, { ...F, years: { from: 2010, to: null } }).nodes.has('nct')).toBe(false);
  });

  it('hides isolated nodes, counting those the other filters isolate', () => {
    expect(visibleElements(ds, { ...F, hideIsolated: true }).nodes.has('norge')).toBe(false);
    expect(isolatedCount(ds, F)).toBe(1);
    const f = { ...F, hiddenEdgeTypes: ['participates-in'] };
    expect(isolatedCount(ds, f)).toBe(2); // OSCE loses its only edge
    expect(visibleElements(ds, { ...f, hideIsolated: true }).nodes.has('osce')).toBe(false);
  });
});

describe('visibleElements: focus', () => {
  it('depth 1 in all directions: the node, its neighbours and the edges among them', () => {
    const v = visibleElements(ds, F, { id: 'nct', depth: 1, direction: 'all' });
    expect(sorted(v.nodes)).toEqual(['fra', 'nct', 'sakerhetspolisen']);
    expect(sorted(v.edges)).toEqual(['nct-fra', 'nct-sapo']);
  });

  it('depth 2 reaches further', () => {
    const v = visibleElements(ds, F, { id: 'nct', depth: 2, direction: 'all' });
    expect(sorted(v.nodes)).toEqual(['europol', 'fra', 'nct', 'polismyndigheten', 'sakerhetspolisen']);
    expect(v.edges.has('polis-europol')).toBe(true); // both ends in the neighbourhood
  });

  it('outgoing and incoming follow edge direction; undirected edges go both ways', () => {
    const out = visibleElements(ds, F, { id: 'sakerhetspolisen', depth: 1, direction: 'out' });
    // staffed-by points nct -> säpo, so it is incoming for Säpo; cooperation edges are undirected
    expect(sorted(out.nodes)).toEqual(['europol', 'polismyndigheten', 'sakerhetspolisen']);
    const inc = visibleElements(ds, F, { id: 'sakerhetspolisen', depth: 1, direction: 'in' });
    expect(sorted(inc.nodes)).toEqual(['europol', 'nct', 'polismyndigheten', 'sakerhetspolisen']);
    const polisOut = visibleElements(ds, F, { id: 'polismyndigheten', depth: 1, direction: 'in' });
    expect(polisOut.nodes.has('europol')).toBe(false); // liaison-officer-at points away from the police
  });

  it('works within the filters, and keeps the focus node even if filtered out', () => {
    const v = visibleElements(
      ds,
      { ...F, hiddenNodeTypes: ['agency'] },
      { id: 'sakerhetspolisen', depth: 1, direction: 'all' },
    );
    expect(sorted(v.nodes)).toEqual(['europol', 'nct', 'sakerhetspolisen']);
    expect(v.nodes.has('polismyndigheten')).toBe(false);
  });

  it('ignores a focus on a node that does not exist', () => {
    expect(visibleElements(ds, F, { id: 'nope', depth: 1, direction: 'all' }).nodes.size).toBe(
      ds.nodes.length,
    );
  });
});

describe('filterCounts', () => {
  it('counts each option in the dataset and how many are shown', () => {
    const v = visibleElements(ds, { ...F, hiddenLevels: ['european'] });
    const c = filterCounts(ds, v);
    expect(c.lists.hiddenNodeTypes.agency).toEqual({ total: 3, visible: 3 });
    expect(c.lists.hiddenNodeTypes['international-organisation']).toEqual({ total: 2, visible: 1 });
    expect(c.lists.hiddenLevels.european).toEqual({ total: 1, visible: 0 });
    expect(c.lists.hiddenEdgeTypes['staffed-by']).toEqual({ total: 2, visible: 2 });
    expect(c.lists.hiddenSources['src-b']).toEqual({ total: 4, visible: 1 }); // europol node, 3 edges; only polis-sapo shown
    expect(c.years).toEqual({ min: 1975, max: 2015 });
    expect(c.undated.total).toBe(2 + 3); // fra, norge + three undated edges
  });

  it('toSubGraph lists the visible part in dataset order', () => {
    const g = toSubGraph(ds, visibleElements(ds, F, { id: 'nct', depth: 1, direction: 'all' }));
    expect(g.nodes).toEqual(['sakerhetspolisen', 'nct', 'fra']);
    expect(g.edges.map((e) => e.id)).toEqual(['nct-sapo', 'nct-fra']);
  });
});
