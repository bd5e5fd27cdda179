/**
 * Keeps the stored copy of the user's dataset in step with the view: whenever the query string
 * changes while a stored dataset is in use, it is written (debounced) so that a reload or a new
 * tab opens the same view. Positions are written by the graph (cy/controllers/keep.ts).
 */
import type { AppStore } from './index';
import { rememberLast, updateStored } from './keep';
import { toSearch } from './url';

export function startKeepSync(store: AppStore, delay = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const off = store.subscribe((s) => {
    const id = s.datasetId;
    if (!id) return;
    const view = toSearch(s);
    if (view === last) return;
    last = view;
    clearTimeout(timer);
    timer = setTimeout(() => void updateStored(id, { view }), delay);
  });
  const offId = store.subscribe(
    (s) => s.datasetId,
    (id, prev) => {
      // the dataset in use is the one to reopen; back to the built-in data forgets it
      if (id !== prev) rememberLast(id);
    },
  );
  return () => {
    clearTimeout(timer);
    off();
    offId();
  };
}
