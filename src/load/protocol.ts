/**
 * The protocol between the page and the loading Worker, and the limits it enforces. Two requests:
 * `read` (files in: sniffed and parsed by the import readers of src/io; a JSON dataset is then
 * counted, validated and laid out; a table format comes back as tables for the mapping step) and
 * `build` (tables and the user's mapping in: mapped, counted, validated, laid out). Progress
 * events come out as the stages advance; then one outcome.
 */
import type { Dataset } from '../data/schema';
import type { Problem } from '../data/validate';
import type { Positions } from '../graph/elements';
import type { Mapping, RawGraph, ReportItem } from '../io/types';
import { MAX_FILE_BYTES } from '../io/limits';

/**
 * What this app keeps usable, measured in the built app in headless Chromium (see the README's
 * figures): 5,000 nodes and 20,000 edges load in seconds and pan smoothly with the large-graph
 * options; at 20,000 nodes or 50,000 edges the graph takes several seconds just to be drawn and
 * each camera move stalls. Counts are checked before validation, so a huge file is refused at once;
 * the user may load it anyway without layout. The file size is a hard limit of the readers.
 */
export const LIMITS = { fileMb: MAX_FILE_BYTES / 1024 / 1024, nodes: 10_000, edges: 30_000 } as const;
export type Limits = { fileMb: number; nodes: number; edges: number };

/** Above this many nodes, fcose runs its fast spectral pass only (the full pass takes minutes). */
export const FULL_FCOSE_MAX_NODES = 300;

export type LoadOptions = {
  /** 'auto': positions from the file, else a layout chosen by size; 'none': a plain grid, at once. */
  layout: 'auto' | 'none';
  /** Refuse datasets beyond LIMITS (the user can choose to load anyway). */
  enforceLimits: boolean;
};

/** A file as the page hands it over: the File itself (a Blob; read in the Worker) and its name. */
export type FileIn = { name: string; blob: Blob };

export type LoadRequest =
  | { type: 'read'; id: number; files: FileIn[]; options: LoadOptions }
  | {
      type: 'build';
      id: number;
      raw: RawGraph;
      mapping: Mapping;
      report: ReportItem[];
      options: LoadOptions;
    };

/**
 * What the page sends the Worker: a load, or, once a loaded dataset is drawn, the request for its
 * stored form (see `json` below).
 */
export type WorkerRequest = LoadRequest | { type: 'json'; id: number };

export type Stage = 'reading' | 'parsing' | 'validating' | 'layout';

/** How far the work is, 0…1 over all stages (each has a fixed share; see STAGE_SPAN). */
export type Progress = { stage: Stage; fraction: number };

/** Each stage's share of the bar, [from, to]; what is left after layout is drawing on the page. */
export const STAGE_SPAN: Record<Stage, readonly [number, number]> = {
  reading: [0, 0.15],
  parsing: [0.15, 0.3],
  validating: [0.3, 0.45],
  layout: [0.45, 0.7],
};

/** The layout the positions came from. */
export type LayoutUsed = 'given' | 'fcose' | 'spectral' | 'grid';

export type Counts = { nodes: number; edges: number };

export type LoadOutcome =
  | {
      kind: 'loaded';
      name: string;
      dataset: Dataset;
      positions: Positions;
      layout: LayoutUsed;
      /** Made by the mapping step from a table format (CSV, XLSX, GraphML, GEXF). */
      mapped: boolean;
      /** What the import did (mapping), and the validator's warnings: the dataset loads. */
      report: ReportItem[];
      warnings: Problem[];
    }
  /** A table format read: the page shows the mapping step, then sends a `build` request. */
  | { kind: 'tables'; raw: RawGraph; report: ReportItem[] }
  /** Not loaded: the report says why (the file's problems, its kind, its size). */
  | { kind: 'failed'; report: ReportItem[] }
  /** Beyond LIMITS; nothing validated or laid out yet. */
  | { kind: 'tooLarge'; name: string; counts: Counts; limits: Limits };

type Loaded = Extract<LoadOutcome, { kind: 'loaded' }>;

/**
 * A valid dataset about to be laid out: everything of the outcome but its positions. The page
 * takes its elements in while the Worker computes where they go, and places them when `done`
 * brings the positions.
 */
export type Laying = Omit<Loaded, 'positions'>;

export type WorkerEvent =
  | { type: 'progress'; id: number; progress: Progress }
  /** A slice of a dataset's nodes or edges, sent ahead of `laying` or `done` (see split). */
  | { type: 'part'; id: number; nodes: Dataset['nodes']; edges: Dataset['edges'] }
  /** The dataset is valid and its layout starts now; its nodes and edges came as parts. */
  | { type: 'laying'; id: number; laying: Laying }
  /** The outcome; after `laying`, its dataset's nodes and edges are not sent again. */
  | { type: 'done'; id: number; outcome: LoadOutcome }
  /**
   * Asked for after a loaded outcome: its dataset as it is stored on this device (its JSON text in
   * a Blob), made here so that storing it costs the page no copy of every element (see
   * store/keep.ts); made only once the page has drawn the dataset and asks, so that it does not
   * take a processor from the page while the page takes the elements in.
   */
  | { type: 'json'; id: number; json: Blob }
  | { type: 'failed'; id: number; message: string };

/**
 * Above this many nodes and edges together, a dataset to be laid out is sent to the page before
 * its layout starts (`laying`), so the page's long work of taking its elements in overlaps the
 * layout; a smaller one takes a frame or less, and comes with its positions.
 */
export const LAYING_ABOVE = 2_000;

/**
 * Elements per `part` message: each is rebuilt on the page in a task of its own, a short one (a
 * part of 1,000 took 16 to 44 ms on a quiet machine, garbage collection included, and the
 * tasks stretch several times over when the processors are shared).
 */
export const PART_SIZE = 400;

/**
 * A loaded outcome for posting in pieces: its nodes and edges in slices (rebuilding a 25,000
 * element dataset from one message is a task of a second on the page), the rest in `done`.
 */
export function split<T extends Laying>(outcome: T): { parts: Pick<Dataset, 'nodes' | 'edges'>[]; rest: T } {
  const { nodes, edges } = outcome.dataset;
  const parts: Pick<Dataset, 'nodes' | 'edges'>[] = [];
  for (let i = 0; i < nodes.length; i += PART_SIZE)
    parts.push({ nodes: nodes.slice(i, i + PART_SIZE), edges: [] });
  for (let i = 0; i < edges.length; i += PART_SIZE)
    parts.push({ nodes: [], edges: edges.slice(i, i + PART_SIZE) });
  return { parts, rest: { ...outcome, dataset: { ...outcome.dataset, nodes: [], edges: [] } } };
}

/** The outcome `split` made, whole again from its parts (in order). */
export function join<T extends LoadOutcome | Laying>(rest: T, parts: Pick<Dataset, 'nodes' | 'edges'>[]): T {
  if (rest.kind !== 'loaded') return rest;
  const nodes = parts.flatMap((p) => p.nodes);
  const edges = parts.flatMap((p) => p.edges);
  return { ...rest, dataset: { ...rest.dataset, nodes, edges } };
}

/** Overall fraction for a position within a stage. */
export function overall(stage: Stage, within: number): number {
  const [from, to] = STAGE_SPAN[stage];
  return from + (to - from) * Math.min(1, Math.max(0, within));
}

/** True when counts are beyond the limits. */
export function beyondLimits(counts: Counts, limits: Limits = LIMITS): boolean {
  return counts.nodes > limits.nodes || counts.edges > limits.edges;
}
