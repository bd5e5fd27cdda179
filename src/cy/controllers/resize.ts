import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { fitOn } from '../commands';

/**
 * Keeps the picture steady when the graph's container changes size (a side panel opens or
 * closes, the window is resized): Cytoscape keeps the top-left corner fixed, which slides the
 * graph sideways; this keeps the centre fixed instead. A graph shown after being hidden (size 0,
 * e.g. back from the list view) is fitted.
 */
export function useResizeController(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    let w = cy.width();
    let h = cy.height();
    const onResize = () => {
      const nw = cy.width();
      const nh = cy.height();
      if (nw === w && nh === h) return;
      if (w < 2 || h < 2) fitOn(cy);
      else cy.panBy({ x: (nw - w) / 2, y: (nh - h) / 2 });
      w = nw;
      h = nh;
    };
    cy.on('resize', onResize);
    return () => {
      cy.removeListener('resize', onResize);
    };
  }, [cy]);
}
