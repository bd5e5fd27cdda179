/**
 * A stand-in for the metrics Web Worker: it answers each request as `answer` says (or never),
 * so tests can see what the app does with a worker that misbehaves. Installed with
 * `vi.stubGlobal('Worker', fakeWorker(answer))`.
 */
export type Request = { id: number; graph: { nodes: string[] }; metrics: string[] };
/** What to post back for a request; `undefined` posts nothing (the worker never answers). */
export type Answer = (request: Request) => unknown;

export function fakeWorker(answer: Answer) {
  const made: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { preventDefault: () => void }) => void) | null = null;
    terminated = false;
    requests: Request[] = [];
    constructor() {
      made.push(this);
    }
    postMessage(request: Request) {
      this.requests.push(request);
      const reply = answer(request);
      // replies arrive later, as a real worker's do
      if (reply !== undefined) queueMicrotask(() => !this.terminated && this.onmessage?.({ data: reply }));
    }
    terminate() {
      this.terminated = true;
    }
  }
  return Object.assign(FakeWorker, { made });
}

/** Replies a broken or hostile worker might send for a request. */
export const GARBAGE: Answer[] = [
  () => 5,
  () => null,
  () => 'values',
  (r) => ({ id: r.id }),
  (r) => ({ id: r.id, values: 5 }),
  (r) => ({ id: r.id, values: { degree: 5, betweenness: 5, closeness: 5 } }),
  (r) => ({ id: r.id, values: Object.fromEntries(r.metrics.map((m) => [m, [[r.graph.nodes[0], 'high']]])) }),
  (r) => ({ id: r.id, values: Object.fromEntries(r.metrics.map((m) => [m, [['not-a-node', 1]]])) }),
  (r) => ({
    id: r.id,
    values: Object.fromEntries(r.metrics.map((m) => [m, [[r.graph.nodes[0], Number.NaN]]])),
  }),
  (r) => ({ id: r.id, values: Object.fromEntries(r.metrics.map((m) => [m, [5, 6]])) }),
  (r) => ({ id: r.id, error: 'out of memory' }),
  (r) => ({ id: String(r.id), values: {} }),
];
