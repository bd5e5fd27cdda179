/**
 * A large dataset goes into the graph in chunks across frames, each within a time budget, so the
 * page keeps painting the progress bar and answering input (see elements.ts, which loads this
 * module with the first large dataset).
 */
import type { CollectionReturnValue, Core, NodeCollection, NodeSingular } from 'cytoscape';
import { setNote } from '../scratch';
import { hideInternals } from '../inspectable';
import type { ElementDefinition, Positions } from '../../graph/elements';
import { mark } from '../../load/marks';
import { afterPaint } from '../afterPaint';

/** Elements per cy.add call (nodes per placing call), and the time one task may spend before yielding. */
const CHUNK = 10;
const BUDGET_MS = 12;
/** The share of the work reported for adding the elements when they are placed afterwards. */
const ADDING_SHARE = 0.7;
/** Nodes moved per call when placing (moving one without events costs next to nothing). */
const PLACE_CHUNK = 200;
/** Progress is reported at most this often (each report re-renders the Data panel). */
const REPORT_EVERY_MS = 150;
/**
 * A note on the instance: how many elements are in, so an interrupted run goes on where it
 * stopped (a note, not `cy.scratch(key, value)`, which would restyle everything added so far).
 */
const ADDED = '_samverkanAdded';

type Internals = {
  _private: { batchStyleEles?: unknown };
  renderer?: () =>
    | {
        flushRenderedStyleQueue?: () => void;
        recalculateRenderedStyle?: (eles: unknown, useCache: boolean) => void;
        getCachedZSortedEles?: (forceRecalc?: boolean) => unknown[];
        cachedZSortedEles?: unknown[] | null;
      }
    | undefined;
};
/** What the hold below uses of the canvas renderer and its layered cache (Cytoscape 3.34). */
type LayeredCache = {
  getLayers: (eles: unknown[], pxRatio: number, lvl?: number) => unknown[] | null;
  levelIsComplete: (lvl: number, eles: unknown[]) => boolean;
  /** Draws the next element waiting for its layer; returns what it did (nothing: none waits). */
  dequeue: (pxRatio: number) => unknown[];
  layersByLevel: Record<number, { context?: CanvasRenderingContext2D; elesQueue?: unknown[] }[] | undefined>;
  skipping: boolean;
};
type HeldRenderer = {
  data?: { lyrTxrCache?: LayeredCache };
  getPixelRatio?: () => number;
  getCachedZSortedEles?: () => unknown[] & { nondrag?: unknown[] };
  redraw: (options?: unknown) => void;
  redrawHint: (group: string, value: boolean) => void;
  requestedFrame: boolean;
};
type Private = { _private: { rstyle: { clean?: boolean; cleanConnected?: boolean } } };
type StyleApply = { apply: (eles: unknown) => void };

/**
 * Works out the bounding boxes of elements whose rendered style is up to date, and leaves the
 * renderer nothing to do for them. Cytoscape computes an element's box the first time it is read,
 * and says so with a `bounds` event, on which its renderer marks the element's rendered style
 * (and a node's edges') stale and queues it for the next frame. Left to the first frame, that is
 * every box of a large network read while it is drawn (20,000 edges' figures worked out again a
 * frame later); read by the start-up framing first, every node's, and with them every edge's
 * figures in the first frame. Nothing has moved
 * or been restyled since the style was worked out, so the elements are marked up to date again
 * and the renderer's queue, which now holds only them, emptied.
 */
