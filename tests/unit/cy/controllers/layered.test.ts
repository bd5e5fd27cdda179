import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import cytoscape from 'cytoscape';
import { drawWhenLayered, HOLD_MAX_MS, readingCachedBoxes } from '../../../../src/cy/controllers/chunked';

/** The stand-in collections' prototype: its box reader is what readingCachedBoxes replaces. */
const ownReader = () => 'read afresh';
const collectionProto = { boundingBox: ownReader };

const FRAME_MS = 16;

/**
 * A stand-in for Cytoscape's canvas renderer and its layered cache, as far as the hold uses them:
 * the cache is "skipping" (takes no order for layers) for `skipFrames` frames, as after elements
 * changed; layers asked for are complete `buildFrames` frames later (`tooBig`: none can be made).
 */
class FakeRenderer {
  requestedFrame = true;
  hints: string[] = [];
  pxRatio = 1;
  eles = Object.assign([1, 2, 3], { nondrag: [1, 2, 3] });
  asked: number[] = [];
  /** For each order, whether the boxes were read from their cache (see readingCachedBoxes). */
  readFromCache: boolean[] = [];
  frames = 0;
  builtAt = new Map<number, number>();
  /** Elements waiting to be drawn into their layers, once layers are asked for (the layer's queue). */
  queue = { length: 0 };
  get waiting() {
    return this.queue.length;
  }
  constructor(
    private skipFrames = 2,
    private buildFrames = 3,
    private tooBig = false,
    private queued = 0,
  ) {}
  redraw() {
    this.requestedFrame = true;
  }
  redrawHint(group: string, value: boolean) {
    if (value) this.hints.push(group);
  }
  getPixelRatio() {
    return this.pxRatio;
  }
  getCachedZSortedEles() {
    return this.eles;
  }
  data = {
    lyrTxrCache: {
      layersByLevel: {} as Record<number, { elesQueue?: { length: number } }[] | undefined>,
      skipping: true,
      getLayers: (eles: unknown[], _px: number, lvl?: number) => {
        expect(eles).toBe(this.eles.nondrag);
        this.asked.push(lvl!);
        this.readFromCache.push(collectionProto.boundingBox !== ownReader);
        if (!this.tooBig && !this.builtAt.has(lvl!)) {
          this.data.lyrTxrCache.layersByLevel[lvl!] = [{ elesQueue: this.queue }];
          this.builtAt.set(lvl!, this.frames + this.buildFrames);
          this.queue.length = this.queued;
        }
        return null;
      },
      dequeue: () => (this.queue.length > 0 ? (this.queue.length--, [true]) : []),
      levelIsComplete: (lvl: number) =>
        this.builtAt.has(lvl) &&
        (this.builtAt.get(lvl)! <= this.frames || (this.queued > 0 && this.waiting === 0)),
    },
  };
  /** Cytoscape's render loop: the cache stops skipping once the changes are a while old. */
  tick() {
    this.frames++;
    this.data.lyrTxrCache.skipping = this.frames <= this.skipFrames;
  }
}

function fakeCy(r: FakeRenderer, zoom = 0.1) {
  const container = { attrs: new Map<string, string>() } as unknown as HTMLElement & {
    attrs: Map<string, string>;
  };
  Object.assign(container, {
    setAttribute: (k: string, v: string) => container.attrs.set(k, v),
    removeAttribute: (k: string) => container.attrs.delete(k),
  });
  const cy = {
    z: zoom,
    gone: false,
    zoom: () => cy.z,
    destroyed: () => cy.gone,
    container: () => container,
    renderer: () => r,
    collection: () => Object.create(collectionProto) as object,
    handlers: new Map<string, Set<() => void>>(),
    on: (event: string, fn: () => void) => {
      if (!cy.handlers.has(event)) cy.handlers.set(event, new Set());
      cy.handlers.get(event)!.add(fn);
    },
    off: (event: string, fn: () => void) => void cy.handlers.get(event)?.delete(fn),
    emit: (event: string) => cy.handlers.get(event)?.forEach((fn) => fn()),
  };
  return { cy, container };
}

/** One frame: the renderer's loop, then the hold's check (both requestAnimationFrame callbacks). */
function frame(r: FakeRenderer) {
  r.tick();
  vi.advanceTimersByTime(FRAME_MS);
}

