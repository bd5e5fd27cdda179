/**
 * Camera commands (fit, zoom, centre) as plain functions, so toolbar buttons, keyboard keys and
 * other parts of the app share one implementation and never reach into Cytoscape themselves.
 * They act on the instance the graph view registers in the app store (`store.cy`); with no graph
 * mounted they do nothing and say so (return false). Movement is animated unless the user prefers
 * reduced motion.
 */
import type { Collection, Core, NodeCollection } from 'cytoscape';
import { frameBox, framePadding, legibleFrame, namingFrame, type NamedAt } from './framing';
import { overlayBoxes } from './overlays';
import { flushStyle, legibleShares, placeAt, ZOOM_ANCHOR, type PassOptions } from './labels/pass';
import { readLabels } from './labels/measure';
import { setNote } from './scratch';
import { isLarge } from './largeGraph';

/** Anything that holds the registered instance: the app store (tests may pass a tiny stand-in). */
export type CyHolder = { getState(): { cy: Core | null } };

/** The instance commands act on, if a graph is mounted and alive. */
export function commandTarget(store: CyHolder): Core | null {
  const cy = store.getState().cy;
  return cy && !cy.destroyed() ? cy : null;
}

/** True when the user asked the system for less motion: then the camera jumps instead of gliding. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && Boolean(window.matchMedia?.('(prefers-reduced-motion: reduce)').matches)
  );
}

export const ZOOM_STEP = 1.3;
const DURATION = 250;

/** Moves the camera: animated, or at once under reduced motion. Stops a glide still running. */
function move(cy: Core, to: { zoom?: number; pan?: { x: number; y: number } }, duration = DURATION) {
  cy.stop(true, false); // where it is: a jump to its end would land after this move
  if (prefersReducedMotion()) {
    if (to.zoom !== undefined) cy.zoom(to.zoom);
    if (to.pan) cy.pan(to.pan);
    return;
  }
  cy.animate({ ...to, duration, easing: 'ease-in-out-cubic' } as never);
}

/** Zoom level kept within the instance's limits. */
function clampZoom(cy: Core, level: number): number {
  return Math.min(cy.maxZoom(), Math.max(cy.minZoom(), level));
}

/** Zooms by `factor` about the centre of the view (so what is in the middle stays there). */
export function zoomBy(store: CyHolder, factor: number): boolean {
  const cy = commandTarget(store);
  if (!cy) return false;
  const zoom = cy.zoom();
  const level = clampZoom(cy, zoom * factor);
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const pan = cy.pan();
  // the names about the point zoomed in on are drawn first (zooming out forgets it)
  setNote(
    cy,
    ZOOM_ANCHOR,
    level > zoom ? { x: (centre.x - pan.x) / zoom, y: (centre.y - pan.y) / zoom } : null,
  );
  // keep the model point under the centre fixed: pan' = c - (c - pan) * level / zoom
  const next = {
    x: centre.x - ((centre.x - pan.x) * level) / zoom,
    y: centre.y - ((centre.y - pan.y) * level) / zoom,
  };
  move(cy, { zoom: level, pan: next });
  return true;
}

export const zoomIn = (store: CyHolder) => zoomBy(store, ZOOM_STEP);
export const zoomOut = (store: CyHolder) => zoomBy(store, 1 / ZOOM_STEP);

/** Closest a fit comes on a small set of elements (one node would otherwise fill the screen). */
export const FIT_MAX_ZOOM = 1.6;

/**
 * Scratch field: the extent of a layout with headings (model units) and the height its headings
 * rise above it (pixels), so that fitting the whole graph keeps the headings in the free view too.
 */
export const HEADING_EXTENT = '_headingExtent';
export type HeadingExtent = { x1: number; y1: number; x2: number; y2: number; rise: number };

/**
 * How many of the nodes `ids` would have their names drawn from a camera, by the label pass's own
 * placement (the graph read once, then placed for each camera asked about).
 */
function namesDrawnAt(cy: Core, ids: readonly string[], opts: PassOptions): NamedAt {
  const set = readLabels(cy);
  const view = { x1: 1, y1: 1, x2: cy.width() - 1, y2: cy.height() - 1 };
  return (camera) => {
    const { chosen } = placeAt(set, camera, view, opts);
    return ids.filter((id) => chosen.has(id)).length;
  };
}

/**
 * Frames elements: the zoom and pan from the one framing module (as large as they fit in the part
 * of the view the overlays leave free, with room for their labels), then a glide or a jump. The
 * style is read before the box is measured, so a change of classes just made is measured as drawn.
 * `legible`: closer, if need be, until most names in view can be drawn (see legibleFrame), about
 * the given model point or the elements' centre. `named`: nodes whose names must all be drawn (a
 * tour step's): if the fitted camera would leave one out, the nearest camera that draws them all
 * (see namingFrame).
 */
