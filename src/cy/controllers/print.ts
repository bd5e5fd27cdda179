import { useEffect } from 'react';
import type { Core } from 'cytoscape';

const SNAPSHOT = 'cy-print-snapshot';

/**
 * Printing the graph: a live canvas prints at its on-screen pixel size, cropped or stretched by the
 * page layout, and the browser does not redraw it for paper. So just before printing, the current
 * view is drawn into an image (exactly what is on screen, at twice the resolution) that print.css
 * shows in the canvas's place, scaled to fit the page; it goes again after printing.
 */
export function usePrintController(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    const wrap = () => cy.container()?.parentElement ?? null;
    const add = () => {
      const parent = wrap();
      if (!parent || parent.querySelector(`.${SNAPSHOT}`) || cy.width() === 0) return;
      const img = document.createElement('img');
      img.className = SNAPSHOT;
      img.alt = '';
      img.src = cy.png({ full: false, scale: 2, bg: '#ffffff' });
      parent.appendChild(img);
    };
    const remove = () => wrap()?.querySelector(`.${SNAPSHOT}`)?.remove();
    // `beforeprint` for the print dialog; the media query also for print emulation and some engines
    const query = window.matchMedia?.('print');
    const onQuery = (e: MediaQueryListEvent) => (e.matches ? add() : remove());
    window.addEventListener('beforeprint', add);
    window.addEventListener('afterprint', remove);
    query?.addEventListener?.('change', onQuery);
    return () => {
      window.removeEventListener('beforeprint', add);
      window.removeEventListener('afterprint', remove);
      query?.removeEventListener?.('change', onQuery);
      remove();
    };
  }, [cy]);
}
