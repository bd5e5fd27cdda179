/**
 * One user file, from choosing it to its graph drawn: the size checked at once, then the Worker
 * (progress and cancel), then the store gets the new dataset and the graph draws it in chunks.
 * Nothing the user had is replaced until the new dataset is valid; cancelling while the graph
 * draws brings the previous dataset back.
 */
import { getAppStore } from '../store';
import { startLoad, type LoadHandle } from './client';
import { LIMITS, type FileKind, type LoadOptions } from './protocol';
import { DRAW_FROM, loadStatus, setLoadStatus, whenDrawn } from './status';

let current: { handle: LoadHandle | null; restore: (() => void) | null } | null = null;

/** The kind of a file, from its name (JSON is the only kind read so far). */
export function kindOf(_file: File): FileKind {
  return 'json';
}

/** Starts loading a file; a load already running is cancelled first. */
export function loadFile(file: File, options: Partial<LoadOptions> = {}) {
  cancelLoad(false);
  const name = file.name;
  const opts: LoadOptions = { layout: 'auto', enforceLimits: true, ...options };
  const mb = file.size / 1024 / 1024;
  if (opts.enforceLimits && mb > LIMITS.fileMb) {
    return setLoadStatus({ kind: 'tooLarge', name, counts: null, mb, limits: { ...LIMITS } });
  }
  setLoadStatus({ kind: 'working', name, stage: 'reading', fraction: 0 });
  const handle = startLoad(file, kindOf(file), opts, (p) => setLoadStatus({ kind: 'working', name, ...p }));
  const mine: { handle: LoadHandle | null; restore: (() => void) | null } = { handle, restore: null };
  current = mine;
  handle.done.then(
    (outcome) => {
      if (current !== mine || !outcome) return;
      if (outcome.kind === 'invalid') return finish({ kind: 'rejected', name, problems: outcome.problems });
      if (outcome.kind === 'tooLarge')
        return finish({ kind: 'tooLarge', name, counts: outcome.counts, mb: null, limits: outcome.limits });
      const store = getAppStore();
      const before = store.getState();
      mine.handle = null;
      mine.restore = () => store.getState().loadDataset(before.dataset, before.datasetName, before.positions);
      setLoadStatus({ kind: 'working', name, stage: 'drawing', fraction: DRAW_FROM });
      whenDrawn(() => {
        if (current !== mine) return;
        const { dataset } = outcome;
        finish({
          kind: 'loaded',
          name,
          nodes: dataset.nodes.length,
          edges: dataset.edges.length,
          layout: outcome.layout,
        });
      });
      store.getState().loadDataset(outcome.dataset, name, outcome.positions);
    },
    (error: unknown) => {
      if (current !== mine) return;
      finish({ kind: 'failed', name, message: error instanceof Error ? error.message : String(error) });
    },
  );
}

function finish(status: Parameters<typeof setLoadStatus>[0]) {
  current = null;
  setLoadStatus(status);
}

/**
 * Stops the load under way: the Worker is stopped, or, if the graph is already drawing the new
 * dataset, the previous one comes back. `say`: leave a "cancelled" status (not when replaced).
 */
export function cancelLoad(say = true) {
  const running = current;
  if (!running) return;
  current = null;
  running.handle?.cancel();
  running.restore?.();
  const { status } = loadStatus.getState();
  if (say && status.kind === 'working') setLoadStatus({ kind: 'cancelled', name: status.name });
}
