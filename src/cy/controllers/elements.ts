/**
 * The graph view owns its elements: they are built from the dataset and put into the graph here,
 * never through react-cytoscapejs's element diff (which looks ids up in plain objects, so an id
 * such as `constructor` resolved to an Object.prototype member and was silently dropped). Another
 * dataset mounts a new instance (see CyView), so elements are never removed.
 *
 * A small dataset goes in at once, in one batch. A large one goes in chunks across frames, each
 * within a time budget, so the page keeps painting the progress bar and answering input: adding
 * 25,000 elements at once blocks even a bare Cytoscape page for seconds. Its positions are given
 * (laid out in the loading Worker), so no layout runs here. The controllers get the instance only
 * once every element is in, so filters, selection, sizes and labels are applied once, at the end.
 */
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { setNote } from '../scratch';
import { hideInternals } from '../inspectable';
import { buildElements, type ElementDefinition } from '../../graph/elements';
import { useAppStoreApi } from '../../store';
import { sessionFor } from '../../load/session';
import { applyLargeGraphOptions, chunkedAdder, isLarge } from '../largeGraph';
import { createStylesheet } from '../stylesheet';

/** Above this many elements they are added in chunks (below, one batch takes a frame or less). */
export const CHUNKED_ABOVE = 2_000;
/** Elements per cy.add call, and the time one task may spend adding before yielding. */
const CHUNK = 25;
const BUDGET_MS = 25;
/**
 * A note on the instance: how many elements are in, so an interrupted run goes on where it
 * stopped (a note, not `cy.scratch(key, value)`, which would restyle everything added so far).
 */
const ADDED = '_samverkanAdded';

/** Adds the given elements in one batch (one redraw, one style pass). */
export function addElements(cy: Core, elements: readonly ElementDefinition[]) {
  cy.batch(() => {
    hideInternals(cy, cy.add(elements as never));
  });
}

/** After the next paint, in a task of its own; returns a function that cancels it. */
function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => void (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Adds `elements` (nodes first) in chunks, each task within the time budget, reporting the share
 * in; `onDone` once all are. Returns a function that stops it (a later call goes on from there).
 */
export function addInChunks(
  cy: Core,
  elements: readonly ElementDefinition[],
  onProgress: (fraction: number) => void,
  onDone: () => void,
): () => void {
  let stop = () => {};
  const adder = chunkedAdder(cy);
  const step = () => {
    if (cy.destroyed()) return;
    const start = performance.now();
    let at = (cy.scratch(ADDED) as number | undefined) ?? 0;
    while (at < elements.length && performance.now() - start < BUDGET_MS) {
      hideInternals(cy, adder.add(elements.slice(at, at + CHUNK)));
      at = Math.min(elements.length, at + CHUNK);
    }
    setNote(cy, ADDED, at);
    onProgress(at / elements.length);
    if (at < elements.length) stop = afterPaint(step);
    else {
      adder.end();
      onDone();
    }
  };
  stop = afterPaint(step);
  return () => {
    stop();
    adder.end();
  };
}

/**
 * Puts the dataset's elements, in the language shown, into a new instance. Returns the instance
 * once every element is in (null until then): the other controllers act on that.
 */
export function useElements(cy: Core | null): Core | null {
  const store = useAppStoreApi();
  const [ready, setReady] = useState<Core | null>(null);
  useEffect(() => {
    if (!cy) return;
    const s = store.getState();
    const elements = buildElements(s.dataset, s.lang, s.positions ?? undefined);
    const done = () => {
      setReady(cy);
      // a user's file being loaded is drawn now
      sessionFor(store).reportDrawn();
    };
    if (cy.elements().length >= elements.length) return done();
    // a large network: Cytoscape's large-graph options, and plain lines for edges (largeGraph.ts)
    const large = isLarge(elements.length);
    applyLargeGraphOptions(cy, large);
    if (large) cy.style(createStylesheet({ large, types: s.dataset.types }) as never);
    if (elements.length <= CHUNKED_ABOVE) {
      addElements(cy, elements);
      return done();
    }
    return addInChunks(cy, elements, (f) => sessionFor(store).reportDrawing(f), done);
  }, [cy, store]);
  return ready === cy ? ready : null;
}
