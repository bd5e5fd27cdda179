/**
 * Cytoscape's options for large graphs, switched on above a size measured with the browser
 * benchmark (npm run bench:browser): while the camera moves, the graph is drawn from a texture
 * and edges are hidden (dragging the background at 5,000 nodes / 20,000 edges otherwise redraws
 * everything each frame, at about 5 fps); the canvas is drawn at one pixel per CSS pixel; no
 * motion blur. These are renderer settings that Cytoscape reads at creation; the instance here is
 * created once, so they are set on its renderer when a dataset's size crosses the threshold.
 */
import type { Core, NodeCollection } from 'cytoscape';
import { settleWatcher } from './controllers/settle';

/** Nodes plus edges above which the large-graph options apply. */
export const LARGE_GRAPH_ABOVE = 2_000;

type Renderer = {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  motionBlurEnabled?: boolean;
  motionBlur?: boolean;
  forcedPixelRatio?: number | null;
  /** Cytoscape's wheel gesture: on while the wheel turns, off 150 ms after its last step. */
  data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout> };
  redrawHint?: (what: string, on: boolean) => void;
  redraw?: () => void;
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

export function isLarge(elementCount: number): boolean {
  return elementCount > LARGE_GRAPH_ABOVE;
}

/** Turns the large-graph options on or off for the instance's renderer. */
export function applyLargeGraphOptions(cy: Core, large: boolean) {
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
  if (large) holdWheelGesture(cy);
}

type Internals = {
  _private: { batchStyleEles?: unknown };
  renderer?: () => { flushRenderedStyleQueue?: () => void } | undefined;
};
type StyleApply = { apply: (eles: unknown) => void };

/**
 * Adds elements by chunks, with the graph neither drawn nor restyled between them: one batch is
 * held open from the first chunk to the last, so Cytoscape's render loop skips its frames
 * (otherwise each frame restyles and redraws everything added so far, a task of seconds at
 * 20,000 elements that no progress bar can paint past). Each chunk's style is computed as it goes
 * in, within the chunk's task, with what the renderer derives from it, and the batch's own restyle
 * of all of them at its end is skipped.
 */
export function chunkedAdder(cy: Core) {
  cy.startBatch();
  let open = true;
  return {
    add(elements: readonly unknown[]) {
      const added = cy.add(elements as never);
      (cy.style() as unknown as StyleApply).apply(added);
      // and what the renderer derives from the style (label sizes, edge end points, bounds),
      // which it would otherwise work out for every element before the first frame
      (cy as unknown as Internals).renderer?.()?.flushRenderedStyleQueue?.();
      return added;
    },
    /** Moves nodes to their positions, with what the renderer derives from them (and their edges). */
    place(nodes: NodeCollection, positions: ReadonlyMap<string, { x: number; y: number }>) {
      nodes.positions((n) => positions.get(n.id()) ?? n.position());
      (cy as unknown as Internals).renderer?.()?.flushRenderedStyleQueue?.();
    },
    /** Ends the batch: one restyle-free notification, and the next frame draws the whole graph. */
    end() {
      if (!open || cy.destroyed()) return;
      open = false;
      (cy as unknown as Internals)._private.batchStyleEles = cy.collection();
      cy.endBatch();
    },
  };
}
