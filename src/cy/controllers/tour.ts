import { useEffect } from 'react';
import type { Collection, Core } from 'cytoscape';
import { resolveStep, stepElementIds, toursFor } from '../../data/tours';
import type { Dataset } from '../../data/schema';
import { useAppStoreApi, type Tour } from '../../store';
import { overlayInsets, prefersReducedMotion } from '../commands';

const FOCUS = 'tour-focus';
const FADED = 'tour-faded';
const PADDING = 60;
/** Closest the camera comes on a small step (one node would otherwise fill the screen). */
const MAX_ZOOM = 1.6;
const DURATION = 600;

/**
 * Marks a tour step on the graph: its nodes and edges (and the ends of its edges) get
 * `tour-focus`, everything else `tour-faded`; with no step, both classes go. Returns the elements
 * in focus (empty when none), for the camera.
 */
export function applyTourStep(cy: Core, dataset: Dataset, tour: Tour): Collection {
  const at = resolveStep(toursFor(dataset).tours, tour);
  let focus = cy.collection();
  cy.batch(() => {
    cy.elements().removeClass(`${FOCUS} ${FADED}`);
    if (!at) return;
    const ids = stepElementIds(at.step, dataset);
    for (const id of [...ids.nodes, ...ids.edges]) focus = focus.union(cy.getElementById(id));
    focus.addClass(FOCUS);
    cy.elements().not(focus).addClass(FADED);
  });
  return focus;
}

type Insets = { left: number; right: number; top: number; bottom: number };

/**
 * The parts of the graph that overlays cover, so that a step is framed where it can be seen: an
 * open legend down the left side, and a panel drawn over the graph as a bottom sheet (phones).
 */
function coveredInsets(cy: Core): Insets {
  const insets: Insets = { left: 0, right: 0, top: 0, bottom: 0 };
  const container = cy.container();
  if (!container) return insets;
  const box = container.getBoundingClientRect();
  // the toolbar along the top (and the closed legend along the bottom)
  const strips = overlayInsets(cy);
  insets.top = strips.top;
  insets.bottom = strips.bottom;
  const legend = container.closest('.graph-view')?.querySelector('.legend');
  if (legend) {
    const r = legend.getBoundingClientRect();
    const covered = r.right - box.left;
    if (r.height > box.height * 0.4 && r.left - box.left < box.width * 0.25 && covered > 0 && covered < box.width * 0.4) {
      insets.left = covered;
    }
  }
  for (const panel of document.querySelectorAll('.tool-panel, .details-panel')) {
    const r = panel.getBoundingClientRect();
    const overlaps = r.top > box.top + box.height * 0.25 && r.top < box.bottom && r.left <= box.left + 1 && r.right >= box.right - 1;
    if (overlaps) insets.bottom = Math.max(insets.bottom, box.bottom - r.top);
  }
  return insets;
}

/**
 * Frames a step: around its elements, or the whole network for `camera: "all"` (or a step with
 * nothing to show). Glides, or jumps when the user prefers reduced motion or when `instant`.
 */
function frame(cy: Core, eles: Collection, instant: boolean) {
  if (cy.width() === 0 || cy.height() === 0) return; // graph not laid out on screen (another view)
  const target = (eles.nonempty() ? eles : cy.elements(':visible')).filter(':visible');
  if (target.empty()) return;
  const bb = target.boundingBox();
  const c = coveredInsets(cy);
  const free = { w: cy.width() - c.left - c.right, h: cy.height() - c.top - c.bottom };
  const pad = Math.min(PADDING, free.w / 8, free.h / 8);
  const w = Math.max(free.w - 2 * pad, 1);
  const h = Math.max(free.h - 2 * pad, 1);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1), MAX_ZOOM)));
  const pan = {
    x: c.left + free.w / 2 - zoom * (bb.x1 + bb.w / 2),
    y: c.top + free.h / 2 - zoom * (bb.y1 + bb.h / 2),
  };
  cy.stop(true, false); // where it is: a jump to its end would land after this move
  if (instant || prefersReducedMotion()) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan, duration: DURATION, easing: 'ease-in-out-cubic' } as never);
}

/**
 * Applies the running tour's step to the graph and moves the camera to it. Only a change of tour
 * or step moves the camera (not a dataset re-check), and the first framing after start-up (a deep
 * link) is instant.
 */
export function useTourController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const show = (instant: boolean) => {
      const { dataset, tour } = store.getState();
      const focus = applyTourStep(cy, dataset, tour);
      const at = resolveStep(toursFor(dataset).tours, tour);
      if (at) frame(cy, at.step.camera === 'all' ? cy.collection() : focus, instant);
    };
    show(true);
    // A layout that finishes (at start-up, or one the user picks during a tour) moves the nodes:
    // frame the step again where they are now (instantly if nothing has been shown yet).
    const startedAt = performance.now();
    const onLayoutStop = () => {
      if (store.getState().tour) show(performance.now() - startedAt < 1500);
    };
    cy.on('layoutstop', onLayoutStop);
    const offTour = store.subscribe(
      (s) => s.tour,
      () => show(false),
      { equalityFn: (a, b) => a?.id === b?.id && a?.step === b?.step },
    );
    // The graph's box changes when a panel opens or closes, presentation mode hides the chrome, or
    // a phone turns: frame the step again in the new box.
    let resizeFrame = 0;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      cancelAnimationFrame(resizeFrame);
      resizeFrame = requestAnimationFrame(() => {
        if (cy.destroyed() || !store.getState().tour) return;
        cy.resize();
        show(performance.now() - startedAt < 1500);
      });
    });
    const container = cy.container();
    if (observer && container) observer.observe(container);
    return () => {
      offTour();
      observer?.disconnect();
      cancelAnimationFrame(resizeFrame);
      cy.removeListener('layoutstop', onLayoutStop);
      cy.elements().removeClass(`${FOCUS} ${FADED}`);
    };
  }, [cy, store]);
}
