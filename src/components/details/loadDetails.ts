/**
 * The details panel's content (DetailsBody.tsx) is a chunk of its own: loaded once, when the
 * page is idle or something is selected, whichever comes first, with the built-in dataset's
 * prose (the descriptions and quotes it shows).
 */
import { useEffect, useReducer } from 'react';
import { loadBuiltinProse } from '../../data/builtin';

type DetailsCode = typeof import('./DetailsBody');

let loaded: DetailsCode | null = null;
let pending: Promise<DetailsCode> | null = null;

/** Loads the details panel's content (once; a failed load may be tried again). */
export function loadDetails(): Promise<DetailsCode> {
  if (loaded) return Promise.resolve(loaded);
  return (pending ??= Promise.all([import('./DetailsBody'), loadBuiltinProse()]).then(
    ([m]) => (loaded = m),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  ));
}

/**
 * The content's code when `wanted`: at once if it is loaded, else null until it is (the caller
 * re-renders then). A chunk that cannot be read is tried again the next time it is wanted.
 */
export function useDetailsCode(wanted: boolean): DetailsCode | null {
  const [, loadedNow] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadDetails().then(
      () => live && loadedNow(),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return wanted ? loaded : null;
}
