import { createStore } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Core } from 'cytoscape';
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import type { ListGroupBy, ListSortBy } from '../graph/listing';
import type { Lang } from '../i18n/resources';
import type { LoadStatus } from '../load/status';
import { NO_FILTERS, type AppState, type GraphFilters, type Notice, type Selection } from './types';
import * as p from './producers';
import * as quiz from './quiz';
import type { QuizSession } from './quiz';
import * as presenting from './presenting';
import type { Presenting } from './presenting';

export * from './types';

/**
 * What the app holds while it runs but never links to or remembers: the Cytoscape instance the
 * graph view registers when it mounts (null while no graph is mounted).
 */
export type RuntimeState = {
  cy: Core | null;
  /** The self-test round in progress (see quiz.ts). */
  quiz: QuizSession;
  /** Whether the keyboard-shortcuts dialog is open (not part of a view worth linking to). */
  helpOpen: boolean;
  /** Choices in the text views that outlive a trip to the graph (the views unmount). */
  viewPrefs: ViewPrefs;
  /** Presentation mode's full screen and focus (see presenting.ts). */
  presenting: Presenting;
  /** Where the load of a user's file stands (src/load/session.ts runs it). */
  loadStatus: LoadStatus;
};

export type ViewPrefs = { groupBy: ListGroupBy; sortBy: ListSortBy; glossaryQuery: string };
export const DEFAULT_VIEW_PREFS: ViewPrefs = { groupBy: 'type', sortBy: 'name', glossaryQuery: '' };

export type Actions = {
  /** Called by the graph view: the instance camera commands and exports act on (null when it goes). */
  setCy: (cy: Core | null) => void;
  setLang: (lang: Lang) => void;
  select: (selection: Selection) => void;
  setLayout: (layout: AppState['layout']) => void;
  setView: (view: AppState['view']) => void;
  setTool: (tool: AppState['tool']) => void;
  toggleTool: (tool: NonNullable<AppState['tool']>) => void;
  setFilters: (patch: Partial<GraphFilters>) => void;
  /** Every filter back to its default; the display choices (fade) stay. */
  resetFilters: () => void;
  setFade: (fade: boolean) => void;
  setFocus: (focus: AppState['focus']) => void;
  setPath: (patch: Partial<AppState['path']>) => void;
  setSizeBy: (metric: AppState['sizeBy']) => void;
  setTour: (tour: AppState['tour']) => void;
  setPresentation: (on: boolean) => void;
  /** "Present": presentation mode, in full screen if the browser allows it. */
  enterPresentation: () => void;
  leavePresentation: () => void;
  toggleFullscreen: () => void;
  /** Called by the full-screen controller with what the browser did. */
  fullscreenChanged: (on: boolean) => void;
  fullscreenRefused: () => void;
  /** Called by the presentation bar once it has taken focus. */
  focusMoved: () => void;
  loadDataset: (
    dataset: Dataset,
    name: string | null,
    positions?: Positions | null,
    id?: string | null,
  ) => void;
  /** Records that the dataset in use is stored on this device under `id` (null: it no longer is). */
  setDatasetId: (id: string | null) => void;
  setLoadStatus: (status: LoadStatus) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  /** Applies a patch read from the URL (already checked against the dataset). */
  restore: (patch: Partial<AppState>) => void;
  /** Self-test: a new round drawn from `dataset` with `seed`, limited to `focus` templates if given. */
  startQuiz: (dataset: Dataset, seed: number, focus?: string[] | null) => void;
  chooseInQuiz: (chosen: string[]) => void;
  checkInQuiz: (right: boolean) => void;
  nextInQuiz: () => void;
  setHelpOpen: (open: boolean) => void;
  setViewPrefs: (patch: Partial<ViewPrefs>) => void;
};

export type Store = AppState & RuntimeState & Actions;

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
    filters: NO_FILTERS,
    fade: false,
    focus: null,
    path: { from: null, to: null, edgeTypes: [] },
    sizeBy: null,
    tour: null,
    presentation: false,
    notices: [],
  };
}

/**
 * Creates an app store (one per app: see createApp). Actions are thin wrappers over the pure
 * producers in producers.ts; URL and localStorage sync live in subscribers (sync.ts), not in actions.
 */
export function createAppStore(state: AppState) {
  return createStore<Store>()(
    subscribeWithSelector((set) => ({
      helpOpen: false,
      viewPrefs: DEFAULT_VIEW_PREFS,
      ...state,
      cy: null,
      quiz: quiz.NO_QUIZ,
      presenting: presenting.NOT_PRESENTING,
      loadStatus: { kind: 'idle' },
      setHelpOpen: (helpOpen) => set({ helpOpen }),
      setViewPrefs: (patch) => set((s) => ({ viewPrefs: { ...s.viewPrefs, ...patch } })),
      setCy: (cy) => set({ cy }),
      setLang: (lang) => set({ lang }),
      select: (selection) => set((s) => p.select(s, selection)),
      setLayout: (layout) => set({ layout }),
      setView: (view) => set({ view }),
      setTool: (tool) => set({ tool }),
      toggleTool: (tool) => set((s) => ({ tool: s.tool === tool ? null : tool })),
      setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
      resetFilters: () => set({ filters: NO_FILTERS }),
      setFade: (fade) => set({ fade }),
      setFocus: (focus) => set({ focus }),
      setPath: (patch) => set((s) => ({ path: { ...s.path, ...patch } })),
      setSizeBy: (sizeBy) => set({ sizeBy }),
      setTour: (tour) => set((s) => p.setTour(s, tour)),
      setPresentation: (presentation) => set({ presentation }),
      enterPresentation: () => set(presenting.enterPresentation),
      leavePresentation: () => set(presenting.leavePresentation),
      toggleFullscreen: () => set(presenting.toggleFullscreen),
      fullscreenChanged: (on) => set((s) => presenting.fullscreenChanged(s, on)),
      fullscreenRefused: () => set(presenting.fullscreenRefused),
      focusMoved: () => set(presenting.focusMoved),
      loadDataset: (dataset, name, positions = null, id = null) =>
        set((s) => p.loadDataset(s, dataset, name, positions, id)),
      setDatasetId: (datasetId) => set({ datasetId }),
      setLoadStatus: (loadStatus) => set({ loadStatus }),
      notify: (notice) => set((s) => p.notify(s, notice)),
      dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      restore: (patch) =>
        set((s) =>
          'tour' in patch
            ? { ...patch, ...p.setTour({ dataset: patch.dataset ?? s.dataset }, patch.tour ?? null) }
            : patch,
        ),
      startQuiz: (dataset, seed, focus = null) => set({ quiz: quiz.startQuiz(dataset, seed, focus) }),
      chooseInQuiz: (chosen) => set((s) => ({ quiz: quiz.chooseInQuiz(s.quiz, chosen) })),
      checkInQuiz: (right) => set((s) => ({ quiz: quiz.checkInQuiz(s.quiz, right) })),
      nextInQuiz: () => set((s) => ({ quiz: quiz.nextInQuiz(s.quiz) })),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
export { AppProvider, useAppStore, useAppStoreAfterFrame, useAppStoreApi } from './context';
/** Shallow equality for selectors that build arrays or objects (the store is the one place zustand is imported). */
export { shallow } from 'zustand/shallow';
export { freshSeed, type QuizSession } from './quiz';
export type { Presenting } from './presenting';
