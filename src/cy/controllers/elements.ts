/**
 * The graph view owns its elements: they are built from the dataset and put into the graph here,
 * in one batch, never through react-cytoscapejs's element diff (which looks ids up in plain
 * objects, so an id such as `constructor` resolved to an Object.prototype member and was silently
 * dropped). Another dataset mounts a new instance (see CyView), so elements are never removed.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { hideInternals } from '../inspectable';
import { buildElements, type ElementDefinition } from '../../graph/elements';
import { useAppStoreApi } from '../../store';
import { sessionFor } from '../../load/session';
import { applyLargeGraphOptions, isLarge } from '../largeGraph';
import { createStylesheet } from '../stylesheet';

/** Adds the given elements in one batch (one redraw, one style pass). */
export function addElements(cy: Core, elements: readonly ElementDefinition[]) {
  cy.batch(() => {
    hideInternals(cy, cy.add(elements as never));
  });
}

/**
 * Puts the dataset's elements, in the language shown, into a new instance. Called before the
 * other controllers, so that each finds the elements in place and applies its slice once.
 */
export function useElements(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy || cy.elements().nonempty()) return;
    const s = store.getState();
    const elements = buildElements(s.dataset, s.lang, s.positions ?? undefined);
    // a large network: Cytoscape's large-graph options, and plain lines for edges (largeGraph.ts)
    const large = isLarge(elements.length);
    applyLargeGraphOptions(cy, large);
    if (large) cy.style(createStylesheet({ large, types: s.dataset.types }) as never);
    addElements(cy, elements);
    // a user's file being loaded is drawn now
    sessionFor(store).reportDrawn();
  }, [cy, store]);
}
