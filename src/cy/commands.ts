/**
 * Camera commands (fit, zoom, centre) as plain functions, so toolbar buttons, keyboard keys and
 * other parts of the app share one implementation and never reach into Cytoscape themselves.
 * They act on the instance the graph view registers in the app store (`store.cy`); with no graph
 * mounted they do nothing and say so (return false). Movement is animated unless the user prefers
 * reduced motion.
 */
import type { Core, NodeSingular } from 'cytoscape';

/** Anything that holds the registered instance: the app store (tests may pass a tiny stand-in). */
export type CyHolder = { getState(): { cy: Core | null } };

/** The instance commands act on, if a graph is mounted and alive. */
export function commandTarget(store: CyHolder): Core | null {
  const cy = store.getState().cy;
  return cy && !cy.destroyed() ? cy : null;
}

/** True when the user asked the system for less motion: then the camera jumps instead of gliding. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && Boolean(window.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
}

export const ZOOM_STEP = 1.3;
const DURATION = 250;
const PADDING = 40;

/** Moves the camera: animated, or at once under reduced motion. Stops a glide still running. */
function move(cy: Core, to: { zoom?: number; pan?: { x: number; y: number } }) {
  cy.stop(true, false); // where it is: a jump to its end would land after this move
  if (prefersReducedMotion()) {
    if (to.zoom !== undefined) cy.zoom(to.zoom);
    if (to.pan) cy.pan(to.pan);
    return;
  }
  cy.animate({ ...to, duration: DURATION, easing: 'ease-in-out-cubic' } as never);
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
  // keep the model point under the centre fixed: pan' = c - (c - pan) * level / zoom
  const next = { x: centre.x - ((centre.x - pan.x) * level) / zoom, y: centre.y - ((centre.y - pan.y) * level) / zoom };
  move(cy, { zoom: level, pan: next });
  return true;
}

export const zoomIn = (store: CyHolder) => zoomBy(store, ZOOM_STEP);
export const zoomOut = (store: CyHolder) => zoomBy(store, 1 / ZOOM_STEP);

/**
 * Room along the top and bottom of the view taken by controls floating over the graph (elements
 * marked `data-graph-overlay` beside the canvas: the toolbar, the closed legend), so that a fitted
 * graph is not drawn under them. Tall overlays (an open legend) are left out: keeping clear of
 * them would shrink the whole network; the user can close them.
 */
export function overlayInsets(cy: Core): { top: number; bottom: number } {
  const container = cy.container();
  // the nearest ancestor that holds the overlays (the canvas sits in wrappers of its own)
  let host = container?.parentElement ?? null;
  while (host && !host.querySelector('[data-graph-overlay]')) host = host.parentElement;
  if (!container || !host) return { top: 0, bottom: 0 };
  const box = container.getBoundingClientRect();
  let top = 0;
  let bottom = 0;
  for (const el of host.querySelectorAll<HTMLElement>('[data-graph-overlay]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.height > box.height / 4) continue;
    if (r.top - box.top < box.height / 4) top = Math.max(top, r.bottom - box.top);
    else if (box.bottom - r.bottom < box.height / 4) bottom = Math.max(bottom, box.bottom - r.top);
  }
  return { top: Math.max(0, top), bottom: Math.max(0, bottom) };
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
export function fitOn(cy: Core, ids?: readonly string[], { instant = false }: { instant?: boolean } = {}): boolean {
  // a hidden graph (another view is open) has no size to fit into; it is fitted when shown
  if (cy.container() && (cy.width() < 2 || cy.height() < 2)) return false;
  let eles = cy.elements(':visible');
  if (ids?.length) {
    let wanted = cy.collection();
    for (const id of ids) wanted = wanted.union(cy.getElementById(id));
    if (wanted.nonempty()) eles = wanted.union(wanted.connectedEdges().filter((e) => wanted.contains(e.connectedNodes())));
  }
  if (eles.empty()) return false;
  const bb = eles.boundingBox();
  const inset = overlayInsets(cy);
  // the insets are given up only if they would leave too little room
  const usable = cy.height() - inset.top - inset.bottom - 2 * PADDING > cy.height() / 2;
  const top = usable ? inset.top : 0;
  const bottom = usable ? inset.bottom : 0;
  const w = Math.max(cy.width() - 2 * PADDING, 1);
  const h = Math.max(cy.height() - top - bottom - 2 * PADDING, 1);
  const level = clampZoom(cy, Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1), 1.6));
  const centreY = top + (cy.height() - top - bottom) / 2;
  const pan = { x: cy.width() / 2 - level * (bb.x1 + bb.w / 2), y: centreY - level * (bb.y1 + bb.h / 2) };
  if (instant) {
    cy.stop(true, false);
    cy.viewport({ zoom: level, pan });
  } else move(cy, { zoom: level, pan });
  return true;
}

/** Centres the view on a node, zooming in to a readable level if the view is far out. */
export function center(store: CyHolder, id: string): boolean {
  const cy = commandTarget(store);
  if (!cy) return false;
  const node = cy.getElementById(id);
  if (node.empty()) return false;
  // the container may have just changed size (a panel opened in the same moment)
  cy.resize();
  const level = Math.max(cy.zoom(), 1);
  const p = (node as NodeSingular).position();
  move(cy, { zoom: level, pan: { x: cy.width() / 2 - level * p.x, y: cy.height() / 2 - level * p.y } });
  return true;
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

/** Pans the view by a distance in screen pixels (keyboard panning). */
export function panBy(store: CyHolder, dx: number, dy: number): boolean {
  const cy = commandTarget(store);
  if (!cy) return false;
  cy.stop(true, false);
  cy.panBy({ x: dx, y: dy });
  return true;
}
