/**
 * The one component that owns the Cytoscape instance. Its props are referentially stable
 * (elements memoised on the dataset, one stylesheet, one layout object, and the whole
 * <CytoscapeComponent> element memoised so React skips it on re-render), so react-cytoscapejs
 * never re-diffs nor re-lays out. Every later change reaches the instance through controllers:
 * small hooks that subscribe to one slice of the store and patch the graph in cy.batch.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import { useTranslation } from 'react-i18next';
import { buildElements } from '../graph/elements';
import { useAppStore, useAppStoreApi } from '../store';
import { createStylesheet } from './stylesheet';
import { INITIAL_LAYOUT, registerExtensions } from './layouts';
import { useCyControllers } from './controllers';
import { useLayoutController } from './controllers/layout';
import { useKeyboardController } from './controllers/keyboard';
import { GroupHeadings } from './GroupHeadings';
import { KeyboardAnnouncer } from './KeyboardAnnouncer';
import '../styles/graph.css';

registerExtensions();

const CY_STYLE = { width: '100%', height: '100%' };

export function CyView() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const dataset = useAppStore((s) => s.dataset);
  const positions = useAppStore((s) => s.positions);
  // Language is read once here; later changes are applied by the language controller.
  const elements = useMemo(
    () => buildElements(dataset, store.getState().lang, positions ?? undefined),
    [dataset, positions, store],
  );
  const stylesheet = useMemo(() => createStylesheet(), []);
  const [cy, setCy] = useState<Core | null>(null);
  // react-cytoscapejs calls this on every update and, under StrictMode, with an instance it then
  // destroys: only a new, live instance is taken.
  const onCy = useCallback((instance: Core) => setCy((prev) => (prev === instance ? prev : instance)), []);
  const live = cy && !cy.destroyed() ? cy : null;
  const wrapRef = useRef<HTMLDivElement>(null);

  // first: start-up sets the camera here, before a deep link's selection or tour step moves it
  const groups = useLayoutController(live, dataset);
  useCyControllers(live);
  const focusedId = useKeyboardController(live, wrapRef);

  const graph = useMemo(
    () => (
      <CytoscapeComponent
        className="cy"
        elements={elements as never}
        stylesheet={stylesheet}
        layout={INITIAL_LAYOUT}
        cy={onCy}
        minZoom={0.15}
        maxZoom={4}
        boxSelectionEnabled={false}
        style={CY_STYLE}
      />
    ),
    [elements, stylesheet, onCy],
  );

  return (
    <div
      ref={wrapRef}
      id="graph"
      className="cy-wrap"
      role="application"
      tabIndex={0}
      aria-label={t('common.graph.label')}
      aria-describedby="graph-help graph-keys"
    >
      <p id="graph-help" className="visually-hidden">
        {t('common.graph.help')}
      </p>
      <p id="graph-keys" className="visually-hidden">
        {t('common.graph.keys')}
      </p>
      {graph}
      <GroupHeadings cy={live} groups={groups} />
      <KeyboardAnnouncer nodeId={focusedId} />
    </div>
  );
}