function settleBounds(cy: Core, eles: CollectionReturnValue) {
  const r = (cy as unknown as Internals).renderer?.();
  if (!r?.flushRenderedStyleQueue || eles.empty()) return;
  eles.boundingBox();
  for (let i = 0; i < eles.length; i++) {
    const rstyle = (eles[i] as unknown as Private)._private.rstyle;
    rstyle.clean = true;
    rstyle.cleanConnected = true;
  }
  r.flushRenderedStyleQueue();
}

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
  /** The elements in drawing order, sorted ahead of the first frame (see `sort`). */
  let sorted: unknown[] | null = null;
  return {
    /**
     * Adds and styles elements; `derive`: also what the renderer derives from their style and
     * place now (left out for elements that are about to move: see `derive`).
     */
    add(elements: readonly unknown[], derive = true) {
      const added = cy.add(elements as never);
      (cy.style() as unknown as StyleApply).apply(added);
      // and what the renderer derives from the style (label sizes, edge end points, bounds),
      // which it would otherwise work out for every element before the first frame
      if (derive) {
        (cy as unknown as Internals).renderer?.()?.flushRenderedStyleQueue?.();
        settleBounds(cy, added);
      }
      return added;
    },
    /**
     * Moves nodes to their positions without events (each would queue the node and its edges
     * for the renderer again); `derive` then works out what follows from the new places.
     */
    place(nodes: NodeCollection, positions: ReadonlyMap<string, { x: number; y: number }>) {
      // `positions(fn, silent)`: the silent form is not in Cytoscape's type definitions
      const move = nodes.positions.bind(nodes) as unknown as (
        fn: (n: NodeSingular) => { x: number; y: number },
        silent: boolean,
      ) => void;
      move((n) => positions.get(n.id()) ?? n.position(), true);
    },
    /**
     * What the renderer derives from elements' style and place (label sizes and positions, edge
     * end points), for elements added without it, worked out now, once, for these alone, with
     * their boxes (see settleBounds, which also marks their nodes' edges' figures up to date, so
     * the first frame does not work out every edge again).
     */
    derive(eles: CollectionReturnValue) {
      (cy as unknown as Internals).renderer?.()?.recalculateRenderedStyle?.(eles, false);
      settleBounds(cy, eles);
    },
    /**
     * Sorts the elements in the order they are drawn in, a task of its own once all are in (about
     * 100 ms at 25,000 elements), which the renderer would otherwise do in its first frame.
     */
    sort() {
      if (!cy.destroyed())
        sorted = (cy as unknown as Internals).renderer?.()?.getCachedZSortedEles?.(true) ?? null;
    },
    /** Ends the batch: one restyle-free notification, and the next frame draws the whole graph. */
    end() {
      if (!open || cy.destroyed()) return;
      open = false;
      (cy as unknown as Internals)._private.batchStyleEles = cy.collection();
      cy.endBatch();
      // the batch's notice of the elements added drops the order: it still holds if none came since
      const r = (cy as unknown as Internals).renderer?.();
      if (r && sorted && r.cachedZSortedEles == null && sorted.length === cy.elements().length)
        r.cachedZSortedEles = sorted;
      sorted = null;
    },
  };
}

/** The layered cache is not used past this zoom, nor outside these levels (layered-texture-cache.mjs). */
const LAYERS_MAX_ZOOM = 3.99;
const LAYERS_MIN_LEVEL = -4;
const LAYERS_MAX_LEVEL = 2;
/** The longest the drawing is held for the layers, whatever happens meanwhile. */
export const HOLD_MAX_MS = 5000;
/** How long each frame of the hold spends drawing elements into their layers. */
const LAYERING_MS = 32;
/** Elements drawn into their layers between two paints of the layers (see `fill`). */
const FILL_STEP = 250;

/** An element as the cache of its box sees it (Cytoscape's own fields). */
type Boxed = { _private: { bbCache?: unknown; styleDirty?: boolean } };
type BoxReader = { boundingBox: (this: ArrayLike<Boxed>, options?: unknown) => unknown };

/**
 * Runs `work` with an element's own box, read with no options, taken straight from Cytoscape's
 * cache of it when there is one and its style has not changed since. The layered cache's first
 * order reads every element's box that way, one by one; at 25,000 elements that was most of a
 * task of 120 to 215 ms, though the boxes were all cached (worked out as the elements went in:
 * see settleBounds), because each read first checks, for that one element, whether it moved.
 * The caller makes sure none did (no node has moved since the boxes were worked out). Cytoscape
 * empties a cached box when the element's style or data change, so those are read afresh.
 */
export function readingCachedBoxes<T>(cy: Core, work: () => T): T {
  const reader = Object.getPrototypeOf(cy.collection()) as BoxReader;
  const own = reader.boundingBox;
  reader.boundingBox = function (options) {
    if (options === undefined && this.length === 1) {
      const p = this[0]!._private;
      if (p.bbCache && !p.styleDirty) return p.bbCache;
    }
    return own.call(this, options);
  };
  try {
    return work();
  } finally {
    reader.boundingBox = own;
  }
}

/**
 * Holds Cytoscape's drawing of a large network until its layered cache holds the whole graph at
 * the zoom shown, then draws it from there; `onDrawn` after that frame is asked for.
 *
 * Until its layers are complete, Cytoscape draws every element one by one in each frame: at
 * 25,000 elements the first frame is a task of about half a second that nothing can split. The
 * layers are filled a few hundred elements at a time, in a share of each frame (see `fill`), so
 * while the drawing is held the page keeps answering. The hold ends at once where there are no
 * layers to wait for (zoomed in past where Cytoscape uses them, a graph too big for one), when the
 * zoom changes after the layers were asked for, and after HOLD_MAX_MS at the latest. The names
 * and the emphasis, drawn on layers of the app's own, are hidden meanwhile (styles/graph.css).
 * `onProgress` hears the share of the elements in their layers. Returns a function that ends it
 * (the graph drawn as it is, `onDrawn` not called: the load it belonged to is over).
 */
