import { useEffect } from 'react';
import type { Collection, Core } from 'cytoscape';
import { loadedTours } from '../../data/toursLoader';
import type { Dataset } from '../../data/schema';
import { useAppStoreApi, type Tour } from '../../store';
import { frameOn } from '../commands';
import { addClass, removeClasses } from '../classes';

const FOCUS = 'tour-focus';
const FADED = 'tour-faded';
/** Closest the camera comes on a small step (one node would otherwise fill the screen). */
const MAX_ZOOM = 1.6;
const DURATION = 600;

/**
 * Marks a tour step on the graph: its nodes and edges (and the ends of its edges) get
 * `tour-focus`, everything else `tour-faded`; with no step, both classes go. Returns the elements
 * in focus (empty when none), for the camera.
 */
export function applyTourStep(cy: Core, dataset: Dataset, tour: Tour): Collection {
  const at = runningStep(dataset, tour);
  let focus = cy.collection();
  cy.batch(() => {
    removeClasses(cy, `${FOCUS} ${FADED}`);
    if (!at) return;
    const ids = loadedTours()!.stepElementIds(at.step, dataset);
    for (const id of [...ids.nodes, ...ids.edges]) focus = focus.union(cy.getElementById(id));
    addClass(focus, FOCUS);
    addClass(cy.elements().not(focus), FADED);
  });
  return focus;
}

/**
 * The step running, if any (none before the tours are loaded). With no tour asked for, the tours
 * are not checked against the dataset (a pass over all of it, for a dataset just loaded).
 */
function runningStep(dataset: Dataset, tour: Tour) {
  const tours = tour && loadedTours();
  return tours && tours.resolveStep(tours.toursFor(dataset).tours, tour);
}

/**
 * Frames a step: around its elements, or the whole network for `camera: "all"` (or a step with
 * nothing to show), with the same framing as every other camera move. Glides, or jumps when the
 * user prefers reduced motion or when `instant`.
 */
function frame(cy: Core, eles: Collection, instant: boolean) {
  const target = (eles.nonempty() ? eles : cy.elements(':visible')).filter(':visible');
  frameOn(cy, target.nodes().union(target.edges().connectedNodes()), {
    instant,
    maxZoom: MAX_ZOOM,
    duration: DURATION,
    // every organisation the step is about is named (not those of a step that shows all)
    named: eles.nodes(),
  });
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
      const at = runningStep(dataset, tour);
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
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
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
      removeClasses(cy, `${FOCUS} ${FADED}`);
    };
  }, [cy, store]);
}
