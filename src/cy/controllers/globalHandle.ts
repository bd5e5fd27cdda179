import { useEffect } from 'react';
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The Cytoscape instance, for automation and the browser console (see README). */
    cy?: Core;
  }
}

/** Exposes the instance as `window.cy` while it lives. */
export function useGlobalHandle(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    window.cy = cy;
    return () => {
      if (window.cy === cy) delete window.cy;
    };
  }, [cy]);
}