describe('a large network drawn once its layers are complete', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // frames as timers a frame apart (Node has no requestAnimationFrame)
    vi.stubGlobal('requestAnimationFrame', (fn: (t: number) => void) =>
      setTimeout(() => fn(performance.now()), FRAME_MS),
    );
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks for no frame until the layers at the zoom shown are complete, then for one, drawn from them', () => {
    const r = new FakeRenderer(2, 3);
    const { cy, container } = fakeCy(r, 0.1);
    const drawn = vi.fn();
    drawWhenLayered(cy as never, drawn);
    // the frame the batch's end asked for is not drawn, nor any asked for meanwhile
    expect(r.requestedFrame).toBe(false);
    expect(container.attrs.get('data-drawing')).toBe('held');
    r.redraw();
    expect(r.requestedFrame).toBe(false);
    // while the cache skips (elements just changed), no layers are asked for
    frame(r);
    frame(r);
    expect(r.asked).toEqual([]);
    frame(r);
    // at zoom 0.1 the cache draws at level ceil(log2 0.1) = -3
    expect(r.asked).toEqual([-3]);
    frame(r);
    frame(r);
    expect(drawn).not.toHaveBeenCalled();
    expect(r.requestedFrame).toBe(false);
    frame(r);
    expect(drawn).toHaveBeenCalledOnce();
    expect(r.requestedFrame).toBe(true);
    expect(r.hints).toEqual(['eles', 'drag']);
    expect(container.attrs.has('data-drawing')).toBe(false);
    // the renderer's own redraw is back, and the hold asks nothing more of the cache
    expect(Object.hasOwn(r, 'redraw')).toBe(false);
    const asked = r.asked.length;
    for (let i = 0; i < 5; i++) frame(r);
    expect(r.asked.length).toBe(asked);
    expect(drawn).toHaveBeenCalledOnce();
  });

  it('fills the layers itself in each frame, not only in what Cytoscape leaves of it', () => {
    const r = new FakeRenderer(0, Infinity, false, 50);
    r.eles = Object.assign(new Array(100).fill(0), { nondrag: new Array(100).fill(0) });
    const drawn = vi.fn();
    const progress = vi.fn();
    drawWhenLayered(fakeCy(r).cy as never, drawn, progress);
    frame(r);
    expect(r.asked).toEqual([-3]);
    // the frame that asks (it reads every element's box) fills nothing; the next fills them all
    expect(r.waiting).toBe(50);
    frame(r);
    expect(r.waiting).toBe(0);
    expect(drawn).not.toHaveBeenCalled();
    // the share in the layers: all 100 elements, none waiting
    expect(progress).toHaveBeenLastCalledWith(1);
    frame(r);
    expect(drawn).toHaveBeenCalledOnce();
  });

  it('draws at once where Cytoscape uses no layers: zoomed in past them, or a graph too big for one', () => {
    const near = new FakeRenderer(0, 3);
    const drawnNear = vi.fn();
    drawWhenLayered(fakeCy(near, 4).cy as never, drawnNear);
    frame(near);
    expect(drawnNear).toHaveBeenCalledOnce();
    expect(near.asked).toEqual([]);
    expect(near.requestedFrame).toBe(true);

    const big = new FakeRenderer(0, 3, true);
    const drawnBig = vi.fn();
    drawWhenLayered(fakeCy(big, 0.1).cy as never, drawnBig);
    frame(big);
    expect(big.asked).toEqual([-3]);
    expect(drawnBig).toHaveBeenCalledOnce();
    expect(big.requestedFrame).toBe(true);
  });

  it('draws at once when the zoom changes after the layers were asked for', () => {
    const r = new FakeRenderer(0, 100);
    const { cy } = fakeCy(r, 0.1);
    const drawn = vi.fn();
    drawWhenLayered(cy as never, drawn);
    frame(r);
    expect(r.asked).toEqual([-3]);
    frame(r);
    expect(drawn).not.toHaveBeenCalled();
    cy.z = 0.3;
    frame(r);
    expect(drawn).toHaveBeenCalledOnce();
    expect(r.requestedFrame).toBe(true);
  });

  it('holds the drawing for a few seconds at most, and ends when asked, without reporting', () => {
    const r = new FakeRenderer(0, Infinity);
    const drawn = vi.fn();
    drawWhenLayered(fakeCy(r).cy as never, drawn);
    const frames = Math.ceil(HOLD_MAX_MS / FRAME_MS);
    for (let i = 0; i < frames - 2; i++) frame(r);
    expect(drawn).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) frame(r);
    expect(drawn).toHaveBeenCalledOnce();

    const s = new FakeRenderer(0, Infinity);
    const drawnS = vi.fn();
    const stop = drawWhenLayered(fakeCy(s).cy as never, drawnS);
    frame(s);
    stop();
    // drawn as it is, but not reported: the load it belonged to is over (another may have begun)
    expect(s.requestedFrame).toBe(true);
    expect(Object.hasOwn(s, 'redraw')).toBe(false);
    for (let i = 0; i < 3; i++) frame(s);
    expect(drawnS).not.toHaveBeenCalled();
  });

  it('draws nothing and reports nothing for an instance destroyed meanwhile', () => {
    const r = new FakeRenderer(0, 5);
    const { cy } = fakeCy(r);
    const drawn = vi.fn();
    drawWhenLayered(cy as never, drawn);
    frame(r);
    cy.gone = true;
    frame(r);
    expect(drawn).not.toHaveBeenCalled();
    expect(r.requestedFrame).toBe(false);
    expect(Object.hasOwn(r, 'redraw')).toBe(false);
  });
  it('reads the boxes from their cache for the first order, unless a node moved since the hold began', () => {
    const still = new FakeRenderer(1, 3);
    drawWhenLayered(fakeCy(still).cy as never, () => {});
    frame(still);
    frame(still);
    expect(still.asked).toEqual([-3]);
    expect(still.readFromCache).toEqual([true]);
    // the reader is Cytoscape's own again once the order is made
    expect(collectionProto.boundingBox).toBe(ownReader);
    // later orders (for layers a change made invalid) read as Cytoscape does
    frame(still);
    expect(still.readFromCache).toEqual([true, false]);

    const moved = new FakeRenderer(1, 3);
    const { cy } = fakeCy(moved);
    drawWhenLayered(cy as never, () => {});
    cy.emit('position');
    frame(moved);
    frame(moved);
    expect(moved.readFromCache).toEqual([false]);
    // the hold stops listening once it ends
    frame(moved);
    frame(moved);
    frame(moved);
    expect(cy.handlers.get('position')?.size ?? 0).toBe(0);
  });
});