export function drawWhenLayered(
  cy: Core,
  onDrawn: () => void,
  onProgress: (fraction: number) => void = () => {},
): () => void {
  const r = (cy as unknown as Internals).renderer?.() as unknown as HeldRenderer | undefined;
  const cache = r?.data?.lyrTxrCache;
  if (!r || !cache || !r.getPixelRatio || !r.getCachedZSortedEles) {
    onDrawn();
    return () => {};
  }
  const started = performance.now();
  // whether a node has moved since the hold began (the boxes read as the elements went in are
  // then no longer sure to be current: see readingCachedBoxes)
  let moved = false;
  const onMoved = () => void (moved = true);
  cy.on('position', onMoved);
  /** The level whose layers were asked for, once they were. */
  let asked: number | null = null;
  let held = true;
  const container = cy.container();
  container?.setAttribute('data-drawing', 'held');
  // frames asked for meanwhile are drawn once, when the hold ends (an own property over the method)
  r.redraw = () => {};
  r.requestedFrame = false;
  const release = (draw: boolean, report = draw) => {
    if (!held) return;
    held = false;
    cancelAnimationFrame(frame);
    cy.off('position', onMoved);
    delete (r as Partial<HeldRenderer>).redraw;
    container?.removeAttribute('data-drawing');
    if (!draw || cy.destroyed()) return;
    r.redrawHint('eles', true);
    r.redrawHint('drag', true);
    r.redraw();
    if (!report) return;
    onProgress(1);
    onDrawn();
  };
  /**
   * Cytoscape fills the layers in what is left of a frame it does not draw, a few ms after the
   * app's own work: the hold fills them for LAYERING_MS of each frame. A layer's canvas is not in
   * the page, so the browser would paint what was drawn into it only when something needs its
   * pixels, all at once (a task of about 200 ms at 25,000 elements): reading one pixel has each
   * step's drawing painted within the step.
   */
  let reported = -Infinity;
  const fill = (lvl: number, pxRatio: number, total: number) => {
    const start = performance.now();
    let more = true;
    while (more && performance.now() - start < LAYERING_MS) {
      for (let i = 0; more && i < FILL_STEP; i++) more = cache.dequeue(pxRatio).length > 0;
      for (const layer of cache.layersByLevel[lvl] ?? []) layer.context?.getImageData(0, 0, 1, 1);
    }
    if (performance.now() - reported < REPORT_EVERY_MS || total === 0) return;
    reported = performance.now();
    let waiting = 0;
    for (const layer of cache.layersByLevel[lvl] ?? []) waiting += layer.elesQueue?.length ?? 0;
    onProgress(Math.max(0, 1 - waiting / total));
  };
  const check = () => {
    if (cy.destroyed()) return release(false);
    const zoom = cy.zoom();
    const pxRatio = r.getPixelRatio!();
    const lvl = Math.max(LAYERS_MIN_LEVEL, Math.ceil(Math.log2(zoom * pxRatio)));
    const eles = r.getCachedZSortedEles!();
    const drawn = eles.nondrag ?? eles;
    if (
      zoom >= LAYERS_MAX_ZOOM ||
      lvl > LAYERS_MAX_LEVEL ||
      performance.now() - started > HOLD_MAX_MS ||
      (asked !== null && asked !== lvl) ||
      cache.levelIsComplete(lvl, drawn)
    )
      return release(true);
    // the cache takes no order for layers while elements have just changed (it is "skipping");
    // asked again in each frame after, for layers that a change meanwhile made invalid
    if (!cache.skipping) {
      const first = asked === null;
      if (first && !moved) readingCachedBoxes(cy, () => cache.getLayers(drawn, pxRatio, lvl));
      else cache.getLayers(drawn, pxRatio, lvl);
      // a graph whose layer would be too big has none: nothing to wait for
      if (!cache.layersByLevel[lvl]?.length) return release(true);
      asked = lvl;
      // the first order reads every element's box (a task of its own at 25,000 elements)
      if (first) return void (frame = requestAnimationFrame(check));
    }
    if (asked !== null) fill(lvl, pxRatio, drawn.length);
    frame = requestAnimationFrame(check);
  };
  let frame = requestAnimationFrame(check);
  return () => release(true, false);
}

