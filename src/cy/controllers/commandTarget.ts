import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { setCommandTarget } from '../commands';

/** Points the camera commands (toolbar buttons, keys) at this instance while it lives. */
export function useCommandTarget(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    setCommandTarget(cy);
    return () => setCommandTarget(null);
  }, [cy]);
}
