/**
 * The loading Worker: reads, validates and lays out a user's file off the page's thread, so the
 * page stays responsive and can show progress. Receives a `LoadRequest`, posts `progress` events,
 * `laying` (with the dataset, in parts) when a valid dataset's layout starts, and then `done` (the
 * outcome; for a loaded dataset its stored form, `json`, follows when the page asks for it) or
 * `failed` (an unexpected error, as text). Cancelling stops the whole Worker (a layout cannot be interrupted from inside).
 */
import { runLoad } from './pipeline';
import { LAYING_ABOVE, split, type Laying, type WorkerEvent, type WorkerRequest } from './protocol';
import { datasetJson } from '../store/keep';
import type { Dataset } from '../data/schema';

// typed loosely: the project's lib is the DOM's, where `self` is a Window
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerEvent) => void;
};

const post = (id: number, parts: ReturnType<typeof split>['parts']) => {
  for (const part of parts) scope.postMessage({ type: 'part', id, ...part });
};

/** The last dataset loaded here, until the page asks for its stored form. */
let loaded: { id: number; dataset: Dataset } | null = null;

scope.onmessage = (e) => {
  const { id } = e.data;
  if (e.data.type === 'json') {
    if (loaded?.id === id) scope.postMessage({ type: 'json', id, json: datasetJson(loaded.dataset) });
    loaded = null;
    return;
  }
  // a dataset sent ahead of its layout is not sent again with the outcome
  let sent = false;
  const laying = (dataset: Laying) => {
    if (dataset.dataset.nodes.length + dataset.dataset.edges.length <= LAYING_ABOVE) return;
    const { parts, rest } = split(dataset);
    post(id, parts);
    scope.postMessage({ type: 'laying', id, laying: rest });
    sent = true;
  };
  runLoad(
    e.data,
    (progress) => scope.postMessage({ type: 'progress', id, progress }),
    undefined,
    laying,
  ).then(
    (outcome) => {
      if (outcome.kind !== 'loaded') return scope.postMessage({ type: 'done', id, outcome });
      const { parts, rest } = split(outcome);
      if (!sent) post(id, parts);
      scope.postMessage({ type: 'done', id, outcome: rest });
      // its stored form is made when the page, having drawn it, asks for it
      loaded = { id, dataset: outcome.dataset };
    },
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
