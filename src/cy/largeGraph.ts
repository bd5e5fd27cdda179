/**
 * Cytoscape's options for large graphs, switched on above a size measured with the browser
 * benchmark (npm run bench:browser): while the camera moves, the graph is drawn from a texture
 * and edges are hidden (dragging the background at 5,000 nodes / 20,000 edges otherwise redraws
 * everything each frame, at about 5 fps); the canvas is drawn at one pixel per CSS pixel; no
 * motion blur; the pointer's, the keyboard's and the selection's marks are kept off the elements
 * (see marks.ts), and Cytoscape's cached picture is kept for elements whose look did not change.
 * These are renderer settings that Cytoscape reads at creation; the instance here is
 * created once, so they are set on its renderer when a dataset's size crosses the threshold.
 */
import type { Collection, Core } from 'cytoscape';
import { settleWatcher } from './controllers/settle';
import { keepMarksOff } from './marks';

/** Nodes plus edges above which the large-graph options apply. */
export const LARGE_GRAPH_ABOVE = 2_000;

type Renderer = {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  motionBlurEnabled?: boolean;
  motionBlur?: boolean;
  forcedPixelRatio?: number | null;
  /** Cytoscape's wheel gesture: on while the wheel turns, off 150 ms after its last step. */
  data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout>; lyrTxrCache?: LayerCache };
  redrawHint?: (what: string, on: boolean) => void;
  redraw?: () => void;
};

/** Cytoscape's cache of the network's picture in layers (its layered texture cache). */
type LayerCache = { invalidateElements: (eles: Collection) => void };
type ElePrivate = {
  _private: {
    group: 'nodes' | 'edges';
    styleKey?: unknown;
    position: { x: number; y: number };
    source?: { _private: { position: { x: number; y: number } } };
    target?: { _private: { position: { x: number; y: number } } };
  };
};

const rendererOf = (cy: Core) => (cy as unknown as { renderer?: () => Renderer | undefined }).renderer?.();

/**
 * Quiet time after a wheel step (counted from the end of the frame that drew it) before the wheel
 * gesture ends: Cytoscape's own 150 ms.
 */
const WHEEL_END_MS = 150;
const held = new WeakSet<Core>();

/**
 * Keeps Cytoscape's wheel gesture going while the steps come, however long a frame takes. It ends
 * the gesture (drawing from the texture, edges hidden) 150 ms after the last wheel event; on a
 * large graph a frame can take longer than that, so the gesture would end between two steps of
 * one turn, the whole graph be drawn at the new zoom, and the texture be made again at the next
 * step: a turn step by step would draw everything at every step. Here the end waits for a quiet
 * spell counted from the end of the frame that drew the last step (see controllers/settle.ts).
 */
function holdWheelGesture(cy: Core) {
  const container = cy.container();
  if (!container || held.has(cy)) return;
  held.add(cy);
  const end = () => {
    const r = rendererOf(cy);
    if (!r?.data?.wheelZooming || cy.destroyed()) return;
    r.data.wheelZooming = false;
    r.redrawHint?.('eles', true);
    r.redraw?.();
  };
  const settle = settleWatcher(WHEEL_END_MS, end);
  // after Cytoscape's own wheel listener (registered when the instance was made)
  const onWheel = () => {
    const r = rendererOf(cy);
    if (!r?.data?.wheelZooming) return;
    clearTimeout(r.data.wheelTimeout);
    settle.moved();
  };
  const onRender = () => settle.drawn();
  container.addEventListener('wheel', onWheel, { passive: true });
  cy.on('render', onRender);
  cy.one('destroy', () => {
    container.removeEventListener('wheel', onWheel);
    cy.removeListener('render', onRender);
    settle.dispose();
  });
}

/** What an element looks like where it is: its style's key and its place (an edge's: its ends'). */
function lookOf(ele: unknown): string {
  const p = (ele as ElePrivate)._private;
  const at = (q: { x: number; y: number } | undefined) => (q ? `${q.x},${q.y}` : '');
  if (p.group === 'nodes') return `${String(p.styleKey)}@${at(p.position)}`;
  return `${String(p.styleKey)}@${at(p.source?._private.position)}>${at(p.target?._private.position)}`;
}

const kept = new WeakSet<Core>();

/**
 * Cytoscape throws away the layers of its cached picture (see LayerCache) that hold any element
 * whose style was applied again, whether the element's look changed or not: a node pressed (its
 * `:active` state, which draws nothing here), a class that changes no property. At 25,000
 * elements the frames after that draw every element of those layers one by one, seconds of work.
 * Here a layer is thrown away only for an element whose look or place changed since it was last
 * asked about.
 */
function keepLayersOfUnchangedLooks(cy: Core) {
  const cache = rendererOf(cy)?.data?.lyrTxrCache;
  if (!cache || kept.has(cy)) return;
  kept.add(cy);
  const seen = new WeakMap<object, string>();
  const invalidate = cache.invalidateElements.bind(cache);
  cache.invalidateElements = (eles: Collection) => {
    const changed = eles.filter((ele) => {
      const look = lookOf(ele);
      if (seen.get(ele) === look) return false;
      seen.set(ele, look);
      return true;
    });
    invalidate(changed);
  };
}

export function isLarge(elementCount: number): boolean {
  return elementCount > LARGE_GRAPH_ABOVE;
}

/** Turns the large-graph options on or off for the instance's renderer. */
export function applyLargeGraphOptions(cy: Core, large: boolean) {
  // hover, keyboard focus, selection and emphasis drawn on a layer, not on the elements (marks.ts)
  keepMarksOff(cy, large);
  cy.autounselectify(large);
  const r = rendererOf(cy);
  if (!r) return; // headless
  const pixelRatio = large ? 1 : null;
  const changed = r.forcedPixelRatio !== pixelRatio;
  r.hideEdgesOnViewport = large;
  r.textureOnViewport = large;
  r.motionBlurEnabled = false;
  r.motionBlur = false;
  r.forcedPixelRatio = pixelRatio;
  if (changed) cy.resize(); // the canvases take the new pixel ratio
  if (large) {
    holdWheelGesture(cy);
    keepLayersOfUnchangedLooks(cy);
  }
}
