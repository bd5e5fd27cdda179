import { useEffect } from 'react';
import type { Core, SingularElementArgument } from 'cytoscape';
import { pathElements, type PathsResult } from '../../graph/paths';
import { useAppStoreApi, shallow } from '../../store';
import { selectPaths } from '../../store/visible';
import { addClass, removeClasses } from '../classes';

const CLASSES = 'path-hop path-end path-dim';

/**
 * Marks the shortest paths: nodes and edges on any of them get `path-hop`, the two ends
 * `path-end`, everything else `path-dim`. Its own classes, so a guided tour's highlight
 * (`tour-focus`) and the filters' `faded` never clear it, nor it them.
 */
export function applyPathHighlight(cy: Core, result: PathsResult | null, ends: readonly string[]) {
  cy.batch(() => {
    removeClasses(cy, CLASSES);
    if (!result || result.kind !== 'found') return;
    const { nodes, edges } = pathElements(result.paths);
    const on = (ele: SingularElementArgument) => (ele.isNode() ? nodes : edges).has(ele.id());
    addClass(cy.elements().filter(on), 'path-hop');
    addClass(
      cy.elements().filter((ele) => !on(ele)),
      'path-dim',
    );
    addClass(
      cy.nodes().filter((n) => ends.includes(n.id())),
      'path-end',
    );
  });
}

/** Keeps the path highlight in step with the path query and the visible graph. */
export function useHighlightController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const apply = () => {
      const s = store.getState();
      applyPathHighlight(
        cy,
        selectPaths(s),
        [s.path.from, s.path.to].filter((x): x is string => Boolean(x)),
      );
    };
    apply();
    const off = store.subscribe((s) => [selectPaths(s), s.path.from, s.path.to] as const, apply, {
      equalityFn: shallow,
    });
    return off;
  }, [cy, store]);
}
