import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { getAppStore } from '../../store';
import { edgeLabel, fullLabel, shortLabel } from '../../graph/elements';
import type { Lang } from '../../data/schema';

/** Relabels nodes and edges in place when the language changes (no element is re-created). */
export function applyLanguage(cy: Core, lang: Lang) {
  const { dataset } = getAppStore().getState();
  cy.batch(() => {
    for (const n of dataset.nodes) {
      const ele = cy.getElementById(n.id);
      if (ele.nonempty()) ele.data({ label: shortLabel(n, lang), fullLabel: fullLabel(n, lang) });
    }
    for (const e of dataset.edges) {
      const ele = cy.getElementById(e.id);
      if (ele.nonempty()) ele.data('label', edgeLabel(e, lang));
    }
  });
}

export function useLanguageController(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    const store = getAppStore();
    applyLanguage(cy, store.getState().lang);
    return store.subscribe(
      (s) => s.lang,
      (lang) => applyLanguage(cy, lang),
    );
  }, [cy]);
}
