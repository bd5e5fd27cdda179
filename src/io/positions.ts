/** Node positions as part of the format: written into each node (`position`) on export. */
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';

/** The dataset with each node's position where one is given (others keep theirs, if any). */
export function withPositions(dataset: Dataset, positions: Positions | undefined | null): Dataset {
  if (!positions) return dataset;
  return {
    ...dataset,
    nodes: dataset.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, position: { x: p.x, y: p.y } } : n;
    }),
  };
}
