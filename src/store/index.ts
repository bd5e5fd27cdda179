import { createStore, useStore as useZustand } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import type { Lang } from '../i18n/resources';
import { DEFAULT_FILTERS, type AppState, type Filters, type Notice, type Selection } from './types';
import * as p from './producers';

export * from './types';

export type Actions = {
  setLang: (lang: Lang) => void;
  select: (selection: Selection) => void;
  setLayout: (layout: AppState['layout']) => void;
  setView: (view: AppState['view']) => void;
  setTool: (tool: AppState['tool']) => void;
  toggleTool: (tool: NonNullable<AppState['tool']>) => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setFocus: (focus: AppState['focus']) => void;
  setPath: (patch: Partial<AppState['path']>) => void;
  setSizeBy: (metric: AppState['sizeBy']) => void;
  setTour: (tour: AppState['tour']) => void;
  setPresentation: (on: boolean) => void;
  loadDataset: (dataset: Dataset, name: string | null, positions?: Positions | null, id?: string | null) => void;
  /** Records that the dataset in use is stored on this device under `id` (null: it no longer is). */
  setDatasetId: (id: string | null) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  /** Applies a patch read from the URL (already checked against the dataset). */
  restore: (patch: Partial<AppState>) => void;
};

export type Store = AppState & Actions;

export function initialState(dataset: Dataset, lang: Lang, positions: Positions | null = null): AppState {
  return {
    dataset,
    datasetName: null,
    datasetId: null,
    positions,
    lang,
    selection: null,
    layout: 'preset',
    view: 'graph',
    tool: null,
    filters: DEFAULT_FILTERS,
    focus: null,
    path: { from: null, to: null, edgeTypes: [] },
    sizeBy: null,
    tour: null,
    presentation: false,
    notices: [],
  };
}

/**
 * Creates the app store. Actions are thin wrappers over the pure producers in producers.ts;
 * URL and localStorage sync live in subscribers (url.ts, persist.ts), not in actions.
 */
export function createAppStore(state: AppState) {
  return createStore<Store>()(
    subscribeWithSelector((set) => ({
      ...state,
      setLang: (lang) => set({ lang }),
      select: (selection) => set((s) => p.select(s, selection)),
      setLayout: (layout) => set({ layout }),
      setView: (view) => set({ view }),
      setTool: (tool) => set({ tool }),
      toggleTool: (tool) => set((s) => ({ tool: s.tool === tool ? null : tool })),
      setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
      resetFilters: () => set({ filters: DEFAULT_FILTERS }),
      setFocus: (focus) => set({ focus }),
      setPath: (patch) => set((s) => ({ path: { ...s.path, ...patch } })),
      setSizeBy: (sizeBy) => set({ sizeBy }),
      setTour: (tour) => set({ tour }),
      setPresentation: (presentation) => set({ presentation }),
      loadDataset: (dataset, name, positions = null, id = null) =>
        set((s) => p.loadDataset(s, dataset, name, positions, id)),
      setDatasetId: (datasetId) => set({ datasetId }),
      notify: (notice) => set((s) => p.notify(s, notice)),
      dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      restore: (patch) => set(patch),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

let current: AppStore | null = null;

/** The app's one store, set once at start-up (tests make their own with createAppStore). */
export function setAppStore(store: AppStore) {
  current = store;
}

export function getAppStore(): AppStore {
  if (!current) throw new Error('The app store is not created yet');
  return current;
}

/** Hook into the app store with a selector (module-level selectors keep renders cheap). */
export function useAppStore<T>(selector: (s: Store) => T): T {
  return useZustand(getAppStore(), selector);
}
