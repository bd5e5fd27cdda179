import { useEffect } from 'react';
import type { Collection, Core } from 'cytoscape';
import { resolveStep, stepElementIds, toursFor } from '../../data/tours';
import type { Dataset } from '../../data/schema';
import { getAppStore, type Tour } from '../../store';
import { prefersReducedMotion } from '../commands';

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

/**
 * How much of the graph's left side an open legend covers: a step is framed in the part that is
 * left, so that the legend does not hide what the narrative speaks of. Nothing on narrow screens,
 * where the legend is small and the graph needs all its width.
 */
function coveredLeft(cy: Core): number {
  const container = cy.container();
  const legend = container?.closest('.graph-view')?.querySelector('.legend');
  if (!container || !legend) return 0;
  const box = container.getBoundingClientRect();
  const r = legend.getBoundingClientRect();
  const tall = r.height > box.height * 0.4;
  const onLeft = r.left - box.left < box.width * 0.25;
  const covered = r.right - box.left;
  return tall && onLeft && covered > 0 && covered < box.width * 0.4 ? covered : 0;
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
  const left = coveredLeft(cy);
  const w = Math.max(cy.width() - left - 2 * PADDING, 1);
  const h = Math.max(cy.height() - 2 * PADDING, 1);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1), MAX_ZOOM)));
  const pan = { x: left + (cy.width() - left) / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) };
  cy.stop(true, true);
  if (instant || prefersReducedMotion()) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan, duration: DURATION, easing: 'ease-in-out-cubic' } as never);
}

/**
 * Applies the running tour's step to the graph and moves the camera to it. Only a change of tour
 * or step moves the camera (not a dataset re-check), and the first framing after start-up (a deep
 * link) is instant.
 */
export function useTourController(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    const store = getAppStore();
    const show = (instant: boolean) => {
      const { dataset, tour } = store.getState();
      const focus = applyTourStep(cy, dataset, tour);
      const at = resolveStep(toursFor(dataset).tours, tour);
      if (at) frame(cy, at.step.camera === 'all' ? cy.collection() : focus, instant);
    };
    show(true);
    const offTour = store.subscribe(
      (s) => s.tour,
      () => show(false),
      { equalityFn: (a, b) => a?.id === b?.id && a?.step === b?.step },
    );
    // New elements (another dataset) start without classes: mark them once they are in the graph.
    let pending = false;
    const onAdd = () => {
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        if (!cy.destroyed()) applyTourStep(cy, store.getState().dataset, store.getState().tour);
      });
    };
    cy.on('add', onAdd);
    return () => {
      offTour();
      cy.removeListener('add', onAdd);
      cy.elements().removeClass(`${FOCUS} ${FADED}`);
    };
  }, [cy]);
}
