/**
 * Filters, one group per descriptor of src/graph/filterFields.ts (kind of organisation, level,
 * relationship type, year, source), each option with how many elements it holds (and how many of
 * them are shown); hide isolated nodes; fade instead of hide (a display choice, which "Reset
 * filters" leaves); focus on a node's neighbourhood. Every choice lives in the store, so it is in
 * the URL; the graph follows through the visibility controller.
 */
import { Fragment, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { filterCounts, isDefaultFilters, isolatedCount, type Count } from '../../graph/filter';
import { FILTER_FIELDS, FILTER_KEYS, type FlagFilterKey, type ListFilterKey } from '../../graph/filterFields';
import { useAppStore, type Store } from '../../store';
import { selectVisible } from '../../store/visible';
import { EdgeSwatch, NodeSwatch } from '../Swatch';
import { FocusControl } from '../FocusControl';
import { YearFilter } from './YearFilter';
import '../../styles/analyst.css';

const datasetSel = (s: Store) => s.dataset;
const filtersSel = (s: Store) => s.filters;
const fadeSel = (s: Store) => s.fade;
const visibleSel = (s: Store) => selectVisible(s);

type Option = { id: string; label: string; count: Count; swatch?: ReactNode };

/** Swatches beside the options of the list filters that have them (the legend's drawing). */
const SWATCHES: Partial<Record<ListFilterKey, (id: string) => ReactNode>> = {
  hiddenNodeTypes: (id) => <NodeSwatch type={id} size={18} />,
  hiddenEdgeTypes: (id) => <EdgeSwatch type={id} width={30} />,
};

export function FilterPanel() {
  const { t } = useTranslation();
  const dataset = useAppStore(datasetSel);
  const lang = useUiLang();
  const filters = useAppStore(filtersSel);
  const fade = useAppStore(fadeSel);
  const visible = useAppStore(visibleSel);
  const setFilters = useAppStore((s) => s.setFilters);
  const setFade = useAppStore((s) => s.setFade);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const counts = useMemo(() => filterCounts(dataset, visible), [dataset, visible]);
  const isolated = useMemo(() => isolatedCount(dataset, filters), [dataset, filters]);
  const unevidenced = useMemo(() => dataset.edges.filter((e) => e.evidence.length === 0).length, [dataset]);

  /** The options of a list filter that the dataset holds, with their counts. */
  const optionsOf = (key: ListFilterKey): Option[] =>
    FILTER_FIELDS[key]
      .options(dataset, lang)
      .filter((o) => counts.lists[key][o.id])
      .map((o) => ({ ...o, count: counts.lists[key][o.id]!, swatch: SWATCHES[key]?.(o.id) }));

  /** Each filter in the descriptors' order; the display options are drawn above them. */
  const groups = FILTER_KEYS.map((key) => {
    const d = FILTER_FIELDS[key];
    if (d.kind === 'list') {
      const k = key as ListFilterKey;
      return (
        <OptionGroup
          key={key}
          legend={t(d.legend)}
          hint={d.hint && t(d.hint)}
          capitalise={d.capitalise}
          options={optionsOf(k)}
          hidden={filters[k]}
          onChange={(hidden) => setFilters({ [k]: hidden })}
        />
      );
    }
    switch (d.kind) {
      case 'years':
        return <YearFilter key={key} counts={counts} />;
      case 'flag':
        return null; // drawn with the display options, or (undated) in the year range
    }
  });

  /**
   * The on/off filters among the display options ("undated" belongs to the year range): a new
   * one does not compile until it has its row here.
   */
  const flags: Record<Exclude<FlagFilterKey, 'includeUndated'>, ReactNode> = {
    hideIsolated: (
      <label className="check-row">
        <input
          type="checkbox"
          checked={filters.hideIsolated}
          onChange={(e) => setFilters({ hideIsolated: e.target.checked })}
        />
        <span className="option-label">{t('analyst.filters.hideIsolated', { count: isolated })}</span>
      </label>
    ),
    hideUnevidenced: unevidenced > 0 && (
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
    ),
  };

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
          <input type="checkbox" checked={fade} onChange={(e) => setFade(e.target.checked)} />
          <span className="option-label">{t('analyst.filters.fade')}</span>
        </label>
        {Object.entries(flags).map(([key, row]) => (
          <Fragment key={key}>{row}</Fragment>
        ))}
      </fieldset>

      {groups}
    </div>
  );
}

/** A group of checkboxes, ticked = shown; the store keeps the unticked ones. */
function OptionGroup(props: {
  legend: string;
  hint?: string;
  capitalise?: boolean;
  options: Option[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}) {
  const { t } = useTranslation();
  const { legend, hint, capitalise, options, hidden, onChange } = props;
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
            <span className={capitalise ? 'option-label capitalise' : 'option-label'}>{o.label}</span>
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
