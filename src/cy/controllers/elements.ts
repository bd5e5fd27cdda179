/**
 * The graph view owns its elements: they are built from the dataset and put into the graph here,
 * never through react-cytoscapejs's element diff (which looks ids up in plain objects, so an id
 * such as `constructor` resolved to an Object.prototype member and was silently dropped). Another
 * dataset mounts a new instance (see CyView), so elements are never removed.
 *
 * A small dataset goes in at once, in one batch. A large one goes in chunks across frames, each
 * within a time budget, so the page keeps painting the progress bar and answering input: adding
 * 25,000 elements at once blocks even a bare Cytoscape page for seconds. Its positions are given
 * (laid out in the loading Worker), so no layout runs here; a dataset whose layout is still
 * running there goes in meanwhile and is placed, in chunks too, when its positions come. The
 * controllers get the instance only once every element is in and placed, so filters, selection,
 * sizes and labels are applied once, at the end.
 */
import { useLayoutEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { setNote } from '../scratch';
import { hideInternals } from '../inspectable';
import { buildElements, type ElementDefinition } from '../../graph/elements';
import type { Positions } from '../../graph/elements';
import { useAppStoreApi } from '../../store';
import { sessionFor } from '../../load/session';
import { mark } from '../../load/marks';
import { applyLargeGraphOptions, chunkedAdder, isLarge } from '../largeGraph';
import { createStylesheet } from '../stylesheet';
import { afterPaint } from '../afterPaint';

/** Above this many elements they are added in chunks (below, one batch takes a frame or less). */
export const CHUNKED_ABOVE = 2_000;
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
/**
 * A note on the instance: the language its elements were built in, so the language controller
 * need not read 25,000 labels again to find them all as they are when the graph becomes ready.
 */
export const BUILT_IN_LANG = '_samverkanLang';

/** Adds the given elements in one batch (one redraw, one style pass). */
export function addElements(cy: Core, elements: readonly ElementDefinition[]) {
  cy.batch(() => {
    hideInternals(cy, cy.add(elements as never));
  });
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

/**
 * Puts the dataset's elements, in the language shown, into a new instance. Returns the instance
 * once every element is in (null until then): the other controllers act on that.
 *
 * A layout effect: a small dataset is in, and the instance handed to the controllers, in the task
 * that made the instance (an update from a layout effect is rendered at once, and that render's
 * effects run with it), so the controllers' classes, the camera and the first label pass are all
 * set before Cytoscape draws its first frame, which is then the picture at rest.
 */
export function useElements(cy: Core | null): Core | null {
  const store = useAppStoreApi();
  const [ready, setReady] = useState<Core | null>(null);
  useLayoutEffect(() => {
    if (!cy) return;
    const done = () => {
      setReady(cy);
      // a user's file being loaded is drawn now
      sessionFor(store).reportDrawn();
    };
    const start = (): (() => void) | void => {
      const s = store.getState();
      const elements = buildElements(s.dataset, s.lang, s.positions ?? undefined);
      const fresh = cy.elements().empty();
      if (cy.elements().length >= elements.length) return done();
      // (a run that goes on from where an earlier one stopped may mix two languages: unknown)
      setNote(cy, BUILT_IN_LANG, fresh || cy.scratch(BUILT_IN_LANG) === s.lang ? s.lang : null);
      // a large network: Cytoscape's large-graph options, and plain lines for edges (largeGraph.ts)
      const large = isLarge(elements.length);
      applyLargeGraphOptions(cy, large);
      if (large) cy.style(createStylesheet({ large, types: s.dataset.types }) as never);
      // a dataset whose layout is still running goes in where it is, and is placed when laid out
      // (one whose positions came before this started has them in its elements already)
      const placing = s.positions ? null : sessionFor(store).placing(s.dataset);
      if (elements.length <= CHUNKED_ABOVE) {
        addElements(cy, elements);
        if (!placing) return done();
        let live = true;
        void placing.then((positions) => {
          if (!live || cy.destroyed()) return;
          cy.batch(() => void cy.nodes().positions((n) => positions.get(n.id()) ?? n.position()));
          done();
        });
        return () => void (live = false);
      }
      return addInChunks(cy, elements, (f) => sessionFor(store).reportDrawing(f), done, placing);
    };
    const { nodes, edges } = store.getState().dataset;
    if (nodes.length + edges.length <= CHUNKED_ABOVE) return start();
    // a large dataset is taken in by the store and React in one task (the new graph mounted):
    // building its elements and setting up the instance wait for the next, after a paint
    let stop: (() => void) | void;
    const cancel = afterPaint(() => void (stop = start()));
    return () => {
      cancel();
      stop?.();
    };
  }, [cy, store]);
  return ready === cy ? ready : null;
}
