/**
 * Layouts. The built-in dataset ships positions computed once by `npm run layout` (fcose, seeded),
 * so start-up runs the preset layout: the same picture on every load. Other layouts run on demand.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;
export function registerExtensions() {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** A small seeded PRNG (mulberry32): fcose draws on Math.random, so runs are made repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator, restoring it afterwards. */
export function withSeed<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

export const LAYOUT_SEED = 20240321;

export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  fit: true,
  padding: 40,
  nodeSeparation: 90,
  idealEdgeLength: 110,
  nodeRepulsion: 9000,
  gravity: 0.25,
  numIter: 3000,
} as unknown as LayoutOptions;

const PRESET: LayoutOptions = { name: 'preset', fit: true, padding: 30 };

/**
 * The layout react-cytoscapejs runs on mount: always preset (stored positions). A dataset without
 * positions is laid out once after mount by the layout controller, with a seeded fcose.
 */
export const INITIAL_LAYOUT: LayoutOptions = PRESET;

/** Lays out the whole graph with fcose, seeded so that the same data always gives the same picture. */
export function runSeededFcose(cy: import('cytoscape').Core, options: Partial<LayoutOptions> = {}) {
  withSeed(LAYOUT_SEED, () => cy.layout({ ...FCOSE_OPTIONS, ...options } as LayoutOptions).run());
}
