/**
 * Chunked adding: a large dataset goes in over many tasks, each stopping once its time budget is
 * spent (a clock that advances with every reading of it, so no real time is measured), with the
 * graph held in one batch (not drawn nor restyled) until the last chunk, and every element styled;
 * a dataset still being laid out goes in first and is placed, in tasks too, when its positions come.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { addInChunks } from '../../../../src/cy/controllers/chunked';
import type { ElementDefinition } from '../../../../src/graph/elements';

const N = 3_000;
const elements: ElementDefinition[] = [
  ...Array.from({ length: N }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } })),
  ...Array.from({ length: N }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % N}` },
  })),
] as never;

let cy: Core;
/** Whether a batch is open (Cytoscape's own check, not in its type definitions). */
const batching = (c: Core) => (c as unknown as { batching(): boolean }).batching();
let clock = 0;
beforeEach(() => {
  cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 17 } }] });
  clock = 0;
  // each reading of the clock is 5 ms later: a task is over its budget after a chunk or two
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
  vi.stubGlobal('requestAnimationFrame', (fn: (t: number) => void) => setTimeout(() => fn(clock), 0));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  cy.destroy();
});

/** Elements in the graph at each paint the chunked add waits for (one per task). */
let atPaint: number[] = [];
const inGraph = () => cy.nodes().length + cy.edges().length;

