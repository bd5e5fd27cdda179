/**
 * Puts a dataset's elements into the graph. A small dataset goes in at once, in one batch; a
 * large one in chunks across frames, each within a time budget, so the page keeps painting (the
 * progress bar) and answering: adding 25,000 elements at once blocks the page for seconds, even
 * on a bare Cytoscape page. While chunks go in, controllers wait (`isDrawing`); they re-apply
 * their slice once, on `ELEMENTS_READY`.
 */
import type { Core } from 'cytoscape';
import type { ElementDefinition } from '../graph/elements';
import { pauseRendering } from './largeGraph';

/** Above this many elements they are added in chunks (below, one batch is a frame or less). */
export const CHUNKED_ABOVE = 2_000;
/** Elements per cy.add call, and the time a frame may spend adding. */
const CHUNK = 250;
const BUDGET_MS = 40;

/** Emitted on the instance when every element of a chunked replacement is in. */
export const ELEMENTS_READY = 'samverkan-elements-ready';
const DRAWING = '_drawing';

/** True while a chunked replacement is under way: controllers skip the intermediate adds. */
export function isDrawing(cy: Core): boolean {
  return cy.scratch(DRAWING) === true;
}

export type DrawCallbacks = { onProgress?: (fraction: number) => void; onDone: () => void };

const nextFrame = (fn: () => void) => {
  if (typeof requestAnimationFrame === 'function') {
    // a frame for painting, then a task of its own for the next chunk
    const id = requestAnimationFrame(() => void (timer = setTimeout(fn, 0)));
    let timer: ReturnType<typeof setTimeout> | undefined;
    return () => {
      cancelAnimationFrame(id);
      clearTimeout(timer);
    };
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

/**
 * Replaces every element of the graph with `elements` (nodes before edges). Returns a function
 * that stops a chunked replacement part-way (the caller then replaces again).
 */
export function replaceElements(
  cy: Core,
  elements: readonly ElementDefinition[],
  done: DrawCallbacks,
): () => void {
  if (elements.length <= CHUNKED_ABOVE) {
    cy.scratch(DRAWING, false);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements as never);
    });
    done.onDone();
    return () => {};
  }
  cy.scratch(DRAWING, true);
  cy.batch(() => cy.elements().remove());
  // no frame is drawn until every chunk is in: each would redraw all elements so far
  const resume = pauseRendering(cy);
  let at = 0;
  let stop: () => void = () => {};
  let stopped = false;
  const step = () => {
    if (stopped || cy.destroyed()) return;
    const start = performance.now();
    while (at < elements.length && performance.now() - start < BUDGET_MS) {
      cy.add(elements.slice(at, at + CHUNK) as never);
      at += CHUNK;
    }
    done.onProgress?.(Math.min(1, at / elements.length));
    if (at < elements.length) return void (stop = nextFrame(step));
    cy.scratch(DRAWING, false);
    resume();
    cy.emit(ELEMENTS_READY);
    done.onDone();
  };
  stop = nextFrame(step);
  return () => {
    stopped = true;
    stop();
    resume();
    if (!cy.destroyed()) cy.scratch(DRAWING, false);
  };
}
