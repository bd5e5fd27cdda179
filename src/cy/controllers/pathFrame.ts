/**
 * A link that opens with a path (`from` and `to` in the URL) frames the path at start-up, exactly
 * as "Zoom to the paths" in the Paths panel does (`fitOn` with the path's nodes), instead of the
 * whole network. The panels load after the graph, and each one that appears changes the part of
 * the view left free: the path is framed again, instantly, until anything else moves the camera
 * (a drag, a wheel, a pinch, a zoom button, a layout chosen) or the view's state changes.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { pathElements } from '../../graph/paths';
import { shallow, useAppStoreApi, type Store } from '../../store';
import { selectPaths } from '../../store/visible';
import { fitOn } from '../commands';
import { onOverlaysChange } from '../overlays';

/** The nodes of the paths the state shows, or null when it shows none. */
export function pathNodeIds(s: Store): string[] | null {
  const result = selectPaths(s);
  return result?.kind === 'found' ? [...pathElements(result.paths).nodes] : null;
}

/** What, when it changes, ends the start-up framing: the user has moved on. */
const movedOn = (s: Store) =>
  [s.path, s.selection, s.focus, s.filters, s.layout, s.tour, s.presentation] as const;

export function usePathLinkFrame(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const ids = pathNodeIds(store.getState());
    if (!ids) return;
    let framing = false;
    let frame = 0;
    // a layout the link names runs at start-up and fits the whole graph once it has stopped
    let layout: 'none' | 'running' | 'stopped' = 'none';
    const onLayoutStart = () => void (layout = 'running');
    const onLayoutStop = () => void (layout = 'stopped');
    let size = { w: cy.width(), h: cy.height() };
    const reframe = () => {
      if (cy.destroyed()) return;
      if (layout === 'stopped') layout = 'none';
      framing = true;
      try {
        fitOn(cy, ids, { instant: true });
      } finally {
        framing = false;
      }
      size = { w: cy.width(), h: cy.height() };
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(reframe);
    };
    const onViewport = () => {
      if (framing) return;
      // the graph's box changed (a panel narrowed it), or the layout placed the nodes: frame the
      // path in the new box, where the nodes are now
      if (layout !== 'none' || cy.width() !== size.w || cy.height() !== size.h) schedule();
      else stop();
    };
    const offOverlays = onOverlaysChange(schedule);
    const offStore = store.subscribe(movedOn, () => stop(), { equalityFn: shallow });
    const GESTURES = 'dragpan pinchzoom scrollzoom';
    function stop() {
      cancelAnimationFrame(frame);
      offOverlays();
      offStore();
      cy!.removeListener('viewport', onViewport);
      cy!.removeListener(GESTURES, stop);
      cy!.removeListener('layoutstart', onLayoutStart);
      cy!.removeListener('layoutstop', onLayoutStop);
    }
    cy.on('viewport', onViewport);
    cy.on('layoutstart', onLayoutStart);
    cy.on('layoutstop', onLayoutStop);
    cy.on(GESTURES, stop);
    // after the first frame, as the start-up fit it stands in for (see controllers/layout.ts)
    schedule();
    return stop;
  }, [cy, store]);
}
