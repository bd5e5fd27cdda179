/**
 * Performance marks for a load, one per stage as the Data panel shows it (`samverkan:reading`,
 * …, `samverkan:drawing`, `samverkan:loaded`), and for the steps of the graph's hand-over
 * (`samverkan:<step>`). They cost nothing to keep and show in a browser's performance panel
 * and to the benchmark script, so where a load's time goes can be read from the page itself.
 */
import type { LoadStatus } from './status';

let last: string | null = null;

/** Marks a step of the hand-over (elements in, first frame drawn, …). */
export function mark(step: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`samverkan:${step}`);
}

/** Marks the status when its stage changes (progress within a stage is not marked). */
export function markStatus(status: LoadStatus): void {
  const name = status.kind === 'working' ? status.stage : status.kind;
  if (name === last) return;
  last = name;
  mark(name);
}
