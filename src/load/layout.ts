/**
 * Positions for a dataset without them (in the Worker, or on the page where there is none): seeded
 * fcose on a headless Cytoscape for small graphs (the same picture every time), its spectral pass
 * alone for large ones (the full pass takes minutes at a thousand nodes), worked out on plain
 * arrays (src/graph/spectral.ts: fcose's positions in a twentieth of its time), and a plain grid
 * when the user asked for no layout.
 */
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import { headlessInstance } from '../graph/headless';
import { FCOSE_OPTIONS, withSeed, LAYOUT_SEED } from '../cy/layouts';
import { registerExtensions } from '../cy/fcose';
import { spectralPositions } from '../graph/spectral';
import { FULL_FCOSE_MAX_NODES, type LayoutUsed } from './protocol';

const GRID_STEP = 80;
/** The node size the app draws (see the stylesheet), so the layout spaces nodes as they are shown. */
const NODE_STYLE = [{ selector: 'node', style: { width: 28, height: 28 } }];

/** Nodes in rows, in the file's order: no layout work at all. */
export function gridPositions(ids: readonly string[]): Positions {
  const cols = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  const out = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => out.set(id, { x: (i % cols) * GRID_STEP, y: Math.floor(i / cols) * GRID_STEP }));
  return out;
}

/** The layout chosen by size: full fcose up to FULL_FCOSE_MAX_NODES nodes, spectral above. */
export function layoutFor(nodeCount: number): Exclude<LayoutUsed, 'given' | 'grid'> {
  return nodeCount <= FULL_FCOSE_MAX_NODES ? 'fcose' : 'spectral';
}

/**
 * Lays the dataset out; positions rounded to whole pixels. fcose runs on ids of our own (`n0`, `n1`, …): fcose keeps its nodes in plain objects keyed by id, so a node called
 * `constructor` or `__proto__` would meet Object.prototype's member there and the layout throw.
 */
export function computeLayout(dataset: Dataset, used: 'fcose' | 'spectral'): Positions {
  if (used === 'spectral') return spectralLayout(dataset);
  registerExtensions();
  const safe = new Map<string, string>();
  dataset.nodes.forEach((n, i) => void safe.set(n.id, `n${i}`));
  const cy = headlessInstance({
    style: NODE_STYLE as never,
    elements: [
      ...dataset.nodes.map((n) => ({ group: 'nodes' as const, data: { id: safe.get(n.id)! } })),
      ...dataset.edges.map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: safe.get(e.source)!, target: safe.get(e.target)! },
      })),
    ],
  });
  try {
    const options = { ...FCOSE_OPTIONS, fit: false, animate: false };
    withSeed(LAYOUT_SEED, () => cy.layout(options as never).run());
    const out = new Map<string, { x: number; y: number }>();
    for (const n of dataset.nodes) {
      const p = cy.getElementById(safe.get(n.id)!).position();
      out.set(n.id, { x: Math.round(p.x), y: Math.round(p.y) });
    }
    return out;
  } finally {
    cy.destroy();
  }
}

/**
 * fcose's spectral pass (`quality: 'draft'`) with the app's spacing, seeded: the positions fcose
 * gives, without its Cytoscape collections (a unit test compares the two).
 */
function spectralLayout(dataset: Dataset): Positions {
  const { nodeSeparation, idealEdgeLength } = FCOSE_OPTIONS as unknown as {
    nodeSeparation: number;
    idealEdgeLength: number;
  };
  const placed = withSeed(LAYOUT_SEED, () =>
    spectralPositions(
      dataset.nodes.map((n) => n.id),
      dataset.edges,
      { nodeSeparation, idealEdgeLength },
    ),
  );
  const out = new Map<string, { x: number; y: number }>();
  for (const [id, p] of placed) out.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
  return out;
}
