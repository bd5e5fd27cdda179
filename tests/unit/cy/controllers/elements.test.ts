/**
 * Chunked adding: a large dataset goes in over many tasks, each stopping once its time budget is
 * spent (a clock that advances with every reading of it, so no real time is measured), with the
 * graph held in one batch (not drawn nor restyled) until the last chunk, and every element styled.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { addInChunks } from '../../../../src/cy/controllers/elements';
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
  // each reading of the clock is 5 ms later: a task is over its 25 ms budget after a few chunks
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
  vi.stubGlobal('requestAnimationFrame', (fn: (t: number) => void) => setTimeout(() => fn(clock), 0));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  cy.destroy();
});

describe('addInChunks', () => {
  it('adds a few chunks per task, holds the batch until the last, and styles every element', async () => {
    const perTask: number[] = [];
    const batchedBetween: boolean[] = [];
    let before = 0;
    await new Promise<void>((done) =>
      addInChunks(
        cy,
        elements,
        (fraction) => {
          const now = Math.round(fraction * elements.length);
          perTask.push(now - before);
          before = now;
          batchedBetween.push(batching(cy));
        },
        done,
      ),
    );
    expect(cy.nodes().length).toBe(N);
    expect(cy.edges().length).toBe(N);
    // many tasks, none adding more than a budget's worth (5 readings of the clock: 4 chunks of 25)
    expect(perTask.length).toBeGreaterThan(10);
    expect(Math.max(...perTask)).toBeLessThanOrEqual(100);
    // not drawn between chunks (the render loop skips frames while batching), drawn once at the end
    expect(batchedBetween.every(Boolean)).toBe(true);
    expect(batching(cy)).toBe(false);
    expect(cy.getElementById(`n${N - 1}`).style('width')).toBe('17px');
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
