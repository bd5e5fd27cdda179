import type { Core } from 'cytoscape';
import { ELEMENTS_READY, isDrawing } from '../drawElements';

/**
 * Calls `fn` once after elements are added to the graph (another dataset loaded): new elements
 * start without classes, so a controller re-applies its slice. Batched to one call per tick; while
 * a large dataset goes in chunk by chunk, once at the end instead, in a task of its own (so the
 * controllers' passes over every element do not add up to one long task).
 * Returns the function that removes the listener.
 */
export function onElementsAdded(cy: Core, fn: () => void): () => void {
  let pending = false;
  const onAdd = () => {
    if (pending || isDrawing(cy)) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      if (!cy.destroyed()) fn();
    });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onReady = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!cy.destroyed()) fn();
    }, 0);
  };
  cy.on('add', onAdd);
  cy.on(ELEMENTS_READY, onReady);
  return () => {
    clearTimeout(timer);
    cy.removeListener('add', onAdd);
    cy.removeListener(ELEMENTS_READY, onReady);
  };
}
