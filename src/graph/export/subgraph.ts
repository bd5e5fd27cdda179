/** The part of a dataset an export writes: what the view shows, with exactly the sources it cites. */
import type { Dataset } from '../../data/schema';
import type { Visible } from '../filter';

/** The visible part of a dataset in our own format, with exactly the sources it cites. */
export function subgraphDataset(dataset: Dataset, visible: Visible): Dataset {
  const nodes = dataset.nodes.filter((n) => visible.nodes.has(n.id));
  const edges = dataset.edges.filter(
    (e) => visible.edges.has(e.id) && visible.nodes.has(e.source) && visible.nodes.has(e.target),
  );
  const cited = new Set<string>();
  for (const el of [...nodes, ...edges]) for (const ev of el.evidence ?? []) cited.add(ev.source);
  const sub: Dataset = {
    meta: dataset.meta,
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    nodes,
    edges,
  };
  // a glossary entry naming a node that is not exported would be a broken reference
  // the dataset's own types go with it, those of the nodes and edges exported
  if (dataset.types) {
    const nodeTypes = dataset.types.nodes?.filter((t) => nodes.some((n) => n.type === t.id));
    const edgeTypes = dataset.types.edges?.filter((t) => edges.some((e) => e.type === t.id));
    const types: NonNullable<Dataset['types']> = {};
    if (nodeTypes?.length) types.nodes = nodeTypes;
    if (edgeTypes?.length) types.edges = edgeTypes;
    if (types.nodes || types.edges) sub.types = types;
  }
  if (dataset.glossary) sub.glossary = dataset.glossary.filter((g) => !g.node || visible.nodes.has(g.node));
  return sub;
}
