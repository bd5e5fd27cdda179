import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { shallow } from 'zustand/shallow';
import { metricSizes, type Metric } from '../../graph/metrics';
import { getAppStore } from '../../store';
import { selectVisible, visibleMetric } from '../../store/visible';
import { onElementsAdded } from './onAdded';

/**
 * Node size by a metric over the visible graph: each sized node gets the class `sized` and its
 * size in the scratch field `_size`, which the stylesheet maps to width and height. Without a
 * metric, the class goes and nodes return to the stylesheet's size.
 */
export function applySizes(cy: Core, sizes: Map<string, number> | null) {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const size = sizes?.get(n.id());
      if (size === undefined) n.removeClass('sized');
      else {
        n.data('_size', Math.round(size * 10) / 10);
        n.addClass('sized');
      }
    });
  });
}

/** Applies `store.sizeBy`, recomputing (from the memo) when the visible graph changes. */
export function useSizeByController(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    const store = getAppStore();
    const apply = () => {
      const s = store.getState();
      const metric: Metric | null = s.sizeBy;
      applySizes(cy, metric ? metricSizes(visibleMetric(s, metric)) : null);
    };
    apply();
    const off = store.subscribe((s) => [s.sizeBy, s.sizeBy ? selectVisible(s) : null] as const, apply, {
      equalityFn: shallow,
    });
    const offAdd = onElementsAdded(cy, apply);
    return () => {
      off();
      offAdd();
    };
  }, [cy]);
}
