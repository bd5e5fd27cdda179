import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../../src/data/validate';
import { visibleElements } from '../../../../src/graph/filter';
import { subgraphDataset, toJson } from '../../../../src/graph/export';
import { ALL_FILTERS_OFF as F, fixture } from '../../../fixtures/datasets';

const ds = fixture();
const sub = subgraphDataset(ds, visibleElements(ds, F, { id: 'nct', depth: 1, direction: 'all' }));

describe('JSON subgraph', () => {
  it('holds the visible nodes and edges and exactly the sources they cite, and is valid', () => {
    expect(sub.nodes.map((n) => n.id)).toEqual(['sakerhetspolisen', 'nct', 'fra']);
    expect(sub.edges.map((e) => e.id)).toEqual(['nct-sapo', 'nct-fra']);
    expect(sub.sources.map((s) => s.id)).toEqual(['src-a']);
    expect(sub.glossary).toEqual([]); // both entries name nodes left out
    const again = validateDataset(JSON.parse(toJson(sub)));
    expect(again.ok ? 'valid' : again.problems).toBe('valid');
  });

  it('the whole dataset round-trips', () => {
    const all = subgraphDataset(ds, visibleElements(ds, F));
    expect(JSON.parse(toJson(all))).toEqual(ds);
  });
});
