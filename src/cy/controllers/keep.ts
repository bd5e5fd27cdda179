/**
 * Writes the graph's positions to the stored copy of the user's dataset: after a layout, after
 * the user drags nodes, and when the dataset is first stored, so a reload draws it where it was.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppStoreApi } from '../../store';
import { updateStored } from '../../store/keep';

export function useKeepController(cy: Core | null, delay = 300) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const id = store.getState().datasetId;
        if (!id || cy.destroyed()) return;
        const positions = new Map<string, { x: number; y: number }>();
        cy.nodes().forEach((n) => {
          const p = n.position();
          positions.set(n.id(), { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
        });
        void updateStored(id, { positions });
      }, delay);
    };
    cy.on('dragfree layoutstop', save);
    const off = store.subscribe(
      (s) => s.datasetId,
      (id) => {
        if (id) save();
      },
    );
    return () => {
      clearTimeout(timer);
      off();
      cy.removeListener('dragfree layoutstop', save);
    };
  }, [cy, delay, store]);
}
