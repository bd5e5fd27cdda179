/**
 * The guided tours (data/stories.json and the checks that keep a tour sound for the dataset shown)
 * are a chunk of their own, loaded when first needed: before start-up when the view to restore
 * names a tour, when the Tours tool opens, and otherwise once the page is idle (so that a broken
 * stories file is still reported). Until the chunk is in, no tour can be running: code that shows
 * or moves one reads `loadedTours()`, null until then.
 */
export type ToursModule = typeof import('./tours');

let loaded: ToursModule | null = null;
let pending: Promise<ToursModule> | null = null;

/** Loads the tours (once); a failed load may be tried again. */
export function loadTours(): Promise<ToursModule> {
  if (loaded) return Promise.resolve(loaded);
  return (pending ??= import('./tours').then(
    (m) => (loaded = m),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  ));
}

/** The tours, if they are loaded. */
export function loadedTours(): ToursModule | null {
  return loaded;
}
