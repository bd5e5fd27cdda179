import type { Core } from 'cytoscape';

/**
 * Calls `fn` once after elements are added to the graph (another dataset loaded): new elements
 * start without classes, so a controller re-applies its slice. Batched to one call per tick.
 * Returns the function that removes the listener.
 */
export function onElementsAdded(cy: Core, fn: () => void): () => void {
  let pending = false;
  const onAdd = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      if (!cy.destroyed()) fn();
    });
  };
  cy.on('add', onAdd);
  return () => void cy.removeListener('add', onAdd);
}
