/**
 * Synthetic datasets for the benchmarks and the end-to-end tests of huge files: valid in our
 * format (unless asked otherwise), seeded (the same graph on every run), shaped like the real
 * network; and the hostile shapes a user may bring: a long ring, a dense clique, and a large file
 * whose edges name nodes that do not exist.
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

const EVIDENCE = [{ source: 's1', quote: 'A quote long enough for the schema.' }];
const SOURCES = [{ id: 's1', title: { sv: 'Källa', en: 'Source' }, publisher: 'P', language: 'sv' as const }];

function makeNode(i: number, rnd: () => number): GraphNode {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
  return {
    id: `n${i}`,
    type: pick(NODE_TYPE_IDS),
    level: pick(LEVEL_IDS),
    label: { sv: name, en: name.toUpperCase() },
    description: { sv: name, en: name },
    ...(rnd() < 0.3 ? { short: { sv: `N${i}`, en: `N${i}` } } : {}),
    ...(rnd() < 0.3 ? { founded: 1950 + Math.floor(rnd() * 70) } : {}),
  };
}

function makeEdge(k: number, source: string, target: string, rnd: () => number): GraphEdge {
  return {
    id: `e${k}`,
    source,
    target,
    type: EDGE_TYPE_IDS[Math.floor(rnd() * EDGE_TYPE_IDS.length)]!,
    description: { sv: 'r', en: 'r' },
    evidence: EVIDENCE,
    ...(rnd() < 0.3 ? { since: 1950 + Math.floor(rnd() * 70) } : {}),
  };
}

const dataset = (title: string, nodes: GraphNode[], edges: GraphEdge[]): Dataset => ({
  meta: { title: { sv: title, en: title } },
  sources: SOURCES.map((s) => ({ ...s, title: { ...s.title } })),
  nodes,
  edges,
});

/**
 * A synthetic dataset shaped like the real one: preferential attachment (a few hubs, many
 * leaves), every type, level and a year on a third of the elements. `edgeCount` (default about
 * three per node) is met exactly: each new node links to up to a few earlier ones, and random
 * pairs make up the rest.
 */
export function synthetic(n: number, edgeCount = 3 * n): Dataset {
  const rnd = seededRandom(n + edgeCount); // the same synthetic graph on every run
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const ends: string[] = [];
  const pairs = new Set<string>();
  const perNode = edgeCount / n;
  const link = (a: string, b: string) => {
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (a === b || pairs.has(key) || edges.length >= edgeCount) return;
    pairs.add(key);
    edges.push(makeEdge(edges.length, a, b, rnd));
    ends.push(a, b);
  };
  for (let i = 0; i < n; i++) {
    nodes.push(makeNode(i, rnd));
    const links = i === 0 ? 0 : Math.min(i, 1 + Math.floor(rnd() * (2 * perNode - 1)));
    for (let k = 0; k < links; k++) {
      const other =
        ends.length && rnd() < 0.7 ? ends[Math.floor(rnd() * ends.length)]! : `n${Math.floor(rnd() * i)}`;
      link(`n${i}`, other);
    }
  }
  const most = (n * (n - 1)) / 2;
  while (edges.length < Math.min(edgeCount, most))
    link(`n${Math.floor(rnd() * n)}`, `n${Math.floor(rnd() * n)}`);
  return dataset('Syntetisk', nodes, edges);
}

/** `n` nodes in one ring: as many edges as nodes, each node linked to the next. */
export function ring(n: number): Dataset {
  const rnd = seededRandom(n);
  const nodes = Array.from({ length: n }, (_, i) => makeNode(i, rnd));
  const edges = nodes.map((_, i) => makeEdge(i, `n${i}`, `n${(i + 1) % n}`, rnd));
  return dataset('Ring', nodes, edges);
}

/** `n` nodes, every pair linked: n(n−1)/2 edges. */
export function clique(n: number): Dataset {
  const rnd = seededRandom(n);
  const nodes = Array.from({ length: n }, (_, i) => makeNode(i, rnd));
  const edges: GraphEdge[] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) edges.push(makeEdge(edges.length, `n${a}`, `n${b}`, rnd));
  return dataset('Klick', nodes, edges);
}

/**
 * A large dataset with `wrong` edges whose source is misspelt (a letter doubled), as a hand-made
 * or badly exported file has: it must be refused with its problems, not freeze the page.
 */
export function misspelt(n: number, wrong = Math.floor(n / 10)): Dataset {
  const ds = synthetic(n, 2 * n);
  const step = Math.max(1, Math.floor(ds.edges.length / wrong));
  const edges = ds.edges.map((e, i) =>
    i % step === 0 && i / step < wrong ? { ...e, source: `${e.source}x` } : e,
  );
  return { ...ds, edges };
}
