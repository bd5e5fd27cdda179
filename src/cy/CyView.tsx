/**
 * The one component that owns the Cytoscape instance. Its props are referentially stable
 * (elements memoised on the dataset, one stylesheet, one layout object), so react-cytoscapejs
 * never re-diffs nor re-lays out; every later change reaches the instance through controllers,
 * small hooks that subscribe to one slice of the store and patch the graph in cy.batch.
 */
import { useCallback, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import { useTranslation } from 'react-i18next';
import { buildElements } from '../graph/elements';
import { getAppStore, useAppStore } from '../store';
import { createStylesheet } from './stylesheet';
import { INITIAL_LAYOUT, registerExtensions } from './layouts';
import { useCyControllers } from './controllers';

registerExtensions();

export function CyView() {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const positions = useAppStore((s) => s.positions);
  // Language is read once here; later changes are applied by the language controller.
  const elements = useMemo(
    () => buildElements(dataset, getAppStore().getState().lang, positions ?? undefined),
    [dataset, positions],
  );
  const stylesheet = useMemo(() => createStylesheet(), []);
  const [cy, setCy] = useState<Core | null>(null);
  // react-cytoscapejs calls this on every render: only a new instance is taken.
  const onCy = useCallback((instance: Core) => setCy((prev) => (prev === instance ? prev : instance)), []);

  useCyControllers(cy);

  return (
    <div className="cy-wrap" role="application" aria-label={t('common.graph.label')} aria-describedby="graph-help">
      <p id="graph-help" className="visually-hidden">
        {t('common.graph.help')}
      </p>
      <CytoscapeComponent
        className="cy"
        elements={elements as never}
        stylesheet={stylesheet}
        layout={INITIAL_LAYOUT}
        cy={onCy}
        minZoom={0.15}
        maxZoom={4}
        wheelSensitivity={0.3}
        boxSelectionEnabled={false}
        style={{ width: '100%', height: '100%' }}
      />
    </div>
  );
}