export function frameOn(
  cy: Core,
  eles: Collection | NodeCollection,
  {
    instant = false,
    maxZoom = FIT_MAX_ZOOM,
    duration = DURATION,
    extent,
    legible,
    named,
  }: {
    instant?: boolean;
    maxZoom?: number;
    duration?: number;
    extent?: HeadingExtent | null;
    legible?: { about?: { x: number; y: number } };
    named?: NodeCollection;
  } = {},
): boolean {
  // a hidden graph (another view is open) has no size to fit into; it is fitted when shown
  if (cy.container() && (cy.width() < 2 || cy.height() < 2)) return false;
  const target = eles.filter(':visible');
  if (target.empty()) return false;
  flushStyle(target);
  let bb = target.boundingBox({
    includeLabels: false,
    includeOverlays: false,
    includeUnderlays: false,
  } as never);
  if (extent) {
    const [x1, y1] = [Math.min(bb.x1, extent.x1), Math.min(bb.y1, extent.y1)];
    const [x2, y2] = [Math.max(bb.x2, extent.x2), Math.max(bb.y2, extent.y2)];
    bb = { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
  }
  const presentation = cy.scratch('_present') === true;
  const small = cy.width() < 560;
  const padding = framePadding(presentation, small);
  if (extent) padding.top += extent.rise;
  const overlays = overlayBoxes(cy.container(), { marks: false });
  const upTo = Math.min(cy.maxZoom(), maxZoom);
  let f = frameBox(bb, { width: cy.width(), height: cy.height() }, overlays, {
    padding,
    minZoom: cy.minZoom(),
    maxZoom: upTo,
  });
  if (legible && cy.container()) {
    const about = legible.about ?? { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 };
    const started = performance.now();
    f = legibleFrame(f, bb, about, upTo, (cameras) =>
      legibleShares(cy, cameras, { presentation, overlays, anchor: null }),
    );
    // how long weighing the cameras took (read by the label benchmark)
    setNote(cy, '_legibleSharesMs', performance.now() - started);
  }
  const mustName = named?.filter(':visible').map((n) => n.id()) ?? [];
  if (mustName.length && cy.container()) {
    const opts = { presentation, overlays: overlayBoxes(cy.container()), anchor: null };
    f = namingFrame(
      f,
      bb,
      { minZoom: cy.minZoom(), maxZoom: upTo },
      mustName.length,
      namesDrawnAt(cy, mustName, opts),
    );
  }
  setNote(cy, ZOOM_ANCHOR, null);
  if (instant || prefersReducedMotion()) {
    cy.stop(true, false);
    cy.viewport({ zoom: f.zoom, pan: f.pan });
  } else move(cy, { zoom: f.zoom, pan: f.pan }, duration);
  return true;
}

/**
 * Fits the visible graph (or the given element ids) into the view, clear of the controls over it.
 * `instant` skips the glide (start-up).
 */
export function fit(store: CyHolder, ids?: readonly string[], options: { instant?: boolean } = {}): boolean {
  const cy = commandTarget(store);
  return cy ? fitOn(cy, ids, options) : false;
}

/** `fit` on a given instance (for controllers, which hold their instance). */
export function fitOn(
  cy: Core,
  ids?: readonly string[],
  { instant = false, legible = false }: { instant?: boolean; legible?: boolean } = {},
): boolean {
  // a large network's relationships are straight lines between its nodes (haystack edges), so
  // the nodes' box is the whole graph's, found without 20,000 edges matched and measured
  let eles = isLarge(cy.elements().length) ? cy.nodes(':visible') : cy.elements(':visible');
  if (ids?.length) {
    let wanted = cy.collection();
    for (const id of ids) wanted = wanted.union(cy.getElementById(id));
    if (wanted.nonempty()) eles = wanted;
  }
  // the whole graph of a layout with headings: the headings too
  const extent = ids?.length ? null : (cy.scratch(HEADING_EXTENT) as HeadingExtent | undefined);
  return frameOn(cy, eles, { instant, extent, ...(legible ? { legible: {} } : {}) });
}

/**
 * Shows a node with its neighbours (a search result, "show in graph", an organisation opened
 * while presenting): framed in the free part of the view, close enough to read.
 */
export function center(store: CyHolder, id: string): boolean {
  const cy = commandTarget(store);
  if (!cy) return false;
  const node = cy.getElementById(id);
  if (node.empty() || !node.visible()) return false;
  // the container may have just changed size (a panel opened in the same moment)
  cy.resize();
  return frameOn(cy, node.closedNeighborhood().nodes(), {
    maxZoom: FIT_MAX_ZOOM,
    legible: { about: node.position() },
  });
}

/** Pans (without zooming) just enough to bring an element into view, if it is outside it. */
export function ensureVisible(store: CyHolder, id: string, margin = 60): boolean {
  const cy = commandTarget(store);
  if (!cy) return false;
  const ele = cy.getElementById(id);
  if (ele.empty() || !ele.visible()) return false;
  const bb = ele.renderedBoundingBox();
  const [w, h] = [cy.width(), cy.height()];
  let dx = 0;
  let dy = 0;
  if (bb.x1 < margin) dx = margin - bb.x1;
  else if (bb.x2 > w - margin) dx = w - margin - bb.x2;
  if (bb.y1 < margin) dy = margin - bb.y1;
  else if (bb.y2 > h - margin) dy = h - margin - bb.y2;
  if (dx === 0 && dy === 0) return false;
  const pan = cy.pan();
  move(cy, { pan: { x: pan.x + dx, y: pan.y + dy } });
  return true;
}

/** Where a node and its label are drawn, in page coordinates (null when not shown). */
export function screenBoxOf(
  store: CyHolder,
  id: string,
): { left: number; top: number; right: number; bottom: number } | null {
  const cy = commandTarget(store);
  const ele = cy?.getElementById(id);
  const box = cy?.container()?.getBoundingClientRect();
  if (!cy || !ele || ele.empty() || !ele.visible() || !box) return null;
  const bb = ele.renderedBoundingBox({ includeLabels: true, includeOverlays: false } as never);
  return { left: box.left + bb.x1, top: box.top + bb.y1, right: box.left + bb.x2, bottom: box.top + bb.y2 };
}

/** Pans the view by a distance in screen pixels (keyboard panning). */
export function panBy(store: CyHolder, dx: number, dy: number): boolean {
  const cy = commandTarget(store);
  if (!cy) return false;
  cy.stop(true, false);
  cy.panBy({ x: dx, y: dy });
  return true;
}
