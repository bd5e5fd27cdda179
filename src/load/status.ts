/**
 * Where a user's file load stands, kept outside React and the app store so that it outlives the
 * Data panel (closing the panel does not stop a load) and the graph can report its drawing.
 */
import { createStore, useStore } from 'zustand';
import type { Problem } from '../data/validate';
import type { Counts, LayoutUsed, Limits, Stage } from './protocol';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'working'; name: string; stage: Stage | 'drawing'; fraction: number }
  | { kind: 'loaded'; name: string; nodes: number; edges: number; layout: LayoutUsed }
  | { kind: 'rejected'; name: string; problems: Problem[] }
  /** Beyond a limit: `counts` once the file was parsed; `mb` when refused by its size alone. */
  | { kind: 'tooLarge'; name: string; counts: Counts | null; mb: number | null; limits: Limits }
  | { kind: 'cancelled'; name: string }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'back' };

export const loadStatus = createStore<{ status: LoadStatus }>()(() => ({ status: { kind: 'idle' } }));

export const setLoadStatus = (status: LoadStatus) => loadStatus.setState({ status });

export const useLoadStatus = () => useStore(loadStatus, (s) => s.status);

/** The graph reports how much of a new dataset it has drawn (0…1 of the drawing stage). */
export function reportDrawing(fraction: number) {
  const { status } = loadStatus.getState();
  if (status.kind === 'working' && status.stage === 'drawing')
    setLoadStatus({ ...status, fraction: DRAW_FROM + (1 - DRAW_FROM) * fraction });
}

/** Where the drawing stage starts on the bar (the Worker's stages take the rest). */
export const DRAW_FROM = 0.8;

type DrawnListener = () => void;
let onDrawn: DrawnListener | null = null;

/** Called by the graph when every element of the current dataset is in. */
export function reportDrawn() {
  const fn = onDrawn;
  onDrawn = null;
  fn?.();
}

/** Waits for the graph to report the current dataset drawn (one waiter at a time). */
export function whenDrawn(fn: DrawnListener) {
  onDrawn = fn;
}