/**
 * Runs `work` in tasks after paints, each until it returns true (done) or the time budget is
 * spent; `onDone` after the last. Returns a function that stops it.
 */
function inBudget(work: () => boolean, onDone: () => void): () => void {
  let stop = afterPaint(function step() {
    const start = performance.now();
    let done = false;
    while (!done && performance.now() - start < BUDGET_MS) done = work();
    if (done) onDone();
    else stop = afterPaint(step);
  });
  return () => stop();
}

/**
 * Adds `elements` (nodes first) in chunks, each task within the time budget, reporting the share
 * done (at most every REPORT_EVERY_MS, and at the end); `onDone` once all are in and placed. With
 * `placing`, the elements go in where they are (their layout still running); once the positions
 * come, the nodes in so far are placed in chunks and what follows from their places worked out,
 * and the rest go in at their places, their figures worked out as they go in (a layout that ends
 * before the adding saves most of the placing). The batch ends only after the last. Returns a
 * function that stops it (a later call goes on from where the adding stopped).
 */
export function addInChunks(
  cy: Core,
  elements: readonly ElementDefinition[],
  onProgress: (fraction: number) => void,
  onDone: () => void,
  placing: Promise<Positions> | null = null,
): () => void {
  let stopped = false;
  let stop = () => {};
  const adder = chunkedAdder(cy);
  let reported = -Infinity;
  const report = (fraction: number, always = false) => {
    const now = performance.now();
    if (!always && now - reported < REPORT_EVERY_MS) return;
    reported = now;
    onProgress(fraction);
  };
  /** The positions, once they came (none are awaited without `placing`). */
  let positions: Positions | null = null;
  /** Whether every element in so far is at its place, with its figures worked out. */
  let placed = !placing;
  void placing?.then((p) => void (positions = p));
  let at = (cy.scratch(ADDED) as number | undefined) ?? 0;
  // the share of the work each part is: adding, and placing what went in before the positions
  const placeShare = placing ? 1 - ADDING_SHARE : 0;
  const fraction = (placedDone: number) =>
    (1 - placeShare) * (at / elements.length) + placeShare * placedDone;
  // the drawing order is sorted in a task of its own, then the batch ends in the next
  const finish = () => {
    adder.sort();
    stop = afterPaint(() => {
      adder.end();
      onDone();
    });
  };
  /** A node's definition with its place from the layout. */
  const atPlace = (d: ElementDefinition): ElementDefinition => {
    if (d.group !== 'nodes') return d;
    const p = positions?.get(d.data.id);
    return p ? { ...d, position: { ...p } } : d;
  };
  /** The elements in so far to their places, then what follows from the places; `then` after. */
  const place = (then: () => void) => {
    if (stopped || cy.destroyed()) return;
    const nodes = cy.nodes();
    const all = cy.elements();
    let k = 0;
    const total = nodes.length + all.length;
    // the nodes to their places, then what follows from the places for every element (nodes first)
    stop = inBudget(
      () => {
        if (k < nodes.length) adder.place(nodes.slice(k, k + PLACE_CHUNK), positions!);
        else adder.derive(all.slice(k - nodes.length, k - nodes.length + CHUNK));
        // (the last chunk of nodes ends at the last node: the figures start with the first element)
        k = k < nodes.length ? Math.min(nodes.length, k + PLACE_CHUNK) : k + CHUNK;
        const end = k >= total;
        report(Math.min(1, fraction(Math.min(1, k / total))), end && at >= elements.length);
        return end;
      },
      () => {
        placed = true;
        then();
      },
    );
  };
  const added = () => {
    if (cy.destroyed()) return;
    if (at < elements.length) return place(adding); // the positions came: place what is in, go on
    mark('added');
    const done = () => {
      mark('placed');
      finish();
    };
    if (placed) return done();
    void placing!.then(() => place(done));
  };
  const adding = () => {
    stop = inBudget(() => {
      if (cy.destroyed()) return true;
      if (!placed && positions) return true; // placed first (see `added`)
      // a dataset still being laid out: its figures are worked out once it is placed
      const chunk = elements.slice(at, at + CHUNK);
      hideInternals(cy, adder.add(positions ? chunk.map(atPlace) : chunk, placed));
      at = Math.min(elements.length, at + CHUNK);
      setNote(cy, ADDED, at);
      report(fraction(placed ? 1 : 0), at >= elements.length && placed);
      return at >= elements.length;
    }, added);
  };
  mark('adding');
  adding();
  return () => {
    stopped = true;
    stop();
    adder.end();
  };
}
