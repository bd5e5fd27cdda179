/**
 * Moving through a tour, shared by the tour panel's buttons and the keyboard shortcuts, so both
 * keep the step within the tour in the same way. Reads fresh state from the store (no stale closures).
 */
import { loadedTours } from '../../data/toursLoader';
import type { AppStore } from '../../store';

/** Moves the running tour by `delta` steps; false when there is no tour or it is already at that end. */
export function stepTour(store: AppStore, delta: number): boolean {
  const { tour, dataset } = store.getState();
  const tours = loadedTours();
  const at = tours && tours.resolveStep(tours.toursFor(dataset).tours, tour);
  if (!at) return false;
  const next = Math.min(Math.max(at.index + delta, 0), at.tour.steps.length - 1);
  if (next === at.index) return false;
  store.getState().setTour({ id: at.tour.id, step: next });
  return true;
}

/** Starts a tour at its first step (the tour panel is where its narrative is read). */
export function startTour(store: AppStore, id: string) {
  const s = store.getState();
  s.setTour({ id, step: 0 });
  if (s.tool !== 'tours') s.setTool('tours');
  if (s.view !== 'graph') s.setView('graph');
}
