import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import {
  center,
  commandTarget,
  ensureVisible,
  fit,
  panBy,
  zoomBy,
  zoomIn,
  zoomOut,
  ZOOM_STEP,
} from '../../../src/cy/commands';

// Reduced motion, so camera moves happen at once and can be read back synchronously (in Node,
// which has no window: one with only matchMedia, taken away afterwards).
beforeAll(() => {
  vi.stubGlobal('window', { matchMedia: () => ({ matches: true }) });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

let cy: Core;
/** What the app store holds for commands: the registered instance (none until a graph is made). */
let store: { getState(): { cy: Core | null } };
beforeEach(() => {
  const state = { cy: null as Core | null };
  store = { getState: () => state };
});
afterEach(() => {
  cy?.destroy();
});

function graph(): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 20, height: 20 } }],
    // without this Cytoscape runs its default grid layout over the given positions
    layout: { name: 'preset', fit: false },
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 400, y: 200 } },
      { data: { id: 'far' }, position: { x: 5000, y: 5000 } },
    ],
  });
  store.getState().cy = cy;
  return cy;
}

/** The model point at the centre of the view. */
const centreOf = (c: Core) => ({
  x: (c.width() / 2 - c.pan().x) / c.zoom(),
  y: (c.height() / 2 - c.pan().y) / c.zoom(),
});

/** How far (in screen pixels) a model point is drawn from the centre of the view. */
const offCentre = (c: Core, p: { x: number; y: number }) => ({
  x: p.x * c.zoom() + c.pan().x - c.width() / 2,
  y: p.y * c.zoom() + c.pan().y - c.height() / 2,
});

describe('camera commands', () => {
  it('do nothing without a graph, and say so', () => {
    expect(commandTarget(store)).toBeNull();
    expect(zoomIn(store)).toBe(false);
    expect(fit(store)).toBe(false);
    expect(center(store, 'a')).toBe(false);
  });

  it('zoom in and out by a step about the centre of the view', () => {
    const c = graph();
    c.zoom(1);
    c.pan({ x: 10, y: 20 });
    const before = centreOf(c);
    expect(zoomIn(store)).toBe(true);
    expect(c.zoom()).toBeCloseTo(ZOOM_STEP);
    expect(centreOf(c).x).toBeCloseTo(before.x);
    expect(centreOf(c).y).toBeCloseTo(before.y);
    zoomOut(store);
    expect(c.zoom()).toBeCloseTo(1);
  });

  it('keep the zoom within the limits', () => {
    const c = graph();
    c.maxZoom(2);
    zoomBy(store, 100);
    expect(c.zoom()).toBe(2);
  });

  it('centre the view on a node', () => {
    const c = graph();
    expect(center(store, 'b')).toBe(true);
    // on screen (a 1-pixel view headless): b in the middle, a touch above it (room for its label)
    expect(offCentre(c, { x: 400, y: 200 }).x).toBeCloseTo(0);
    expect(Math.abs(offCentre(c, { x: 400, y: 200 }).y)).toBeLessThan(0.1);
    expect(center(store, 'nope')).toBe(false);
  });

  it('fit the visible elements, leaving hidden ones out', () => {
    const c = graph();
    c.getElementById('far').style('display', 'none');
    expect(fit(store)).toBe(true);
    // the centre of a and b, not pulled towards the hidden far node
    expect(offCentre(c, { x: 200, y: 100 }).x).toBeCloseTo(0);
    expect(Math.abs(offCentre(c, { x: 200, y: 100 }).y)).toBeLessThan(0.1);
  });

  it('bring a node outside the view into it, and leave one inside alone', () => {
    const c = graph();
    // headless views are 1×1 px: zoom far out so a node fits in it
    c.zoom(0.01);
    c.pan({ x: 0, y: 0 });
    expect(ensureVisible(store, 'far', 0)).toBe(true);
    const bb = c.getElementById('far').renderedBoundingBox();
    expect(bb.x2).toBeLessThanOrEqual(c.width() + 0.01);
    expect(bb.y2).toBeLessThanOrEqual(c.height() + 0.01);
    const pan = { ...c.pan() };
    expect(ensureVisible(store, 'far', 0)).toBe(false);
    expect(c.pan()).toEqual(pan);
  });

  it('pan by a distance in pixels', () => {
    const c = graph();
    c.pan({ x: 0, y: 0 });
    panBy(store, 30, -10);
    expect(c.pan()).toEqual({ x: 30, y: -10 });
  });
});
