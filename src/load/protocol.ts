/**
 * The protocol between the page and the loading Worker, and the limits it enforces. A file's
 * bytes, its kind and options go in; progress events come out while it is read, validated and
 * laid out; then one outcome: `{ dataset, positions, problems }`, or why it was not loaded.
 *
 * Readers for more formats plug in by kind (see `readers.ts`): each turns bytes into a candidate
 * dataset (and positions, if the file has them) that goes through the same validator and layout.
 */
import type { Dataset } from '../data/schema';
import type { Problem } from '../data/validate';
import type { Positions } from '../graph/elements';

/** The file formats a reader exists for. */
export type FileKind = 'json';

/**
 * What the app keeps usable, set from the browser benchmark (npm run bench:browser): 5,000 nodes
 * and 20,000 edges load in seconds and pan at 30+ fps with the large-graph options; beyond these
 * counts a desktop tool serves better. Checked before validation, so a huge file is refused at once.
 */
export const LIMITS = { fileMb: 20, nodes: 10_000, edges: 30_000 } as const;
export type Limits = { fileMb: number; nodes: number; edges: number };

/** Above this many nodes, fcose runs its fast spectral pass only (the full pass takes minutes). */
export const FULL_FCOSE_MAX_NODES = 300;

export type LoadOptions = {
  /** 'auto': positions from the file, else a layout chosen by size; 'none': a plain grid, at once. */
  layout: 'auto' | 'none';
  /** Refuse files beyond LIMITS (the user can choose to load anyway). */
  enforceLimits: boolean;
};

export type LoadRequest = {
  type: 'load';
  id: number;
  kind: FileKind;
  /** The file itself (read in the Worker) or its bytes. */
  bytes: Blob | ArrayBuffer;
  options: LoadOptions;
};

export type Stage = 'reading' | 'parsing' | 'validating' | 'layout';

/** How far the work is, 0…1 over all stages (each has a fixed share; see STAGE_SPAN). */
export type Progress = { stage: Stage; fraction: number };

/** Each stage's share of the bar, [from, to]; what is left after layout is drawing on the page. */
export const STAGE_SPAN: Record<Stage, readonly [number, number]> = {
  reading: [0, 0.25],
  parsing: [0.25, 0.35],
  validating: [0.35, 0.5],
  layout: [0.5, 0.8],
};

/** The layout the positions came from. */
export type LayoutUsed = 'given' | 'fcose' | 'spectral' | 'grid';

export type Counts = { nodes: number; edges: number };

export type LoadOutcome =
  | { kind: 'loaded'; dataset: Dataset; positions: Positions; problems: Problem[]; layout: LayoutUsed }
  | { kind: 'invalid'; problems: Problem[]; more: number }
  | { kind: 'tooLarge'; counts: Counts; limits: Limits };

export type WorkerEvent =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'done'; id: number; outcome: LoadOutcome }
  | { type: 'failed'; id: number; message: string };

/** Overall fraction for a position within a stage. */
export function overall(stage: Stage, within: number): number {
  const [from, to] = STAGE_SPAN[stage];
  return from + (to - from) * Math.min(1, Math.max(0, within));
}
