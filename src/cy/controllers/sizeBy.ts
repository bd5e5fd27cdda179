import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { shallow } from 'zustand/shallow';
import { metricSizes, type Metric } from '../../graph/metrics';
import { useAppStoreApi } from '../../store';
import { cachedVisibleMetric, selectVisible, visibleMetrics } from '../../store/visible';
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
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    // a metric still being computed for an earlier view is not applied once the view has moved on
    let token = 0;
    const apply = () => {
      const mine = ++token;
      const s = store.getState();
      const metric: Metric | null = s.sizeBy;
      if (!metric) return applySizes(cy, null);
      const cached = cachedVisibleMetric(s, metric);
      if (cached) return applySizes(cy, metricSizes(cached));
      void visibleMetrics(s, [metric]).then((values) => {
        if (mine === token && !cy.destroyed()) applySizes(cy, metricSizes(values[metric]));
      });
    };
    apply();
    const off = store.subscribe((s) => [s.sizeBy, s.sizeBy ? selectVisible(s) : null] as const, apply, {
      equalityFn: shallow,
    });
    const offAdd = onElementsAdded(cy, apply);
    return () => {
      token++;
      off();
      offAdd();
    };
  }, [cy, store]);
}