describe('addInChunks', () => {
  beforeEach(() => {
    atPaint = [];
    vi.stubGlobal('requestAnimationFrame', (fn: (t: number) => void) =>
      setTimeout(() => {
        atPaint.push(inGraph());
        fn(clock);
      }, 0),
    );
  });

  it('adds a few chunks per task, holds the batch until the last, and styles every element', async () => {
    const reports: number[] = [];
    const batchedBetween: boolean[] = [];
    await new Promise<void>((done) =>
      addInChunks(
        cy,
        elements,
        (fraction) => {
          reports.push(fraction);
          batchedBetween.push(batching(cy));
        },
        done,
      ),
    );
    expect(cy.nodes().length).toBe(N);
    expect(cy.edges().length).toBe(N);
    // many tasks, none adding more than a budget's worth (the clock moves 5 ms at each reading, so
    // the 12 ms budget holds a chunk or two of 10)
    const perTask = atPaint.slice(1).map((n, i) => n - atPaint[i]!);
    expect(perTask.length).toBeGreaterThan(10);
    expect(Math.max(...perTask)).toBeLessThanOrEqual(30);
    // progress is reported less often than every task, and last at the whole
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.length).toBeLessThan(perTask.length);
    expect(reports.at(-1)).toBe(1);
    // not drawn between chunks (the render loop skips frames while batching), drawn once at the end
    expect(batchedBetween.every(Boolean)).toBe(true);
    expect(batching(cy)).toBe(false);
    expect(cy.getElementById(`n${N - 1}`).style('width')).toBe('17px');
  }, 60_000);

  it('adds the elements while their positions are laid out, then places every node before it is done', async () => {
    let place: (p: Map<string, { x: number; y: number }>) => void = () => {};
    const placing = new Promise<Map<string, { x: number; y: number }>>((resolve) => (place = resolve));
    let finished = false;
    const reports: number[] = [];
    const done = new Promise<void>((resolve) =>
      addInChunks(
        cy,
        elements,
        (f) => reports.push(f),
        () => {
          finished = true;
          resolve();
        },
        placing,
      ),
    );
    // every element in, still batched, not done: it waits for the positions
    await vi.waitFor(() => expect(inGraph()).toBe(2 * N), { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 20));
    expect(finished).toBe(false);
    expect(batching(cy)).toBe(true);
    expect(Math.max(...reports)).toBeLessThan(1);
    const positions = new Map<string, { x: number; y: number }>(
      Array.from({ length: N }, (_, i) => [`n${i}`, { x: i * 3, y: -i }]),
    );
    const paintsBefore = atPaint.length;
    place(positions);
    await done;
    // placed in several tasks, every node where the layout put it, the batch ended
    expect(atPaint.length - paintsBefore).toBeGreaterThan(3);
    expect(cy.nodes().filter((n) => n.position('x') !== positions.get(n.id())!.x).length).toBe(0);
    expect(cy.getElementById(`n${N - 1}`).position()).toEqual({ x: (N - 1) * 3, y: -(N - 1) });
    expect(batching(cy)).toBe(false);
    expect(reports.at(-1)).toBe(1);
  }, 60_000);

  it('places what is in when the positions come part-way, and adds the rest at their places', async () => {
    let place: (p: Map<string, { x: number; y: number }>) => void = () => {};
    const placing = new Promise<Map<string, { x: number; y: number }>>((resolve) => (place = resolve));
    const reports: number[] = [];
    const done = new Promise<void>((resolve) =>
      addInChunks(cy, elements, (f) => reports.push(f), resolve, placing),
    );
    // the layout ends while the nodes are still going in
    await vi.waitFor(() => expect(inGraph()).toBeGreaterThan(300), { timeout: 30_000 });
    const before = inGraph();
    expect(before).toBeLessThan(N);
    const positions = new Map<string, { x: number; y: number }>(
      Array.from({ length: N }, (_, i) => [`n${i}`, { x: i * 3, y: -i }]),
    );
    place(positions);
    await done;
    expect(inGraph()).toBe(2 * N);
    // the nodes in before the positions came and those after, all where the layout put them
    expect(cy.nodes().filter((n) => n.position('x') !== positions.get(n.id())!.x).length).toBe(0);
    expect(cy.getElementById('n1').position()).toEqual({ x: 3, y: -1 });
    expect(cy.getElementById(`n${N - 1}`).position()).toEqual({ x: (N - 1) * 3, y: -(N - 1) });
    expect(batching(cy)).toBe(false);
    // the bar only moves forward, to the whole
    expect(reports.every((f, i) => i === 0 || f >= reports[i - 1]!)).toBe(true);
    expect(reports.at(-1)).toBe(1);
  }, 60_000);

  /**
   * A stand-in for the canvas renderer's parts the adder uses: its queue of elements to work out
   * again, filled as Cytoscape's is (on a `bounds` event, marking the element stale), and its cached
   * drawing order, dropped when it hears of elements added.
   */
  function fakeRenderer(c: Core) {
    type Ele = { _private: { rstyle: { clean?: boolean; cleanConnected?: boolean } } };
    const r = {
      queued: new Set<string>(),
      cachedZSortedEles: null as unknown[] | null,
      sortedWhileBatching: [] as boolean[],
      flushRenderedStyleQueue: () => void r.queued.clear(),
      recalculateRenderedStyle: (eles: ArrayLike<Ele>) => {
        for (let i = 0; i < eles.length; i++) eles[i]!._private.rstyle.clean = true;
      },
      getCachedZSortedEles: (force?: boolean) => {
        if (force || !r.cachedZSortedEles) {
          r.sortedWhileBatching.push(batching(c));
          r.cachedZSortedEles = c.elements().toArray();
        }
        return r.cachedZSortedEles;
      },
      notify: (event: string) => void (event === 'add' && (r.cachedZSortedEles = null)),
    };
    c.on('bounds', (e) => {
      r.queued.add(e.target.id());
      const rstyle = (e.target as unknown as Ele)._private.rstyle;
      rstyle.clean = false;
      rstyle.cleanConnected = false;
    });
    (c as unknown as { renderer: () => typeof r }).renderer = () => r;
    return r;
  }

  it('leaves the first frame no boxes to compute nor order to sort, laid out ahead or part-way', async () => {
    for (const ahead of [true, false]) {
      const c = cytoscape({
        headless: true,
        styleEnabled: true,
        style: [{ selector: 'node', style: { width: 17 } }],
      });
      const r = fakeRenderer(c);
      const positions = new Map<string, { x: number; y: number }>(
        Array.from({ length: N }, (_, i) => [`n${i}`, { x: i * 3, y: -i }]),
      );
      let place: (p: typeof positions) => void = () => {};
      const placing = new Promise<typeof positions>((resolve) => (place = resolve));
      if (ahead) place(positions);
      const done = new Promise<void>((resolve) => addInChunks(c, elements, () => {}, resolve, placing));
      if (!ahead) {
        await vi.waitFor(() => expect(c.nodes().length).toBeGreaterThan(300), { timeout: 30_000 });
        place(positions);
      }
      await done;
      // nothing left queued, every element's figures up to date
      expect(r.queued.size, `ahead: ${ahead}`).toBe(0);
      const stale = c
        .elements()
        .filter(
          (e) => !(e as unknown as { _private: { rstyle: { clean?: boolean } } })._private.rstyle.clean,
        );
      expect(
        stale
          .map((e) => e.id())
          .slice(0, 8)
          .join(),
        `ahead: ${ahead}`,
      ).toBe('');
      // the start-up framing reads every node's box, the first frame every element's: none is
      // computed anew (which would queue it, and a node's edges, for the frame)
      const bounds: string[] = [];
      c.on('bounds', (e) => void bounds.push(e.target.id()));
      c.nodes().boundingBox();
      c.elements().forEach((e) => void e.boundingBox());
      expect(bounds.length).toBe(0);
      // the drawing order was sorted before the batch ended, and kept through the batch's notice
      expect(r.sortedWhileBatching).toEqual([true]);
      expect(r.cachedZSortedEles?.length).toBe(2 * N);
      c.destroy();
    }
  }, 60_000);

  it('can be stopped part-way, leaving no batch open', () => {
    const stop = addInChunks(
      cy,
      elements,
      () => {},
      () => {},
    );
    stop();
    expect(batching(cy)).toBe(false);
  });
});
