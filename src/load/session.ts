/**
 * One user file, from choosing it to its graph drawn: the size checked at once, then the Worker
 * (progress and cancel; for a table format, the mapping step between reading and the rest), then
 * the store gets the new dataset and the graph draws it in chunks, reporting back here; once drawn
 * it is stored on this device. A dataset the Worker lays out goes to the store as soon as it is
 * valid: the graph takes its elements in while the layout runs (on the Worker's thread) and places
 * them when the positions come (`placing`). Nothing the user had is replaced until the new dataset is valid;
 * cancelling while the graph draws brings the previous dataset (and its view) back. One session
 * per app store, kept outside React so that a load outlives the Data panel; where it stands is
 * the store's `loadStatus`.
 */
import { useAppStore, useAppStoreApi, type AppState, type AppStore } from '../store';
import { toSearch } from '../store/url';
import { MAX_FILE_BYTES } from '../io/limits';
import type { Mapping, RawGraph, ReportItem } from '../io/types';
import { startLoad, type LoadHandle, type Request } from './client';
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import { overall, type Laying, type LoadOptions, type LoadOutcome } from './protocol';
import { DRAW_FROM, type LoadStatus } from './status';
import { markStatus } from './marks';

export type LoadSession = ReturnType<typeof createSession>;

const DEFAULT_OPTIONS: LoadOptions = { layout: 'auto', enforceLimits: true };
/** What "load anyway" asks for: no limits, no layout (a grid, at once). */
const ANYWAY: LoadOptions = { layout: 'none', enforceLimits: false };

type Loaded = Extract<LoadOutcome, { kind: 'loaded' }>;

/** The `too-large` report for files beyond the readers' size limit, or null. */
function tooLargeFiles(files: readonly File[]): ReportItem[] | null {
  const big = files.filter((f) => f.size > MAX_FILE_BYTES);
  if (!big.length) return null;
  return big.map((f) => ({
    level: 'error',
    code: 'too-large',
    file: f.name,
    values: { mb: Math.round((f.size / 1024 / 1024) * 10) / 10, max: MAX_FILE_BYTES / 1024 / 1024 },
  }));
}

