/** Where a user's file load stands (see session.ts, which keeps one per app). */
import type { Problem } from '../data/validate';
import type { Mapping, RawGraph, ReportItem } from '../io/types';
import type { Counts, LayoutUsed, Limits, Stage } from './protocol';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'working'; name: string; stage: Stage | 'drawing'; fraction: number }
  /** A table format read: the user maps its columns (the mapping is guessed from the headers). */
  | { kind: 'mapping'; raw: RawGraph; mapping: Mapping; report: ReportItem[] }
  | {
      kind: 'loaded';
      name: string;
      nodes: number;
      edges: number;
      layout: LayoutUsed;
      mapped: boolean;
      report: ReportItem[];
      warnings: Problem[];
      stored: 'pending' | 'yes' | 'no';
    }
  /** Not loaded; the report says why. */
  | { kind: 'failed'; report: ReportItem[] }
  /** Beyond the limits, refused before validation and layout. */
  | { kind: 'tooLarge'; name: string; counts: Counts; limits: Limits }
  | { kind: 'cancelled'; name: string }
  | { kind: 'mappingCancelled' }
  /** An unexpected failure of the loading itself (not of the file). */
  | { kind: 'error'; name: string; message: string }
  | { kind: 'back' }
  | { kind: 'deleted'; name: string };

/** Where the drawing stage starts on the bar (the Worker's stages take the rest). */
export const DRAW_FROM = 0.7;
