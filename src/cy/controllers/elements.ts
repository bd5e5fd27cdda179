import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import type { Dataset } from '../../data/schema';
import { buildElements, type Positions } from '../../graph/elements';
import { useAppStoreApi } from '../../store';
import { sessionFor } from '../../load/session';
import { replaceElements } from '../drawElements';
import { createStylesheet } from '../stylesheet';
import { applyLargeGraphOptions, isLarge } from '../largeGraph';

/**
 * Keeps the graph's elements those of the store's dataset, replacing them when another dataset
 * is loaded (in chunks for a large one, reporting progress). Returns the dataset whose elements
 * are all in, or null until the first is: the layout controller waits for it.
 */
export function useElementsController(
  cy: Core | null,
  dataset: Dataset,
  positions: Positions | null,
): Dataset | null {
  const store = useAppStoreApi();
  const [drawn, setDrawn] = useState<Dataset | null>(null);
  useEffect(() => {
    if (!cy) return;
    // Language is read here; later changes are applied by the language controller.
    const elements = buildElements(dataset, store.getState().lang, positions ?? undefined);
    const large = isLarge(elements.length);
    applyLargeGraphOptions(cy, large);
    // the sheet is swapped while the graph is empty, so no element is restyled twice
    if ((cy.scratch('_large') ?? false) !== large) {
      cy.elements().remove();
      cy.style(createStylesheet({ large }) as never);
      cy.scratch('_large', large);
    }
    const session = sessionFor(store);
    return replaceElements(cy, elements, {
      onProgress: session.reportDrawing,
      onDone: () => {
        setDrawn(dataset);
        session.reportDrawn();
      },
    });
  }, [cy, dataset, positions, store]);
  return drawn;
}