describe('reading cached boxes (Cytoscape headless)', () => {
  const make = () =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 200, y: 50 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
      style: [{ selector: 'node', style: { width: 20, height: 20 } }],
    });

  it('gives each element its own cached box, the same as Cytoscape reads it, and restores the reader', () => {
    const cy = make();
    const reader = Object.getPrototypeOf(cy.collection()).boundingBox;
    const expected = cy.elements().map((e) => ({ ...e.boundingBox() }));
    const read = readingCachedBoxes(cy, () => cy.elements().map((e) => e.boundingBox()));
    expect(read.map((b) => ({ ...b }))).toEqual(expected);
    // straight from the cache: the very object Cytoscape keeps
    const a = cy.getElementById('a');
    expect(readingCachedBoxes(cy, () => a.boundingBox())).toBe(
      (a as unknown as { _private: { bbCache: unknown } })._private.bbCache,
    );
    expect(Object.getPrototypeOf(cy.collection()).boundingBox).toBe(reader);
  });

  it('reads afresh a box whose style changed, and one asked for with options', () => {
    const cy = make();
    cy.elements().boundingBox();
    const a = cy.getElementById('a');
    a.style('width', 60);
    expect(readingCachedBoxes(cy, () => a.boundingBox().w)).toBeGreaterThan(55);
    const labelless = readingCachedBoxes(cy, () => a.boundingBox({ includeOverlays: false }));
    expect(labelless).toEqual(a.boundingBox({ includeOverlays: false }));
  });

  it('restores the reader when the work throws', () => {
    const cy = make();
    const reader = Object.getPrototypeOf(cy.collection()).boundingBox;
    expect(() =>
      readingCachedBoxes(cy, () => {
        throw new Error('broken');
      }),
    ).toThrow('broken');
    expect(Object.getPrototypeOf(cy.collection()).boundingBox).toBe(reader);
  });
});
