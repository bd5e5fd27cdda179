/**
 * Synthetic datasets for the benchmarks: valid in our format, seeded (the same graph on every
 * run), shaped like the real network.
 */
import type { Dataset, GraphEdge, GraphNode } from '../src/data/schema';
import { EDGE_TYPE_IDS, LEVEL_IDS, NODE_TYPE_IDS } from '../src/data/vocabulary';
import { seededRandom } from '../src/graph/random';

const WORDS = [
  'polis',
  'säkerhet',
  'myndighet',
  'samverkan',
  'nordisk',
  'europeisk',
  'centrum',
  'råd',
  'grupp',
  'enhet',
  'tull',
  'kust',
  'försvar',
  'analys',
];

/**
 * A synthetic dataset shaped like the real one: about three relationships per node, preferential
 * attachment (a few hubs, many leaves), every type, level and a year on a third of the elements.
 */
export function synthetic(n: number): Dataset {
  const rnd = seededRandom(n); // the same synthetic graph on every run
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const ends: string[] = [];
  const evidence = [{ source: 's1', quote: 'A quote long enough for the schema.' }];
  for (let i = 0; i < n; i++) {
    const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const id = `n${i}`;
    nodes.push({
      id,
      type: pick(NODE_TYPE_IDS),
      level: pick(LEVEL_IDS),
      label: { sv: name, en: name.toUpperCase() },
      description: { sv: name, en: name },
      ...(rnd() < 0.3 ? { short: { sv: `N${i}`, en: `N${i}` } } : {}),
      ...(rnd() < 0.3 ? { founded: 1950 + Math.floor(rnd() * 70) } : {}),
    });
    const links = i === 0 ? 0 : Math.min(i, 1 + Math.floor(rnd() * 5));
    const seen = new Set<string>();
    for (let k = 0; k < links; k++) {
      const other = ends.length && rnd() < 0.7 ? pick(ends) : `n${Math.floor(rnd() * i)}`;
      if (other === id || seen.has(other)) continue;
      seen.add(other);
      edges.push({
        id: `e${edges.length}`,
        source: id,
        target: other,
        type: pick(EDGE_TYPE_IDS),
        description: { sv: 'r', en: 'r' },
        evidence,
        ...(rnd() < 0.3 ? { since: 1950 + Math.floor(rnd() * 70) } : {}),
      });
      ends.push(id, other);
    }
  }
  const sources = [
    { id: 's1', title: { sv: 'Källa', en: 'Source' }, publisher: 'P', language: 'sv' as const },
  ];
  return { meta: { title: { sv: 'Syntetisk', en: 'Synthetic' } }, sources, nodes, edges };
}
