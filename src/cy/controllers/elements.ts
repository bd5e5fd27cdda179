/**
 * The graph view owns its elements: they are built from the dataset and put into the graph here,
 * never through react-cytoscapejs's element diff (which looks ids up in plain objects, so an id
 * such as `constructor` resolved to an Object.prototype member and was silently dropped). Another
 * dataset mounts a new instance (see CyView), so elements are never removed.
 *
 * A small dataset goes in at once, in one batch. A large one goes in chunks across frames, each
 * within a time budget, so the page keeps painting the progress bar and answering input: adding
 * 25,000 elements at once blocks even a bare Cytoscape page for seconds. Its positions are given
 * (laid out in the loading Worker), so no layout runs here; a dataset whose layout is still
 * running there goes in meanwhile and is placed, in chunks too, when its positions come. The
 * controllers get the instance only once every element is in and placed, so filters, selection,
 * sizes and labels are applied once, at the end.
 */
import { useLayoutEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { setNote } from '../scratch';
import { hideInternals } from '../inspectable';
import { buildElements, type ElementDefinition } from '../../graph/elements';
import { useAppStoreApi } from '../../store';
import { sessionFor } from '../../load/session';
import { applyLargeGraphOptions, isLarge } from '../largeGraph';
import { createStylesheet } from '../stylesheet';
import { afterPaint } from '../afterPaint';

/** The share of a large network's drawing bar for adding it; the rest is for its layers. */
const ADDING_PART = 0.7;
/** Above this many elements they are added in chunks (below, one batch takes a frame or less). */
export const CHUNKED_ABOVE = 2_000;
/**
 * A note on the instance: the language its elements were built in, so the language controller
 * need not read 25,000 labels again to find them all as they are when the graph becomes ready.
 */
export const BUILT_IN_LANG = '_samverkanLang';

/** Adds the given elements in one batch (one redraw, one style pass). */
export function addElements(cy: Core, elements: readonly ElementDefinition[]) {
  cy.batch(() => {
    hideInternals(cy, cy.add(elements as never));
  });
}

/**
 * Puts the dataset's elements, in the language shown, into a new instance. Returns the instance
 * once every element is in (null until then): the other controllers act on that.
 *
 * A layout effect: a small dataset is in, and the instance handed to the controllers, in the task
 * that made the instance (an update from a layout effect is rendered at once, and that render's
 * effects run with it), so the controllers' classes, the camera and the first label pass are all
 * set before Cytoscape draws its first frame, which is then the picture at rest.
 */
export function useElements(cy: Core | null): Core | null {
  const store = useAppStoreApi();
  const [ready, setReady] = useState<Core | null>(null);
  useLayoutEffect(() => {
    if (!cy) return;
    const done = () => {
      setReady(cy);
      // a user's file being loaded is drawn now
      sessionFor(store).reportDrawn();
    };
    const start = (): (() => void) | void => {
      const s = store.getState();
      const elements = buildElements(s.dataset, s.lang, s.positions ?? undefined);
      const fresh = cy.elements().empty();
      if (cy.elements().length >= elements.length) return done();
      // (a run that goes on from where an earlier one stopped may mix two languages: unknown)
      setNote(cy, BUILT_IN_LANG, fresh || cy.scratch(BUILT_IN_LANG) === s.lang ? s.lang : null);
      // a large network: Cytoscape's large-graph options, and plain lines for edges (largeGraph.ts)
      const large = isLarge(elements.length);
      applyLargeGraphOptions(cy, large);
      if (large) cy.style(createStylesheet({ large, types: s.dataset.types }) as never);
      // a dataset whose layout is still running goes in where it is, and is placed when laid out
      // (one whose positions came before this started has them in its elements already)
      const placing = s.positions ? null : sessionFor(store).placing(s.dataset);
      if (elements.length <= CHUNKED_ABOVE) {
        addElements(cy, elements);
        if (!placing) return done();
        let live = true;
        void placing.then((positions) => {
          if (!live || cy.destroyed()) return;
          cy.batch(() => void cy.nodes().positions((n) => positions.get(n.id()) ?? n.position()));
          done();
        });
        return () => void (live = false);
      }
      // the chunked adding is loaded with the first large dataset (the first view needs none of it)
      let live = true;
      let stop: (() => void) | null = null;
      let hold: (() => void) | null = null;
      void import('./chunked').then(({ addInChunks, drawWhenLayered }) => {
        if (!live || cy.destroyed()) return;
        const progress = (f: number) => sessionFor(store).reportDrawing(f);
        // drawn once Cytoscape's layers hold it all (not element by element in one long frame);
        // the controllers set their classes and the camera meanwhile
        const inAll = () => {
          hold = drawWhenLayered(
            cy,
            () => sessionFor(store).reportDrawn(),
            (f) => progress(ADDING_PART + (1 - ADDING_PART) * f),
          );
          setReady(cy);
        };
        stop = addInChunks(cy, elements, (f) => progress(ADDING_PART * f), inAll, placing);
      });
      return () => {
        live = false;
        stop?.();
        hold?.();
      };
    };
    const { nodes, edges } = store.getState().dataset;
    if (nodes.length + edges.length <= CHUNKED_ABOVE) return start();
    // a large dataset is taken in by the store and React in one task (the new graph mounted):
    // building its elements and setting up the instance wait for the next, after a paint
    let stop: (() => void) | void;
    const cancel = afterPaint(() => void (stop = start()));
    return () => {
      cancel();
      stop?.();
    };
  }, [cy, store]);
  return ready === cy ? ready : null;
}
