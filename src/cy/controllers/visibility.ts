import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { Visible } from '../../graph/filter';
import { useAppStoreApi, shallow } from '../../store';
import { selectVisible } from '../../store/visible';

/**
 * Filters and focus as classes: what is not visible gets `hidden` (display: none) or, in fade
 * mode, `faded`; the focus node gets `focus-root`. One batch, no element re-created.
 */
export function applyVisibility(cy: Core, visible: Visible, fade: boolean, focusId: string | null) {
  const off = fade ? 'faded' : 'hidden';
  const other = fade ? 'hidden' : 'faded';
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.removeClass(other);
      if (visible.nodes.has(n.id())) n.removeClass(off);
      else n.addClass(off);
      if (n.id() === focusId) n.addClass('focus-root');
      else n.removeClass('focus-root');
    });
    cy.edges().forEach((e) => {
      e.removeClass(other);
      if (visible.edges.has(e.id())) e.removeClass(off);
      else e.addClass(off);
    });
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
