import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { setNote } from '../scratch';
import { useAppStoreApi } from '../../store';
import { addClass, removeClasses } from '../classes';

/** The class the stylesheet gives larger, higher-contrast labels (see stylesheet.ts). */
const PRESENT = 'present';

export function applyPresentation(cy: Core, on: boolean) {
  // camera framing reads it too: more room round the labels a room must read
  setNote(cy, '_present', on);
  cy.batch(() => {
    if (on) addClass(cy.elements(), PRESENT);
    else removeClasses(cy, PRESENT);
  });
}

/**
 * Presentation mode on the graph: larger labels for a room, as a class on the elements, so the
 * style changes without re-creating elements or re-running the layout. The viewport is resized
 * when the chrome around it appears or goes.
 */
export function usePresentationController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    applyPresentation(cy, store.getState().presentation);
    const off = store.subscribe(
      (s) => s.presentation,
      (on) => {
        applyPresentation(cy, on);
        // the container changes size once the chrome is hidden or back (after React's commit)
        requestAnimationFrame(() => {
          if (!cy.destroyed()) cy.resize();
        });
      },
    );
    return off;
  }, [cy, store]);
}
