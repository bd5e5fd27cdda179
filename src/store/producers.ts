/** Pure state changes: (state, args) => partial state. Tested directly in Node. */
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import { sameMessage } from '../i18n/message';
import { loadedTours } from '../data/toursLoader';
import { NO_FILTERS, type AppState, type Notice, type Selection } from './types';

let nextNoticeId = 1;

export function select(_s: AppState, selection: Selection): Partial<AppState> {
  return { selection };
}

export function notify(s: AppState, notice: Omit<Notice, 'id'>): Partial<AppState> {
  // a message already shown is not shown twice
  if (s.notices.some((n) => sameMessage(n.message, notice.message))) return {};
  return { notices: [...s.notices, { ...notice, id: nextNoticeId++ }] };
}

/**
 * The tour and step to show: a step beyond the tour's end (a hand-edited link) becomes its last,
 * a tour the dataset cannot show (another dataset was loaded) ends, and none runs before the
 * tours are loaded (see data/toursLoader.ts).
 */
export function setTour(s: Pick<AppState, 'dataset'>, tour: AppState['tour']): Pick<AppState, 'tour'> {
  const tours = loadedTours();
  const at = tours && tours.resolveStep(tours.toursFor(s.dataset).tours, tour);
  return { tour: at ? { id: at.tour.id, step: at.index } : null };
}

/** A new dataset replaces the old one; choices that name its elements are cleared. */
export function loadDataset(
  _s: AppState,
  dataset: Dataset,
  name: string | null,
  positions: Positions | null,
  id: string | null = null,
): Partial<AppState> {
  return {
    dataset,
    datasetName: name,
    datasetId: id,
    positions,
    selection: null,
    focus: null,
    path: { from: null, to: null, edgeTypes: [] },
    tour: null,
    filters: NO_FILTERS,
    sizeBy: null,
    layout: 'preset',
  };
}
