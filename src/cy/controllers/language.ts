import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppStoreApi } from '../../store';
import { edgeLabel, fullLabel, shortLabel } from '../../graph/elements';
import type { Dataset, Lang } from '../../data/schema';
import { BUILT_IN_LANG } from './elements';

/**
 * Relabels nodes and edges in place when the language changes (no element is re-created). Only
 * labels that differ are set: Cytoscape restyles (and re-measures the label of) every element
 * whose data is set, and many names are the same in both languages (Europol, NCT, EU); at start-up
 * the elements already carry the language shown, so nothing is set at all.
 */
export function applyLanguage(cy: Core, dataset: Dataset, lang: Lang) {
  cy.batch(() => {
    for (const n of dataset.nodes) {
      const ele = cy.getElementById(n.id);
      if (ele.empty()) continue;
      const label = shortLabel(n, lang);
      const full = fullLabel(n, lang);
      if (ele.data('label') !== label || ele.data('fullLabel') !== full) ele.data({ label, fullLabel: full });
    }
    for (const e of dataset.edges) {
      const ele = cy.getElementById(e.id);
      if (ele.empty()) continue;
      const label = edgeLabel(e, lang, dataset.types);
      if (ele.data('label') !== label) ele.data('label', label);
    }
  });
}

export function useLanguageController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    // elements built in the language shown need nothing (a switch meanwhile is applied here)
    const { dataset, lang } = store.getState();
    if (cy.scratch(BUILT_IN_LANG) !== lang) applyLanguage(cy, dataset, lang);
    return store.subscribe(
      (s) => s.lang,
      (lang) => applyLanguage(cy, store.getState().dataset, lang),
    );
  }, [cy, store]);
}
