/**
 * The loading Worker: reads, validates and lays out a user's file off the page's thread, so the
 * page stays responsive and can show progress. Receives a `LoadRequest`, posts `progress` events,
 * `laying` (with the dataset, in parts) when a valid dataset's layout starts, and then `done` (the
 * outcome) or `failed` (an unexpected error, as text). A loaded dataset is held until the page
 * sends `keep` (once it is drawn): the Worker stores it on this device and posts `kept`. Cancelling
 * stops the whole Worker (a layout cannot be interrupted from inside).
 */
import { runLoad } from './pipeline';
import { saveDataset } from '../store/keep';
import {
  LAYING_ABOVE,
  split,
  type Laying,
  type KeepRequest,
  type LoadOutcome,
  type LoadRequest,
  type WorkerEvent,
} from './protocol';

// typed loosely: the project's lib is the DOM's, where `self` is a Window
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LoadRequest | KeepRequest>) => void) | null;
  postMessage: (message: WorkerEvent) => void;
};

const post = (id: number, parts: ReturnType<typeof split>['parts']) => {
  for (const part of parts) scope.postMessage({ type: 'part', id, ...part });
};

/** The loaded outcome last posted, kept until the page asks for it to be stored. */
let held: { id: number; outcome: Extract<LoadOutcome, { kind: 'loaded' }> } | null = null;

/** Stores the held dataset, with the view the page gives, and says how that went. */
function keep({ id, view }: KeepRequest) {
  const outcome = held?.id === id ? held.outcome : null;
  held = null;
  if (!outcome) return scope.postMessage({ type: 'kept', id, result: { ok: false, reason: 'unavailable' } });
  const { name, dataset, positions } = outcome;
  void saveDataset({ name, dataset, positions, view }).then((result) =>
    scope.postMessage({ type: 'kept', id, result }),
  );
}

scope.onmessage = (e) => {
  if (e.data.type === 'keep') return keep(e.data);
  const { id } = e.data;
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
      held = { id, outcome };
      const { parts, rest } = split(outcome);
      if (!sent) post(id, parts);
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
