/**
 * Starts a load in a Web Worker (one per request, stopped once it has sent the outcome and, for a
 * loaded dataset, the dataset's stored form, asked for once the page has drawn it; or when
 * cancelled), or on the page where Workers are unavailable or cannot start, with the same outcome either way. From
 * the Worker, a large valid dataset is handed to `onLaying` as soon as its layout starts, so the
 * page can take it in while the layout runs; the outcome then carries that very dataset object.
 * (On the page the layout runs at once, in the same task, so there is nothing to overlap.)
 */
import {
  join,
  type Laying,
  type LoadOutcome,
  type LoadRequest,
  type Progress,
  type WorkerEvent,
  type WorkerRequest,
} from './protocol';
import { saveDataset, type KeepResult, type StoredSummary } from '../store/keep';

export type LoadHandle = {
  /** The outcome, or null when cancelled. Rejects only on an unexpected failure. */
  done: Promise<LoadOutcome | null>;
  cancel: () => void;
  /**
   * Stores a loaded outcome on this device, with the view to reopen: from the page, in the form
   * the Worker made of it (its JSON text in a Blob), or made on the page where none ran. Never
   * rejects.
   */
  keep: (view: string) => Promise<KeepResult<StoredSummary>>;
};

const UNAVAILABLE: KeepResult<StoredSummary> = { ok: false, reason: 'unavailable' };

/** A request as the caller makes it: the id is given here. */
export type Request = LoadRequest extends infer R ? (R extends LoadRequest ? Omit<R, 'id'> : never) : never;

let nextId = 0;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** Runs `request`; `onProgress` is called as the stages advance, `onLaying` as a layout starts. */
export function startLoad(
  request: Request,
  onProgress: (p: Progress) => void,
  onLaying: (laying: Laying) => void = () => {},
): LoadHandle {
  const full = { ...request, id: ++nextId } as LoadRequest;
  let cancelled = false;
  let settle: (outcome: LoadOutcome | null) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<LoadOutcome | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // the pipeline (readers, validator, layouts) is loaded on the page only when no Worker runs it
  const onPage = () =>
    import('./pipeline').then(
      ({ Cancelled, runLoad }) =>
        runLoad(
          full,
          (p) => !cancelled && onProgress(p),
          () => cancelled,
        ).then(settle, (error: unknown) =>
          error instanceof Cancelled
            ? settle(null)
            : fail(error instanceof Error ? error : new Error(String(error))),
        ),
      fail,
    );

  /**
   * The dataset's stored form as the Worker made it (null where none did: it is then made on the
   * page, cheaply for the small datasets loaded there).
   */
  let madeJson: (json: Blob | null) => void = () => {};
  const json = new Promise<Blob | null>((resolve) => (madeJson = resolve));
  /** Asks the Worker, if it still runs, for the stored form (it answers with `json`). */
  let askForJson = () => {};

  /** Stores what `done` gave, from the page. */
  const keepHere = async (view: string) => {
    const outcome = await done.catch(() => null);
    if (cancelled || outcome?.kind !== 'loaded') return UNAVAILABLE;
    askForJson();
    const made = await json;
    if (cancelled) return UNAVAILABLE;
    const { name, dataset, positions } = outcome;
    return saveDataset({ name, dataset, positions, view, json: made });
  };

  const worker = startWorker();
  if (!worker) {
    madeJson(null);
    void onPage();
    return { done, cancel: () => void (cancelled = true), keep: keepHere };
  }
  let stopped = false;
  const stop = () => {
    stopped = true;
    worker.terminate();
    madeJson(null);
  };
  askForJson = () => {
    if (!stopped) worker.postMessage({ type: 'json', id: full.id } satisfies WorkerRequest);
  };
  let started = false;
  const parts: Pick<Extract<WorkerEvent, { type: 'part' }>, 'nodes' | 'edges'>[] = [];
  let early: Laying | null = null;
  worker.onmessage = (e: MessageEvent<WorkerEvent>) => {
    const msg = e.data;
    if (cancelled || msg?.id !== full.id) return;
    started = true;
    if (msg.type === 'progress') return onProgress(msg.progress);
    if (msg.type === 'part') return void parts.push({ nodes: msg.nodes, edges: msg.edges });
    if (msg.type === 'laying') {
      early = join(msg.laying, parts.splice(0));
      return onLaying(early);
    }
    if (msg.type === 'failed') {
      stop();
      return fail(new Error(msg.message));
    }
    if (msg.type === 'json') {
      madeJson(msg.json);
      return stop();
    }
    const { outcome } = msg;
    // a loaded dataset's stored form follows (stored from the page, see keep below)
    if (outcome.kind !== 'loaded') stop();
    settle(
      early && outcome.kind === 'loaded' ? { ...outcome, dataset: early.dataset } : join(outcome, parts),
    );
  };
  // a Worker that cannot load its script leaves the job to the page
  worker.onerror = (e) => {
    e.preventDefault();
    stop();
    if (cancelled) return;
    if (!started) void onPage();
    else fail(new Error(e.message || 'the loading worker stopped'));
  };
  worker.postMessage(full);
  return {
    done,
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      stop();
      settle(null);
    },
    // stored from the page, which reads the Recent datasets list and gets the notices when the
    // browser refuses or has no room: one place where storage is found to work or not
    keep: keepHere,
  };
}
