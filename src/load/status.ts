/** Where a user's file load stands (see session.ts, which keeps one per app). */
import type { Problem } from '../data/validate';
import type { Counts, LayoutUsed, Limits, Stage } from './protocol';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'working'; name: string; stage: Stage | 'drawing'; fraction: number }
  | { kind: 'loaded'; name: string; nodes: number; edges: number; layout: LayoutUsed; warnings: Problem[] }
  | { kind: 'rejected'; name: string; problems: Problem[]; more: number }
  /** Beyond a limit: `counts` once the file was parsed; `mb` when refused by its size alone. */
  | { kind: 'tooLarge'; name: string; counts: Counts | null; mb: number | null; limits: Limits }
  | { kind: 'cancelled'; name: string }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'back' };

/** Where the drawing stage starts on the bar (the Worker's stages take the rest). */
export const DRAW_FROM = 0.8;
