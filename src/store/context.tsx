/**
 * The store is handed down by React context, not reached by name: `createApp` makes it,
 * `<AppProvider>` provides it, and components read it with `useAppStore(selector)` (re-rendering
 * when the selected value changes) or take the store itself with `useAppStoreApi()` for actions and
 * fresh reads in callbacks, as xyflow's `useStore` / `useStoreApi` do.
 */
import { createContext, useContext, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore, Store } from './index';
import { afterFrame } from './afterFrame';

const AppStoreContext = createContext<AppStore | null>(null);

export function AppProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

/** The app's store, for actions and for reading fresh state in callbacks (`getState()`). */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStoreApi: no <AppProvider> above this component');
  return store;
}

/**
 * A slice of the app state; the component re-renders when it changes. Module-level selectors keep
 * renders cheap; `equality` (e.g. zustand's `shallow`) keeps a selector that builds a new object or
 * array each time from re-rendering when its content is the same.
 */
export function useAppStore<T>(selector: (s: Store) => T, equality?: (a: T, b: T) => boolean): T {
  const store = useAppStoreApi();
  const last = useRef<{ value: T } | null>(null);
  const select = equality
    ? (s: Store) => {
        const next = selector(s);
        if (last.current && equality(last.current.value, next)) return last.current.value;
        last.current = { value: next };
        return next;
      }
    : selector;
  return useStore(store, select);
}

/**
 * A slice of the state as the graph last presented it (see afterFrame.ts): it follows the store
 * once the frame drawn after a change is presented. For what describes the graph beside it, not
 * for the control the user just changed, which reads the store with `useAppStore`.
 */
export function useAppStoreAfterFrame<T>(selector: (s: Store) => T): T {
  return useStore(afterFrame(useAppStoreApi()), selector);
}
