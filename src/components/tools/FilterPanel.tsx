/**
 * Filters: by kind of organisation, level, relationship type, source and year, each option with
 * how many elements it holds (and how many of them are shown); hide isolated nodes; fade instead
 * of hide; focus on a node's neighbourhood; reset. Every choice lives in the store, so it is in
 * the URL; the graph follows through the visibility controller.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_IDS, LEVELS } from '../../data/vocabulary';
import { typeCatalogue } from '../../graph/typeInfo';
import { filterCounts, isDefaultFilters, isolatedCount, type Count } from '../../graph/filter';
import { useAppStore, type Store } from '../../store';
import { selectVisible } from '../../store/visible';
import { EdgeSwatch, NodeSwatch } from '../Swatch';
import { FocusControl } from '../FocusControl';
import { YearFilter } from './YearFilter';
import '../../styles/analyst.css';

const datasetSel = (s: Store) => s.dataset;
const langSel = (s: Store) => s.lang;
const filtersSel = (s: Store) => s.filters;
const visibleSel = (s: Store) => selectVisible(s);

type Option = { id: string; label: string; count: Count; swatch?: ReactNode; capitalise?: boolean };

export function FilterPanel() {
  const { t } = useTranslation();
  const dataset = useAppStore(datasetSel);
  const lang = useAppStore(langSel);
  const filters = useAppStore(filtersSel);
  const visible = useAppStore(visibleSel);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const counts = useMemo(() => filterCounts(dataset, visible), [dataset, visible]);
  const isolated = useMemo(() => isolatedCount(dataset, filters), [dataset, filters]);
  const unevidenced = useMemo(() => dataset.edges.filter((e) => e.evidence.length === 0).length, [dataset]);
  const present = <K extends string>(ids: readonly K[], c: Record<string, Count>) =>
    ids.filter((id) => c[id]);

  // the types list: ours and the dataset's own declared types
  const catalogue = typeCatalogue(dataset.types);
  const nodeTypes: Option[] = present(
    catalogue.nodes.map((n) => n.id),
    counts.nodeTypes,
  ).map((id) => ({
    id,
    label: catalogue.node(id).label[lang],
    count: counts.nodeTypes[id]!,
    swatch: <NodeSwatch type={id} size={18} />,
  }));
  const levels: Option[] = present(LEVEL_IDS, counts.levels).map((id) => ({
    id,
    label: LEVELS[id][lang],
    count: counts.levels[id]!,
  }));
  const edgeTypes: Option[] = present(
    catalogue.edges.map((e) => e.id),
    counts.edgeTypes,
  ).map((id) => ({
    id,
    label: catalogue.edge(id).label[lang],
    count: counts.edgeTypes[id]!,
    swatch: <EdgeSwatch type={id} width={30} />,
    // relationship names are written to sit mid-sentence ("staffed by"); a list starts them upper case
    capitalise: true,
  }));
  const collator = new Intl.Collator(lang);
  const sources: Option[] = dataset.sources
    .filter((s) => counts.sources[s.id])
    .map((s) => ({ id: s.id, label: s.title[lang], count: counts.sources[s.id]! }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return (
    <div className="analyst-panel filter-panel">
      <p className="status-line" role="status">
        {t('analyst.filters.summary', {
          nodes: visible.nodes.size,
          totalNodes: dataset.nodes.length,
          edges: visible.edges.size,
          totalEdges: dataset.edges.length,
        })}
      </p>
      <div className="button-row">
        <button type="button" onClick={resetFilters} disabled={isDefaultFilters(filters)}>
          {t('analyst.filters.reset')}
        </button>
      </div>

      <fieldset>
        <legend>{t('analyst.focus.title')}</legend>
        <FocusControl />
      </fieldset>

      <fieldset>
        <legend>{t('analyst.filters.display')}</legend>
        <label className="check-row">
          <input
            type="checkbox"
            checked={filters.fade}
            onChange={(e) => setFilters({ fade: e.target.checked })}
          />
          <span className="option-label">{t('analyst.filters.fade')}</span>
        </label>
        <label className="check-row">
          <input
            type="checkbox"
            checked={filters.hideIsolated}
            onChange={(e) => setFilters({ hideIsolated: e.target.checked })}
          />
          <span className="option-label">{t('analyst.filters.hideIsolated', { count: isolated })}</span>
        </label>
        {unevidenced > 0 && (
          <label className="check-row">
            <input
              type="checkbox"
              checked={!filters.hideUnevidenced}
              onChange={(e) => setFilters({ hideUnevidenced: !e.target.checked })}
            />
            <span className="option-label">
              {t('io.evidence.filter')} <span className="count">({unevidenced})</span>
            </span>
          </label>
        )}
      </fieldset>

      <OptionGroup
        legend={t('analyst.filters.nodeTypes')}
        options={nodeTypes}
        hidden={filters.hiddenNodeTypes}
        onChange={(hiddenNodeTypes) => setFilters({ hiddenNodeTypes })}
      />
      <OptionGroup
        legend={t('analyst.filters.levels')}
        options={levels}
        hidden={filters.hiddenLevels}
        onChange={(hiddenLevels) => setFilters({ hiddenLevels })}
      />
      <OptionGroup
        legend={t('analyst.filters.edgeTypes')}
        options={edgeTypes}
        hidden={filters.hiddenEdgeTypes}
        onChange={(hiddenEdgeTypes) => setFilters({ hiddenEdgeTypes })}
      />
      <YearFilter counts={counts} />
      <OptionGroup
        legend={t('analyst.filters.sources')}
        hint={t('analyst.filters.sourcesHint')}
        options={sources}
        hidden={filters.hiddenSources}
        onChange={(hiddenSources) => setFilters({ hiddenSources })}
      />
    </div>
  );
}

/** A group of checkboxes, ticked = shown; the store keeps the unticked ones. */
function OptionGroup(props: {
  legend: string;
  hint?: string;
  options: Option[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}) {
  const { t } = useTranslation();
  const { legend, hint, options, hidden, onChange } = props;
  if (options.length === 0) return null;
  const ids = options.map((o) => o.id);
  const hiddenHere = hidden.filter((id) => ids.includes(id));
  const toggle = (id: string, shown: boolean) =>
    onChange(shown ? hidden.filter((h) => h !== id) : [...hidden, id]);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="button-row tight">
        <button
          type="button"
          disabled={hiddenHere.length === 0}
          aria-label={t('analyst.filters.allIn', { group: legend })}
          onClick={() => onChange(hidden.filter((h) => !ids.includes(h)))}
        >
          {t('analyst.filters.all')}
        </button>
        <button
          type="button"
          disabled={hiddenHere.length === ids.length}
          aria-label={t('analyst.filters.noneIn', { group: legend })}
          onClick={() => onChange([...hidden.filter((h) => !ids.includes(h)), ...ids])}
        >
          {t('analyst.filters.none')}
        </button>
      </div>
      <div className="option-list">
        {options.map((o) => (
          <label key={o.id} className="check-row">
            <input
              type="checkbox"
              checked={!hidden.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
            {o.swatch}
            <span className={o.capitalise ? 'option-label capitalise' : 'option-label'}>{o.label}</span>
            <span className="option-count" aria-hidden="true">
              {o.count.visible === o.count.total ? o.count.total : `${o.count.visible}/${o.count.total}`}
            </span>
            {/* a space between the name and the count, for screen readers that join spans */}{' '}
            <span className="visually-hidden">
              ({t('analyst.filters.count', { visible: o.count.visible, total: o.count.total })})
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
