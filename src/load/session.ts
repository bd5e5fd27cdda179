/**
 * One user file, from choosing it to its graph drawn: the size checked at once, then the Worker
 * (progress and cancel), then the store gets the new dataset and the graph draws it in chunks,
 * reporting back here. Nothing the user had is replaced until the new dataset is valid;
 * cancelling while the graph draws brings the previous dataset back. One session per app store,
 * kept outside React so that a load outlives the Data panel (closing it does not stop a load).
 */
import { createStore, useStore } from 'zustand';
import { useAppStoreApi, type AppStore } from '../store';
import { startLoad, type LoadHandle } from './client';
import { LIMITS, type FileKind, type LoadOptions } from './protocol';
import { DRAW_FROM, type LoadStatus } from './status';

export type LoadSession = ReturnType<typeof createSession>;

/** The kind of a file, from its name (JSON is the only kind read so far). */
export function kindOf(_file: File): FileKind {
  return 'json';
}

function createSession(store: AppStore) {
  const status = createStore<{ status: LoadStatus }>()(() => ({ status: { kind: 'idle' } }));
  const set = (s: LoadStatus) => status.setState({ status: s });
  let current: {
    handle: LoadHandle | null;
    restore: (() => void) | null;
    drawn: (() => void) | null;
  } | null = null;

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
    const now = status.getState().status;
    if (say && now.kind === 'working') set({ kind: 'cancelled', name: now.name });
  };

  /** Starts loading a file; a load already running is cancelled first. */
  const load = (file: File, options: Partial<LoadOptions> = {}) => {
    cancel(false);
    const name = file.name;
    const opts: LoadOptions = { layout: 'auto', enforceLimits: true, ...options };
    const mb = file.size / 1024 / 1024;
    if (opts.enforceLimits && mb > LIMITS.fileMb) {
      return set({ kind: 'tooLarge', name, counts: null, mb, limits: { ...LIMITS } });
    }
    set({ kind: 'working', name, stage: 'reading', fraction: 0 });
    const mine: NonNullable<typeof current> = { handle: null, restore: null, drawn: null };
    current = mine;
    const handle = startLoad(file, kindOf(file), opts, (p) => {
      if (current === mine) set({ kind: 'working', name, ...p });
    });
    mine.handle = handle;
    handle.done.then(
      (outcome) => {
        if (current !== mine || !outcome) return;
        if (outcome.kind === 'invalid')
          return finish({ kind: 'rejected', name, problems: outcome.problems, more: outcome.more });
        if (outcome.kind === 'tooLarge') {
          return finish({ kind: 'tooLarge', name, counts: outcome.counts, mb: null, limits: outcome.limits });
        }
        const before = store.getState();
        mine.handle = null;
        mine.restore = () =>
          store.getState().loadDataset(before.dataset, before.datasetName, before.positions);
        mine.drawn = () => {
          const { dataset } = outcome;
          finish({
            kind: 'loaded',
            name,
            nodes: dataset.nodes.length,
            edges: dataset.edges.length,
            layout: outcome.layout,
            warnings: outcome.problems,
          });
        };
        set({ kind: 'working', name, stage: 'drawing', fraction: DRAW_FROM });
        store.getState().loadDataset(outcome.dataset, name, outcome.positions);
      },
      (error: unknown) => {
        if (current === mine)
          finish({ kind: 'failed', name, message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  return {
    status,
    load,
    cancel,
    /** Sets a status directly (e.g. after going back to the built-in data). */
    set,
    /** The graph reports how much of the new dataset it has drawn (0…1). */
    reportDrawing(fraction: number) {
      const now = status.getState().status;
      if (now.kind === 'working' && now.stage === 'drawing')
        set({ ...now, fraction: DRAW_FROM + (1 - DRAW_FROM) * fraction });
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

/** Where this app's load stands. */
export function useLoadStatus(): LoadStatus {
  return useStore(useLoadSession().status, (s) => s.status);
}
