import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import type { Dataset } from '../../data/schema';
import { buildElements, type Positions } from '../../graph/elements';
import { getAppStore } from '../../store';
import { reportDrawing, reportDrawn } from '../../load/status';
import { replaceElements } from '../drawElements';
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
  const [drawn, setDrawn] = useState<Dataset | null>(null);
  useEffect(() => {
    if (!cy) return;
    // Language is read here; later changes are applied by the language controller.
    const elements = buildElements(dataset, getAppStore().getState().lang, positions ?? undefined);
    applyLargeGraphOptions(cy, isLarge(elements.length));
    return replaceElements(cy, elements, {
      onProgress: reportDrawing,
      onDone: () => {
        setDrawn(dataset);
        reportDrawn();
      },
    });
  }, [cy, dataset, positions]);
  return drawn;
}
