import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AT_REST, redrawAtRest, REST_MS } from '../../../../src/cy/controllers/rest';

/** A stand-in for the instance: it records forced frames and lets the test say when one is drawn. */
function fakeCy() {
  const listeners = new Set<() => void>();
  const cy = {
    forced: 0,
    gone: false,
    on: (_: string, fn: () => void) => void listeners.add(fn),
    removeListener: (_: string, fn: () => void) => void listeners.delete(fn),
    forceRender() {
      cy.forced++;
      return cy;
    },
    destroyed: () => cy.gone,
    scratched: {} as Record<string, unknown>,
    scratch: () => cy.scratched,
    /** A frame is drawn (Cytoscape emits `render`). */
    draw: () => listeners.forEach((fn) => fn()),
    listening: () => listeners.size,
  };
  return cy;
}

describe('the picture at rest', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('is drawn once more after a quiet spell, and only once', () => {
    const cy = fakeCy();
    redrawAtRest(cy as never);
    cy.draw();
    vi.advanceTimersByTime(REST_MS - 1);
    expect(cy.forced).toBe(0);
    vi.advanceTimersByTime(1);
    expect(cy.forced).toBe(1);
    expect(cy.scratched[AT_REST]).toBe(false);
    // the frame asked for starts no new wait, and says the picture is at rest
    cy.draw();
    expect(cy.scratched[AT_REST]).toBe(true);
    vi.advanceTimersByTime(REST_MS * 3);
    expect(cy.forced).toBe(1);
  });

  it('waits while frames keep coming, and again after the next change', () => {
    const cy = fakeCy();
    redrawAtRest(cy as never);
    for (let i = 0; i < 10; i++) {
      cy.draw();
      vi.advanceTimersByTime(REST_MS / 2);
    }
    expect(cy.forced).toBe(0);
    vi.advanceTimersByTime(REST_MS);
    expect(cy.forced).toBe(1);
    cy.draw(); // ours
    cy.draw(); // a new change
    vi.advanceTimersByTime(REST_MS);
    expect(cy.forced).toBe(2);
  });

  it('stops when told, and never draws a destroyed instance', () => {
    const cy = fakeCy();
    const stop = redrawAtRest(cy as never);
    cy.draw();
    stop();
    vi.advanceTimersByTime(REST_MS * 2);
    expect(cy.forced).toBe(0);
    expect(cy.listening()).toBe(0);
    redrawAtRest(cy as never);
    cy.draw();
    cy.gone = true;
    vi.advanceTimersByTime(REST_MS * 2);
    expect(cy.forced).toBe(0);
  });
});
