import { center } from '../cy/commands';
import type { AppStore } from '../store';

/**
 * Selects a node (its details panel opens) and, on the graph, centres it. Opening the panel
 * narrows the graph, so the camera command waits until React has rendered the panel (two
 * frames); `center` then re-reads the graph's size before aiming, or it would aim at the old
 * middle (Cytoscape's own resize observer is debounced by 100 ms).
 */
export function showNode(store: AppStore, id: string) {
  const s = store.getState();
  s.select({ kind: 'node', id });
  if (s.view !== 'graph') return;
  requestAnimationFrame(() => requestAnimationFrame(() => center(store, id)));
}
