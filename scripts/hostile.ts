/**
 * Hostile and huge inputs for the validator, shared by its benchmark (scripts/bench-validate.ts)
 * and its tests: each built from a small valid dataset, as text (what a user's file is).
 */
import { synthetic } from './synthetic';

const nest = (depth: number, open: string, close: string, inner = '1') =>
  open.repeat(depth) + inner + close.repeat(depth);

/** A small valid dataset whose first node's `type`, say, is replaced by `raw` JSON text. */
function withRaw(field: 'nodeType' | 'edgeType' | 'sourceLanguage', raw: string): string {
  const d = synthetic(5) as unknown as {
    nodes: Record<string, unknown>[];
    edges: Record<string, unknown>[];
    sources: Record<string, unknown>[];
  };
  const target = field === 'nodeType' ? d.nodes[0]! : field === 'edgeType' ? d.edges[0]! : d.sources[0]!;
  target[field === 'sourceLanguage' ? 'language' : 'type'] = '__RAW__';
  return JSON.stringify(d).replace('"__RAW__"', raw);
}

export const HOSTILE: { name: string; text: () => string }[] = [
  { name: '5,000 nested arrays as a node type', text: () => withRaw('nodeType', nest(5000, '[', ']')) },
  {
    name: '100,000 nested objects as an edge type',
    text: () => withRaw('edgeType', nest(100_000, '{"a":', '}')),
  },
  {
    name: '100,000 nested objects as a source language',
    text: () => withRaw('sourceLanguage', nest(100_000, '{"a":', '}')),
  },
  {
    name: 'a 1 MB string as a node id',
    text: () => {
      const d = synthetic(200);
      d.nodes[0]!.id = 'a'.repeat(1_000_000);
      return JSON.stringify(d);
    },
  },
  {
    name: 'a 1 MB string as an edge source',
    text: () => {
      const d = synthetic(200);
      d.edges[0]!.source = 'a'.repeat(1_000_000);
      return JSON.stringify(d);
    },
  },
  {
    name: '10,000 nodes, 2,000 misspelt edge sources',
    text: () => {
      const d = synthetic(10_000);
      for (let i = 0; i < 2000; i++) d.edges[i]!.source = `${d.edges[i]!.source}x`;
      return JSON.stringify(d);
    },
  },
  { name: 'a valid 200-node clique', text: () => JSON.stringify(clique(200)) },
];

/** A complete graph of n nodes (n·(n−1)/2 edges), valid in our format. */
export function clique(n: number) {
  const d = synthetic(n);
  const edges = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      edges.push({
        id: `c${i}-${j}`,
        source: `n${i}`,
        target: `n${j}`,
        type: 'cooperation',
        description: { sv: 'r', en: 'r' },
        evidence: d.edges[0]!.evidence,
      });
  return { ...d, edges };
}
