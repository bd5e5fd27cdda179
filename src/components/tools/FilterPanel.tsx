/**
 * Filters, one group per descriptor of src/graph/filterFields.ts (kind of organisation, level,
 * relationship type, year, source), each option with how many elements it holds (and how many of
 * them are shown); hide isolated nodes; fade instead of hide (a display choice, which "Reset
 * filters" leaves); focus on a node's neighbourhood. Every choice lives in the store, so it is in
 * the URL; the graph follows through the visibility controller.
 *
 * A checkbox reads the store itself, so the frame that shows a filter's change on the graph shows
 * the box ticked or unticked; the rest of the panel (counts, summary, the group buttons) describes
 * the graph as last presented (`useAppStoreAfterFrame`) and follows in the frame after, so that
 * the graph's frame does not wait for React to render the whole panel.
 */
import { Fragment, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { filterCounts, isDefaultFilters, isolatedCount, type Count } from '../../graph/filter';
import { FILTER_FIELDS, FILTER_KEYS, type FlagFilterKey, type ListFilterKey } from '../../graph/filterFields';
import { useAppStore, useAppStoreAfterFrame, useAppStoreApi, type Store } from '../../store';
import { selectVisible } from '../../store/visible';
import { EdgeSwatch, NodeSwatch } from '../Swatch';
import { FocusControl } from '../FocusControl';
import { YearFilter } from './YearFilter';
import '../../styles/analyst.css';

const datasetSel = (s: Store) => s.dataset;
const filtersSel = (s: Store) => s.filters;
const fadeSel = (s: Store) => s.fade;
const setFiltersSel = (s: Store) => s.setFilters;
const setFadeSel = (s: Store) => s.setFade;
const visibleSel = (s: Store) => selectVisible(s);

type Option = { id: string; label: string; count: Count; swatch?: ReactNode };

/** Swatches beside the options of the list filters that have them (the legend's drawing). */
const SWATCHES: Partial<Record<ListFilterKey, (id: string) => ReactNode>> = {
  hiddenNodeTypes: (id) => <NodeSwatch type={id} size={18} />,
  hiddenEdgeTypes: (id) => <EdgeSwatch type={id} width={30} />,
};

export function FilterPanel() {
  const { t } = useTranslation();
  const dataset = useAppStoreAfterFrame(datasetSel);
  const lang = useUiLang();
  const filters = useAppStoreAfterFrame(filtersSel);
  const visible = useAppStoreAfterFrame(visibleSel);
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
          filter={k}
          legend={t(d.legend)}
          hint={d.hint && t(d.hint)}
          capitalise={d.capitalise}
          options={optionsOf(k)}
          hidden={filters[k]}
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
        <FlagBox flag="hideIsolated" />
        <span className="option-label">{t('analyst.filters.hideIsolated', { count: isolated })}</span>
      </label>
    ),
    hideUnevidenced: unevidenced > 0 && (
      <label className="check-row">
        <FlagBox flag="hideUnevidenced" ticked={false} />
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
          <FadeBox />
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

/**
 * An on/off filter's checkbox, read from the store itself (see above); `ticked` is the value the
 * filter has when the box is ticked.
 */
function FlagBox({ flag, ticked = true }: { flag: 'hideIsolated' | 'hideUnevidenced'; ticked?: boolean }) {
  const on = useAppStore((s) => s.filters[flag] === ticked);
  const setFilters = useAppStore(setFiltersSel);
  return (
    <input
      type="checkbox"
      checked={on}
      onChange={(e) => setFilters({ [flag]: e.target.checked === ticked })}
    />
  );
}

function FadeBox() {
  const fade = useAppStore(fadeSel);
  const setFade = useAppStore(setFadeSel);
  return <input type="checkbox" checked={fade} onChange={(e) => setFade(e.target.checked)} />;
}

/** An option's checkbox, ticked = shown, read from the store itself (see above). */
function OptionBox({ filter, id }: { filter: ListFilterKey; id: string }) {
  const shown = useAppStore((s) => !s.filters[filter].includes(id));
  const store = useAppStoreApi();
  const toggle = (show: boolean) => {
    const hidden = store.getState().filters[filter];
    store.getState().setFilters({ [filter]: show ? hidden.filter((h) => h !== id) : [...hidden, id] });
  };
  return <input type="checkbox" checked={shown} onChange={(e) => toggle(e.target.checked)} />;
}

/**
 * A group of checkboxes, ticked = shown; the store keeps the unticked ones. `hidden` (as last
 * presented) sets which group buttons are available; a click reads the store's own.
 */
function OptionGroup(props: {
  filter: ListFilterKey;
  legend: string;
  hint?: string;
  capitalise?: boolean;
  options: Option[];
  hidden: readonly string[];
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { filter, legend, hint, capitalise, options, hidden } = props;
  if (options.length === 0) return null;
  const ids = options.map((o) => o.id);
  const hiddenHere = hidden.filter((id) => ids.includes(id));
  /** Every option of the group shown (`show`) or hidden, the other groups' as they are now. */
  const all = (show: boolean) => {
    const others = store.getState().filters[filter].filter((h) => !ids.includes(h));
    store.getState().setFilters({ [filter]: show ? others : [...others, ...ids] });
  };
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="button-row tight">
        <button
          type="button"
          disabled={hiddenHere.length === 0}
          aria-label={t('analyst.filters.allIn', { group: legend })}
          onClick={() => all(true)}
        >
          {t('analyst.filters.all')}
        </button>
        <button
          type="button"
          disabled={hiddenHere.length === ids.length}
          aria-label={t('analyst.filters.noneIn', { group: legend })}
          onClick={() => all(false)}
        >
          {t('analyst.filters.none')}
        </button>
      </div>
      <div className="option-list">
        {options.map((o) => (
          <label key={o.id} className="check-row">
            <OptionBox filter={filter} id={o.id} />
            {o.swatch}{' '}
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
