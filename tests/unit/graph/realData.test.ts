/** The analysts' domain on the built-in dataset (data/network.json), as the app uses it. */
import { describe, expect, it } from 'vitest';
import network from '../../../data/network.json';
import { validateDataset } from '../../../src/data/validate';
import { filterCounts, toSubGraph, visibleElements } from '../../../src/graph/filter';
import { buildSearchIndex, search } from '../../../src/graph/search';
import { shortestPaths } from '../../../src/graph/paths';
import { computeMetrics } from '../../../src/graph/metrics';
import { subgraphDataset, toJson } from '../../../src/graph/export';
import { ALL_FILTERS_OFF as F } from '../../fixtures/datasets';

const result = validateDataset(network);
if (!result.ok)
  throw new Error(`the built-in dataset is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
const ds = result.dataset;

describe('the built-in dataset', () => {
  it('search: "sapo" finds Säkerhetspolisen, "osse" and "OSCE" the OSCE, first', () => {
    const index = buildSearchIndex(ds);
    expect(search(index, 'sapo', 'en')[0]?.id).toBe('sakerhetspolisen');
    expect(search(index, 'osse', 'en')[0]?.id).toBe('osse');
    expect(search(index, 'OSCE', 'sv')[0]?.id).toBe('osse');
    expect(search(index, 'polismyndigheten', 'sv')[0]?.id).toBe('polismyndigheten');
  });

  it('paths: NCT reaches Europol through Säpo', () => {
    const r = shortestPaths(toSubGraph(ds, visibleElements(ds, F)), 'nct', 'europol');
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    expect(r.length).toBe(2);
    expect(r.paths.every((p) => p[0]!.to === 'sakerhetspolisen')).toBe(true);
  });

  it('filter counts add up to the dataset', () => {
    const c = filterCounts(ds, visibleElements(ds, F));
    const sum = (o: Record<string, { total: number }>) => Object.values(o).reduce((a, x) => a + x.total, 0);
    expect(sum(c.lists.hiddenNodeTypes)).toBe(ds.nodes.length);
    expect(sum(c.lists.hiddenLevels)).toBe(ds.nodes.length);
    expect(sum(c.lists.hiddenEdgeTypes)).toBe(ds.edges.length);
  });

  it('metrics: degree counts each node’s relationships; betweenness and closeness peak at 1', () => {
    const m = computeMetrics(toSubGraph(ds, visibleElements(ds, F)));
    const police = ds.edges.filter(
      (e) => e.source === 'polismyndigheten' || e.target === 'polismyndigheten',
    ).length;
    expect(m.degree.get('polismyndigheten')).toBe(police);
    expect(Math.max(...m.betweenness.values())).toBe(1);
    expect(Math.max(...m.closeness.values())).toBe(1);
    expect(m.degree.size).toBe(ds.nodes.length);
  });

  it('exports: the whole graph and a focused part are valid datasets', () => {
    for (const focus of [null, { id: 'sakerhetspolisen', depth: 1 as const, direction: 'all' as const }]) {
      const sub = subgraphDataset(ds, visibleElements(ds, { ...F, hiddenLevels: ['global'] }, focus));
      const again = validateDataset(JSON.parse(toJson(sub)));
      expect(again.ok ? 'valid' : again.problems).toBe('valid');
    }
  });
});
