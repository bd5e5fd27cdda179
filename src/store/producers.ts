/** Pure state changes: (state, args) => partial state. Tested directly in Node. */
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import { NO_FILTERS, type AppState, type Notice, type Selection } from './types';

let nextNoticeId = 1;

export function select(_s: AppState, selection: Selection): Partial<AppState> {
  return { selection };
}

export function notify(s: AppState, notice: Omit<Notice, 'id'>): Partial<AppState> {
  // the same text twice in a row is shown once
  if (s.notices.some((n) => n.text === notice.text)) return {};
  return { notices: [...s.notices, { ...notice, id: nextNoticeId++ }] };
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
