import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { metricSizes, type Metric } from '../../graph/metrics';
import { MetricsTimeout } from '../../graph/metricsAsync';
import type { Message } from '../../i18n/message';
import { useAppStoreApi, shallow } from '../../store';
import { everGiven, noteGiven } from '../classes';
import { cachedVisibleMetric, selectVisible, visibleMetrics } from '../../store/visible';

/**
 * Node size by a metric over the visible graph: each sized node gets the class `sized` and its
 * size in the scratch field `_size`, which the stylesheet maps to width and height. Without a
 * metric, the class goes and nodes return to the stylesheet's size.
 */
export function applySizes(cy: Core, sizes: Map<string, number> | null) {
  // no sizes, and no node ever sized (a graph just made): nothing to change
  if (!sizes && !everGiven(cy, 'sized')) return;
  if (sizes) noteGiven(cy, 'sized');
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const size = sizes?.get(n.id());
      // only what changes: Cytoscape restyles every node a class call is given (see classes.ts)
      if (size === undefined) {
        if (n.hasClass('sized')) n.removeClass('sized');
        return;
      }
      const rounded = Math.round(size * 10) / 10;
      if (n.data('_size') !== rounded) n.data('_size', rounded);
      if (!n.hasClass('sized')) n.addClass('sized');
    });
  });
}

const METRIC_KEYS = {
  degree: 'analyst.metrics.degree',
  betweenness: 'analyst.metrics.betweenness',
  closeness: 'analyst.metrics.closeness',
} as const satisfies Record<Metric, string>;

/**
 * Applies `store.sizeBy`, recomputing (from the memo) when the visible graph changes. A metric that
 * cannot be computed in time leaves the sizes as they were, with a notice saying how to retry.
 */
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
      visibleMetrics(s, [metric]).then(
        (values) => {
          if (mine === token && !cy.destroyed()) applySizes(cy, metricSizes(values[metric]));
        },
        (error: unknown) => {
          if (mine !== token) return;
          const now = store.getState();
          const message: Message =
            error instanceof MetricsTimeout
              ? {
                  key: 'analyst.metrics.sizeTimeout',
                  params: { metric: { key: METRIC_KEYS[metric] }, seconds: error.seconds },
                }
              : { key: 'analyst.metrics.failed' };
          // the choice is undone, so choosing the metric again (the retry) is a change
          if (now.sizeBy === metric) now.setSizeBy(null);
          now.notify({ kind: 'warning', message });
        },
      );
    };
    apply();
    const off = store.subscribe((s) => [s.sizeBy, s.sizeBy ? selectVisible(s) : null] as const, apply, {
      equalityFn: shallow,
    });
    return () => {
      token++;
      off();
    };
  }, [cy, store]);
}
