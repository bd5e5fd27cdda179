import { Suspense, useRef, type ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAppStore, type ToolName } from '../../store';
import { useGraphOverlay } from '../useGraphOverlay';
import { lazyNamed } from '../lazyNamed';
import { loadTours } from '../../data/toursLoader';

// each tool loads when first opened
const FilterPanel = lazyNamed(() => import('./FilterPanel'), 'FilterPanel');
const PathPanel = lazyNamed(() => import('./PathPanel'), 'PathPanel');
const MetricsPanel = lazyNamed(() => import('./MetricsPanel'), 'MetricsPanel');
const ExportPanel = lazyNamed(() => import('./ExportPanel'), 'ExportPanel');
// the tours themselves are a chunk of their own, loaded with the panel (see data/toursLoader.ts)
const TourPanel = lazyNamed(() => loadTours().then(() => import('./TourPanel')), 'TourPanel');
const DataPanel = lazyNamed(() => import('./DataPanel'), 'DataPanel');

/**
 * The tools, one entry per name in the store's TOOLS (the URL's `tool=`, the rail's order): the
 * title on the rail's button and the panel's heading, and the panel. A tool without an entry does
 * not compile.
 */
export const TOOL_PANELS = {
  filters: { title: 'common.tools.filters', Panel: FilterPanel },
  paths: { title: 'common.tools.paths', Panel: PathPanel },
  metrics: { title: 'common.tools.metrics', Panel: MetricsPanel },
  export: { title: 'common.tools.export', Panel: ExportPanel },
  tours: { title: 'common.tools.tours', Panel: TourPanel },
  data: { title: 'common.tools.data', Panel: DataPanel },
} as const satisfies Record<ToolName, { title: ParseKeys; Panel: ComponentType }>;

/** The open tool, in a complementary landmark beside the graph. */
export function ToolPanel({ tool }: { tool: ToolName }) {
  const { t } = useTranslation();
  const setTool = useAppStore((s) => s.setTool);
  const ref = useRef<HTMLElement>(null);
  useGraphOverlay('tool', ref);
  const { Panel } = TOOL_PANELS[tool];
  return (
    <aside ref={ref} id="tool-panel" className="tool-panel" aria-labelledby="tool-panel-title">
      <div className="panel-head">
        <h2 id="tool-panel-title">{t(TOOL_PANELS[tool].title)}</h2>
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
        <Panel />
      </Suspense>
    </aside>
  );
}
