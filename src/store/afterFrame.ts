/**
 * The store as the graph last presented it: a copy of its state that follows the store once the
 * frame drawn after a change has been presented, for what describes the graph beside it (the
 * Filters panel's counts and summary). A filter click then draws the graph's change and the
 * clicked checkbox (read from the store itself) in the first frame, and the panel's counts, a
 * React render of the whole panel, in the frame after, as the interface's language follows the
 * graph's labels (see sync.ts). Changes in a row are followed once.
 */
import type { AppStore, Store } from './index';
import { afterPresentedFrame, type Presented } from './presented';

/** Longest wait for a frame before the copy follows anyway (a tab in the background draws none). */
const WAIT_MS = 250;

/** A store-like view (what zustand's `useStore` reads) of the state last presented. */
export type AfterFrame = {
  getState(): Store;
  getInitialState(): Store;
  subscribe(listener: (state: Store, previous: Store) => void): () => void;
};

const copies = new WeakMap<AppStore, AfterFrame>();

/** The copy of `store` that follows it a frame late (one per store, made on first use). */
export function afterFrame(store: AppStore): AfterFrame {
  let copy = copies.get(store);
  if (!copy) copies.set(store, (copy = follow(store)));
  return copy;
}

function follow(store: AppStore): AfterFrame {
  let state = store.getState();
  const listeners = new Set<(state: Store, previous: Store) => void>();
  let off: (() => void) | null = null;
  let presented: Presented | null = null;
  const catchUp = () => {
    const next = store.getState();
    const previous = state;
    if (next === previous) return;
    state = next;
    for (const l of [...listeners]) l(next, previous);
  };

  // followed only while something reads it: a copy no one reads is the store's own state
  const get = () => (listeners.size ? state : store.getState());
  return {
    getState: get,
    getInitialState: get,
    subscribe(listener) {
      if (!listeners.size) {
        state = store.getState();
        const p = (presented = afterPresentedFrame(catchUp, WAIT_MS));
        off = store.subscribe(() => p.request());
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size) return;
        off?.();
        off = null;
        presented?.close();
        presented = null;
      };
    },
  };
}
