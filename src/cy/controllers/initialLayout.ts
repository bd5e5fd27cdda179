import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { getAppStore } from '../../store';
import { runSeededFcose } from '../layouts';

/** A dataset that comes without stored positions is laid out once, with a seeded fcose. */
export function useInitialLayoutController(cy: Core | null) {
  useEffect(() => {
    if (!cy || getAppStore().getState().positions) return;
    runSeededFcose(cy);
  }, [cy]);
}
