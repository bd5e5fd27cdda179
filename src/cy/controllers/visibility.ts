import { useEffect } from 'react';
import type { Core, SingularElementArgument } from 'cytoscape';
import type { Visible } from '../../graph/filter';
import { useAppStoreApi, shallow } from '../../store';
import { selectVisible } from '../../store/visible';
import { addClass, removeClasses } from '../classes';

/**
 * Filters and focus as classes: what is not visible gets `hidden` (display: none) or, in fade
 * mode, `faded`; the focus node gets `focus-root`. One batch, no element re-created; each class
 * is set with one call on a collection (Cytoscape then restyles only the elements it changed),
 * not one call per element. Each collection is of the elements that change, found in one pass
 * over the graph: a collection of every shown element, and `all.not(shown)`, took a large share
 * of a second at 25,000 elements, most of it when every element is shown (a dataset just loaded,
 * where, on a new instance, no pass is made at all: see classes.ts).
 */
export function applyVisibility(cy: Core, visible: Visible, fade: boolean, focusId: string | null) {
  const off = fade ? 'faded' : 'hidden';
  const other = fade ? 'hidden' : 'faded';
  const all = cy.elements();
  // the visible ids are the dataset's: as many as the graph's elements, they are all of them
  const everything = visible.nodes.size + visible.edges.size >= all.length;
  const isShown = (ele: SingularElementArgument) =>
    everything || (ele.isNode() ? visible.nodes : visible.edges).has(ele.id());
  const focus = focusId === null ? cy.collection() : cy.getElementById(focusId).filter((ele) => ele.isNode());
  cy.batch(() => {
    removeClasses(all, other);
    removeClasses(all, off, isShown);
    if (!everything)
      addClass(
        all.filter((ele) => !isShown(ele)),
        off,
      );
    removeClasses(all, 'focus-root', (ele) => !focus.contains(ele));
    addClass(focus, 'focus-root');
  });
}

/** What the subscription sees once another dataset is in the store. */
const ANOTHER = [null, false, null] as const;

/**
 * Keeps the graph's `hidden`/`faded`/`focus-root` classes in step with the filters and focus, for
 * the dataset the instance was made for. Another dataset gets an instance of its own (see CyView),
 * so this one ignores it: its visible elements (a pass over 25,000 of them) would be worked out
 * inside the store update that takes a large dataset in, for a graph about to go.
 */
export function useVisibilityController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const shows = store.getState().dataset;
    const apply = () => {
      const s = store.getState();
      if (s.dataset === shows) applyVisibility(cy, selectVisible(s), s.fade, s.focus?.id ?? null);
    };
    apply();
    const off = store.subscribe(
      (s) => (s.dataset === shows ? ([selectVisible(s), s.fade, s.focus?.id ?? null] as const) : ANOTHER),
      apply,
      { equalityFn: shallow },
    );
    return off;
  }, [cy, store]);
}
