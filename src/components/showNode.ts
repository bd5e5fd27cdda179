import { center, commandTarget } from '../cy/commands';
import type { AppStore } from '../store';

/**
 * Selects a node (its details panel opens) and, on the graph, centres it. Opening the panel
 * narrows the graph, and Cytoscape learns its new size only through a debounced (100 ms) resize
 * observer; so, once React has rendered the panel, the size is re-read (cy.resize) before
 * centring, or the camera would aim at the old middle.
 */
export function showNode(store: AppStore, id: string) {
  const s = store.getState();
  s.select({ kind: 'node', id });
  if (s.view !== 'graph') return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      commandTarget(store)?.resize();
      center(store, id);
    }),
  );
}
