import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { Visible } from '../../graph/filter';
import { useAppStoreApi, shallow } from '../../store';
import { selectVisible } from '../../store/visible';

/**
 * Filters and focus as classes: what is not visible gets `hidden` (display: none) or, in fade
 * mode, `faded`; the focus node gets `focus-root`. One batch, no element re-created; each class
 * is set with one call on a collection (Cytoscape then restyles only the elements it changed),
 * not one call per element.
 */
export function applyVisibility(cy: Core, visible: Visible, fade: boolean, focusId: string | null) {
  const off = fade ? 'faded' : 'hidden';
  const other = fade ? 'hidden' : 'faded';
  const all = cy.elements();
  const shown = all.filter((ele) => (ele.isNode() ? visible.nodes : visible.edges).has(ele.id()));
  const focus = focusId === null ? cy.collection() : cy.getElementById(focusId).filter((ele) => ele.isNode());
  cy.batch(() => {
    all.filter(`.${other}`).removeClass(other);
    shown.filter(`.${off}`).removeClass(off);
    all.not(shown).not(`.${off}`).addClass(off);
    cy.nodes('.focus-root').not(focus).removeClass('focus-root');
    focus.not('.focus-root').addClass('focus-root');
  });
}

/** Keeps the graph's `hidden`/`faded`/`focus-root` classes in step with the filters and focus. */
export function useVisibilityController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const apply = () => {
      const s = store.getState();
      applyVisibility(cy, selectVisible(s), s.fade, s.focus?.id ?? null);
    };
    apply();
    const off = store.subscribe((s) => [selectVisible(s), s.fade, s.focus?.id ?? null] as const, apply, {
      equalityFn: shallow,
    });
    return off;
  }, [cy, store]);
}
