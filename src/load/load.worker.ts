/**
 * The loading Worker: reads, validates and lays out a user's file off the page's thread, so the
 * page stays responsive and can show progress. Receives a `LoadRequest`, posts `progress` events
 * and then `done` (the outcome) or `failed` (an unexpected error, as text). Cancelling stops the
 * whole Worker (a layout cannot be interrupted from inside).
 */
import { runLoad } from './pipeline';
import { split, type LoadRequest, type WorkerEvent } from './protocol';

// typed loosely: the project's lib is the DOM's, where `self` is a Window
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LoadRequest>) => void) | null;
  postMessage: (message: WorkerEvent) => void;
};

scope.onmessage = (e) => {
  const { id } = e.data;
  runLoad(e.data, (progress) => scope.postMessage({ type: 'progress', id, progress })).then(
    (outcome) => {
      if (outcome.kind !== 'loaded') return scope.postMessage({ type: 'done', id, outcome });
      const { parts, rest } = split(outcome);
      for (const part of parts) scope.postMessage({ type: 'part', id, ...part });
      scope.postMessage({ type: 'done', id, outcome: rest });
    },
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
