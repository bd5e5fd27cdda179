/**
 * Positions for a dataset without them, computed on a headless Cytoscape (in the Worker, or on
 * the page where there is none): seeded fcose for small graphs (the same picture every time),
 * its fast spectral pass alone for large ones (the full pass takes minutes at a thousand nodes),
 * and a plain grid when the user asked for no layout.
 */
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import { headlessInstance } from '../graph/headless';
import { FCOSE_OPTIONS, withSeed, LAYOUT_SEED } from '../cy/layouts';
import { registerExtensions } from '../cy/fcose';
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
 * Lays the dataset out headlessly; positions rounded to whole pixels. The layout runs on ids of
 * our own (`n0`, `n1`, …): fcose keeps its nodes in plain objects keyed by id, so a node called
 * `constructor` or `__proto__` would meet Object.prototype's member there and the layout throw.
 */
export function computeLayout(dataset: Dataset, used: 'fcose' | 'spectral'): Positions {
  registerExtensions();
  const safe = new Map<string, string>();
  dataset.nodes.forEach((n, i) => void safe.set(n.id, `n${i}`));
  // the spectral pass places nodes by graph distance alone, so it needs no style: without one
  // the instance is built and laid out in about half the time, with the same positions
  const styled = used === 'fcose';
  const cy = headlessInstance({
    styleEnabled: styled,
    ...(styled ? { style: NODE_STYLE as never } : {}),
    elements: [
      ...dataset.nodes.map((n) => ({ group: 'nodes' as const, data: { id: safe.get(n.id)! } })),
      ...dataset.edges.map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: safe.get(e.source)!, target: safe.get(e.target)! },
      })),
    ],
  });
  try {
    const options = {
      ...FCOSE_OPTIONS,
      fit: false,
      animate: false,
      ...(used === 'spectral' ? { quality: 'draft' } : {}),
    };
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
