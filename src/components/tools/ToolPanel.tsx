import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, type ToolName } from '../../store';
import { useGraphOverlay } from '../useGraphOverlay';
import { lazyNamed } from '../lazyNamed';

// each tool loads when first opened
const FilterPanel = lazyNamed(() => import('./FilterPanel'), 'FilterPanel');
const PathPanel = lazyNamed(() => import('./PathPanel'), 'PathPanel');
const MetricsPanel = lazyNamed(() => import('./MetricsPanel'), 'MetricsPanel');
const ExportPanel = lazyNamed(() => import('./ExportPanel'), 'ExportPanel');
const TourPanel = lazyNamed(() => import('./TourPanel'), 'TourPanel');
const DataPanel = lazyNamed(() => import('./DataPanel'), 'DataPanel');

const TITLES = {
  filters: 'common.tools.filters',
  paths: 'common.tools.paths',
  metrics: 'common.tools.metrics',
  export: 'common.tools.export',
  tours: 'common.tools.tours',
  data: 'common.tools.data',
} as const satisfies Record<ToolName, string>;

/** The open tool, in a complementary landmark beside the graph. */
export function ToolPanel({ tool }: { tool: ToolName }) {
  const { t } = useTranslation();
  const setTool = useAppStore((s) => s.setTool);
  const ref = useRef<HTMLElement>(null);
  useGraphOverlay('tool', ref);
  return (
    <aside ref={ref} id="tool-panel" className="tool-panel" aria-labelledby="tool-panel-title">
      <div className="panel-head">
        <h2 id="tool-panel-title">{t(TITLES[tool])}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={() => setTool(null)}
          aria-label={t('common.actions.closePanel')}
        >
          ×
        </button>
      </div>
      <Suspense fallback={null}>
        {tool === 'filters' && <FilterPanel />}
        {tool === 'paths' && <PathPanel />}
        {tool === 'metrics' && <MetricsPanel />}
        {tool === 'export' && <ExportPanel />}
        {tool === 'tours' && <TourPanel />}
        {tool === 'data' && <DataPanel />}
      </Suspense>
    </aside>
  );
}
