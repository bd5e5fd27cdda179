/**
 * Computes centralities off the main thread, so a large graph's betweenness or closeness (seconds
 * at a thousand nodes) never freezes the page. Same code as on the main thread: `computeMetrics`.
 * Receives `{ id, graph, metrics }`; answers `{ id, values }` (entries per metric) or `{ id, error }`.
 */
import type { SubGraph } from './filter';
import { computeMetrics, type Metric } from './metrics';

type Request = { id: number; graph: SubGraph; metrics: Metric[] };

// typed loosely: the project's lib is the DOM's, where `self` is a Window
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, graph, metrics } = e.data;
  try {
    const out = computeMetrics(graph, metrics);
    const values = Object.fromEntries(
      Object.entries(out).map(([m, v]) => [m, [...(v as Map<string, number>)]]),
    );
    scope.postMessage({ id, values });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
