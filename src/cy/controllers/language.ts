import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppStoreApi } from '../../store';
import { edgeLabel, fullLabel, shortLabel } from '../../graph/elements';
import type { Dataset, Lang } from '../../data/schema';

/** Relabels nodes and edges in place when the language changes (no element is re-created). */
export function applyLanguage(cy: Core, dataset: Dataset, lang: Lang) {
  cy.batch(() => {
    for (const n of dataset.nodes) {
      const ele = cy.getElementById(n.id);
      if (ele.nonempty()) ele.data({ label: shortLabel(n, lang), fullLabel: fullLabel(n, lang) });
    }
    for (const e of dataset.edges) {
      const ele = cy.getElementById(e.id);
      if (ele.nonempty()) ele.data('label', edgeLabel(e, lang, dataset.types));
    }
  });
}

export function useLanguageController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    applyLanguage(cy, store.getState().dataset, store.getState().lang);
    return store.subscribe(
      (s) => s.lang,
      (lang) => applyLanguage(cy, store.getState().dataset, lang),
    );
  }, [cy, store]);
}