function createSession(store: AppStore) {
  const set = (s: LoadStatus) => {
    markStatus(s);
    store.getState().setLoadStatus(s);
  };
  type Run = {
    name: string;
    handle: LoadHandle | null;
    restore: (() => void) | null;
    drawn: (() => void) | null;
    /** A dataset in the store before its layout is done, and the positions it waits for. */
    placing: { dataset: Dataset; positions: Promise<Positions>; place: (p: Positions) => void } | null;
  };
  let current: Run | null = null;
  /** "Load anyway" for the refusal shown now. */
  let retry: (() => void) | null = null;
  /** The options a table format's mapping is built with (those it was read with). */
  let mappingOptions: LoadOptions = DEFAULT_OPTIONS;

  const finish = (s: LoadStatus) => {
    current = null;
    set(s);
  };

  /** Stops the load under way; `say`: leave a "cancelled" status (not when another replaces it). */
  const cancel = (say = true) => {
    const running = current;
    if (!running) return;
    current = null;
    running.handle?.cancel();
    running.restore?.();
    if (say) set({ kind: 'cancelled', name: running.name });
  };

  /** Runs a request in the Worker, with progress; `then` gets its outcome unless cancelled. */
  const run = (name: string, request: Request, then: (outcome: LoadOutcome, mine: Run) => void) => {
    cancel(false);
    retry = null;
    set({ kind: 'working', name, stage: 'reading', fraction: 0 });
    const mine: Run = { name, handle: null, restore: null, drawn: null, placing: null };
    current = mine;
    mine.handle = startLoad(
      request,
      (p) => {
        if (current === mine) set({ kind: 'working', name, ...p });
      },
      (laying) => {
        if (current === mine) early(laying, mine);
      },
    );
    mine.handle.done.then(
      (outcome) => {
        if (current !== mine || !outcome) return;
        then(outcome, mine);
      },
      (error: unknown) => {
        if (current !== mine) return;
        mine.restore?.();
        finish({ kind: 'error', name, message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  /** The common outcomes; a loaded dataset goes to the store and is drawn. */
  const settle = (outcome: LoadOutcome, mine: Run, again: () => void) => {
    if (outcome.kind === 'failed') return finish({ kind: 'failed', report: outcome.report });
    if (outcome.kind === 'tooLarge') {
      finish({ kind: 'tooLarge', name: outcome.name, counts: outcome.counts, limits: outcome.limits });
      retry = again;
      return;
    }
    if (outcome.kind === 'loaded' && mine.placing?.dataset === outcome.dataset) {
      // in the store already, its elements going in: the positions are all it waits for
      set({ kind: 'working', name: mine.name, stage: 'drawing', fraction: DRAW_FROM });
      store.setState({ positions: outcome.positions });
      mine.drawn = () => drawn(outcome, mine.handle!);
      mine.placing.place(outcome.positions);
      return;
    }
    if (outcome.kind === 'loaded') {
      // the bar says "drawing" first; the store takes the dataset in a task of its own
      set({ kind: 'working', name: mine.name, stage: 'drawing', fraction: DRAW_FROM });
      const timer = setTimeout(() => current === mine && draw(outcome, mine), 0);
      mine.restore = () => clearTimeout(timer);
    }
  };

  /**
   * Puts a valid dataset in use (`positions`: null while they are being laid out); the graph draws
   * it and reports back (reportDrawn).
   */
  const put = (outcome: Laying, mine: Run, positions: Positions | null) => {
    const state = store.getState();
    const before = state.dataset;
    // the state a new dataset replaces, to bring back if drawing is cancelled
    store.getState().loadDataset(outcome.dataset, outcome.name, positions);
    const after = store.getState();
    const saved = Object.fromEntries(
      (Object.keys(after) as (keyof AppState)[])
        .filter((k) => after[k] !== state[k] && typeof state[k] !== 'function')
        .map((k) => [k, state[k]]),
    ) as Partial<AppState>;
    mine.restore = () => {
      if (store.getState().dataset === outcome.dataset)
        store.setState({ ...saved, positions: state.positions, dataset: before });
    };
  };

  const draw = (outcome: Loaded, mine: Run) => {
    put(outcome, mine, outcome.positions);
    mine.drawn = () => drawn(outcome, mine.handle!);
  };

  /** A dataset whose layout has started: in use at once, placed when its positions come. */
  const early = (laying: Laying, mine: Run) => {
    let place: (p: Positions) => void = () => {};
    const positions = new Promise<Positions>((resolve) => (place = resolve));
    mine.placing = { dataset: laying.dataset, positions, place };
    put(laying, mine, null);
  };

  /** Every element of a loaded dataset is in and placed. */
  const drawn = (outcome: Loaded, handle: LoadHandle) => {
    const { dataset } = outcome;
    finish({
      kind: 'loaded',
      name: outcome.name,
      nodes: dataset.nodes.length,
      edges: dataset.edges.length,
      layout: outcome.layout,
      mapped: outcome.mapped,
      report: outcome.report,
      warnings: outcome.warnings,
      stored: 'pending',
    });
    void keep(outcome, handle);
  };

  /**
   * Stores a drawn dataset on this device, so a reload or a new tab brings it back: from the page,
   * which thus learns whether storage works (the notices), in the form the loading Worker made of
   * it (a Blob of its JSON text, stored without a copy of every element on the page's thread).
   */
  const keep = async (outcome: Loaded, handle: LoadHandle) => {
    const saved = await handle.keep(toSearch(store.getState()));
    // the user may have loaded another dataset meanwhile
    if (store.getState().dataset !== outcome.dataset) return;
    if (saved.ok) store.getState().setDatasetId(saved.value.id);
    const now = store.getState().loadStatus;
    if (now.kind === 'loaded' && now.name === outcome.name) set({ ...now, stored: saved.ok ? 'yes' : 'no' });
  };

  /** Reads files (one, or a nodes and an edges CSV); a load already running is cancelled first. */
  const load = (files: readonly File[], options: LoadOptions = DEFAULT_OPTIONS) => {
    if (!files.length) return;
    cancel(false);
    const big = tooLargeFiles(files);
    if (big) return set({ kind: 'failed', report: big });
    const name = files.map((f) => f.name).join(', ');
    const list = [...files];
    run(
      name,
      { type: 'read', files: list.map((f) => ({ name: f.name, blob: f })), options },
      (outcome, mine) => {
        if (outcome.kind !== 'tables') return settle(outcome, mine, () => load(list, ANYWAY));
        mappingOptions = options;
        current = null;
        void import('../io/mapping').then(({ guessMapping }) => {
          if (current !== null) return; // another load started meanwhile
          const mapping = guessMapping(outcome.raw, store.getState().lang);
          set({ kind: 'mapping', raw: outcome.raw, mapping, report: outcome.report });
        });
      },
    );
  };

  /** Maps, validates and lays out a table format with the user's mapping. */
  const build = (raw: RawGraph, mapping: Mapping, report: ReportItem[], options = mappingOptions) => {
    run(raw.name, { type: 'build', raw, mapping, report, options }, (outcome, mine) =>
      settle(outcome, mine, () => build(raw, mapping, report, ANYWAY)),
    );
  };

  return {
    load,
    build,
    cancel,
    /** "Load anyway, without layout" for the refusal shown now. */
    loadAnyway() {
      retry?.();
    },
    /** The user changes the mapping step's choices. */
    setMapping(mapping: Mapping) {
      const now = store.getState().loadStatus;
      if (now.kind === 'mapping') set({ ...now, mapping });
    },
    /** Sets a status directly (e.g. after going back to the built-in data). */
    set(s: LoadStatus) {
      cancel(false);
      set(s);
    },
    /**
     * The graph reports how much of the new dataset it has drawn (0…1); while the Worker still
     * lays it out, that moves the layout stage's part of the bar.
     */
    reportDrawing(fraction: number) {
      const now = store.getState().loadStatus;
      if (now.kind !== 'working') return;
      if (now.stage === 'drawing') set({ ...now, fraction: DRAW_FROM + (1 - DRAW_FROM) * fraction });
      else if (now.stage === 'layout' && current?.placing)
        set({ ...now, fraction: overall('layout', fraction) });
    },
    /**
     * The positions the dataset in the store waits for (it went in before its layout was done),
     * or null when it has them.
     */
    placing(dataset: Dataset): Promise<Positions> | null {
      return current?.placing?.dataset === dataset ? current.placing.positions : null;
    },
    /** The graph reports every element of the store's dataset in. */
    reportDrawn() {
      current?.drawn?.();
    },
  };
}

const sessions = new WeakMap<AppStore, LoadSession>();

/** The load session of an app store (created on first use). */
export function sessionFor(store: AppStore): LoadSession {
  let session = sessions.get(store);
  if (!session) {
    session = createSession(store);
    sessions.set(store, session);
  }
  return session;
}

/** This app's load session. */
export function useLoadSession(): LoadSession {
  return sessionFor(useAppStoreApi());
}

const selectLoadStatus = (s: { loadStatus: LoadStatus }) => s.loadStatus;

/** Where this app's load stands. */
export function useLoadStatus(): LoadStatus {
  return useAppStore(selectLoadStatus);
}
