import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import cytoscape from 'cytoscape';
import {
  AT_REST,
  freshTextures,
  pinBackgrounds,
  redrawAtRest,
  REST_MS,
} from '../../../../src/cy/controllers/rest';

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

  it('marks a picture at rest after the quiet spell alone when it is not to be drawn again', () => {
    const cy = fakeCy();
    let large = true;
    redrawAtRest(cy as never, REST_MS, undefined, () => !large);
    cy.draw();
    expect(cy.scratched[AT_REST]).toBe(false);
    vi.advanceTimersByTime(REST_MS);
    expect(cy.forced).toBe(0);
    expect(cy.scratched[AT_REST]).toBe(true);
    // asked again at each rest
    large = false;
    cy.draw();
    expect(cy.scratched[AT_REST]).toBe(false);
    vi.advanceTimersByTime(REST_MS);
    expect(cy.forced).toBe(1);
  });
});

describe('pinBackgrounds', () => {
  /** What Cytoscape's drawing of a node without an image does: the state is set twice, ending true. */
  const drawn = (n: cytoscape.NodeSingular) => {
    const p = (n as unknown as { _private: { backgrounding?: boolean } })._private;
    p.backgrounding = false;
    p.backgrounding = true;
    return p.backgrounding;
  };

  it('keeps every node, there before or added after, from counting as loading a background image', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' } }] });
    const stop = pinBackgrounds(cy);
    cy.add([{ data: { id: 'b' } }, { data: { id: 'c' } }]);
    for (const n of cy.nodes()) expect(drawn(n), n.id()).toBe(false);
    expect(cy.nodes(':backgrounding').length).toBe(0);
    // nodes added once stopped are left as Cytoscape has them
    stop();
    cy.add({ data: { id: 'd' } });
    expect(drawn(cy.getElementById('d'))).toBe(true);
    expect(cy.nodes(':backgrounding').map((n) => n.id())).toEqual(['d']);
    cy.destroy();
  });
});

describe('fresh textures at rest', () => {
  /** A stand-in for Cytoscape's texture caches: it drops an element's textures only if told its key is invalid. */
  function fakeCache() {
    const cache = {
      dropped: [] as unknown[],
      lookup: { doesEleInvalidateKey: (_ele: unknown) => false },
      invalidateElements(eles: ArrayLike<unknown>) {
        for (const ele of Array.from(eles))
          if (cache.lookup.doesEleInvalidateKey(ele)) cache.dropped.push(ele);
      },
    };
    return cache;
  }

  it('drops every cached texture of the elements, and leaves the caches as they were', () => {
    const layers: unknown[] = [];
    const data = {
      eleTxrCache: fakeCache(),
      lblTxrCache: fakeCache(),
      slbTxrCache: fakeCache(),
      tlbTxrCache: fakeCache(),
      lyrTxrCache: { invalidateElements: (e: ArrayLike<unknown>) => void layers.push(...Array.from(e)) },
    };
    const own = data.lblTxrCache.lookup.doesEleInvalidateKey;
    const cy = { renderer: () => ({ data }), elements: () => ['a', 'b'] };
    expect(freshTextures(cy as never)).toBe(true);
    for (const cache of [data.eleTxrCache, data.lblTxrCache, data.slbTxrCache, data.tlbTxrCache])
      expect(cache.dropped).toEqual(['a', 'b']);
    expect(layers).toEqual(['a', 'b']);
    expect(data.lblTxrCache.lookup.doesEleInvalidateKey).toBe(own);
  });

  it('does nothing on a graph without a canvas renderer', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(freshTextures(cy)).toBe(false);
    cy.destroy();
  });
});
