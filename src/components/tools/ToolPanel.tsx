import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, type ToolName } from '../../store';
import { FilterPanel } from './FilterPanel';
import { PathPanel } from './PathPanel';
import { MetricsPanel } from './MetricsPanel';
import { ExportPanel } from './ExportPanel';
import { TourPanel } from './TourPanel';
import { DataPanel } from './DataPanel';
import { useGraphOverlay } from '../useGraphOverlay';

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
      {tool === 'filters' && <FilterPanel />}
      {tool === 'paths' && <PathPanel />}
      {tool === 'metrics' && <MetricsPanel />}
      {tool === 'export' && <ExportPanel />}
      {tool === 'tours' && <TourPanel />}
      {tool === 'data' && <DataPanel />}
    </aside>
  );
}
