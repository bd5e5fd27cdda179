/**
 * Starts a load in a Web Worker (one per request, stopped when it is done or cancelled), or on
 * the page where Workers are unavailable or cannot start, with the same outcome either way.
 */
import { join, type LoadOutcome, type LoadRequest, type Progress, type WorkerEvent } from './protocol';

export type LoadHandle = {
  /** The outcome, or null when cancelled. Rejects only on an unexpected failure. */
  done: Promise<LoadOutcome | null>;
  cancel: () => void;
};

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

/** Runs `request`; `onProgress` is called as the stages advance. */
export function startLoad(request: Request, onProgress: (p: Progress) => void): LoadHandle {
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

  const worker = startWorker();
  if (!worker) {
    void onPage();
    return { done, cancel: () => void (cancelled = true) };
  }
  let started = false;
  const parts: Pick<Extract<WorkerEvent, { type: 'part' }>, 'nodes' | 'edges'>[] = [];
  worker.onmessage = (e: MessageEvent<WorkerEvent>) => {
    const msg = e.data;
    if (cancelled || msg?.id !== full.id) return;
    started = true;
    if (msg.type === 'progress') return onProgress(msg.progress);
    if (msg.type === 'part') return void parts.push({ nodes: msg.nodes, edges: msg.edges });
    worker.terminate();
    if (msg.type === 'done') settle(join(msg.outcome, parts));
    else fail(new Error(msg.message));
  };
  // a Worker that cannot load its script leaves the job to the page
  worker.onerror = (e) => {
    e.preventDefault();
    worker.terminate();
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
      worker.terminate();
      settle(null);
    },
  };
}
