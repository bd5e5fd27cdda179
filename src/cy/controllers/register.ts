import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppStoreApi } from '../../store';

/**
 * Registers the graph view's instance in the app store while it lives (as xyflow's pane does with
 * its pan-zoom instance), so camera commands and exports find it there; cleared when it goes.
 */
export function useRegisterInstance(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    store.getState().setCy(cy);
    return () => {
      if (store.getState().cy === cy) store.getState().setCy(null);
    };
  }, [cy, store]);
}
