/**
 * Who is central? Degree, betweenness and closeness (Cytoscape's algorithms) over the graph as
 * shown, computed when asked (betweenness grows fast with the graph) and kept in this component,
 * not in the store; a sortable table of the top organisations, showing one measure at a time
 * (chosen above it) so that names are never cut in a narrow panel; node size by a chosen metric
 * (in the store and the URL; the sizeBy controller computes what it needs).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import type { Visible } from '../../graph/filter';
import { METRIC_NAMES, rankRows, type Metric, type MetricValues } from '../../graph/metrics';
import { MetricsTimeout } from '../../graph/metricsAsync';
import { useAppStore, useAppStoreApi, type Store } from '../../store';
import { selectVisible, visibleMetrics } from '../../store/visible';
import { showNode } from '../showNode';
import '../../styles/analyst.css';

const TOP = 15;
const METRIC_KEYS = {
  degree: 'analyst.metrics.degree',
  betweenness: 'analyst.metrics.betweenness',
  closeness: 'analyst.metrics.closeness',
} as const satisfies Record<Metric, string>;
const HELP_KEYS = {
  degree: 'analyst.metrics.degreeHelp',
  betweenness: 'analyst.metrics.betweennessHelp',
  closeness: 'analyst.metrics.closenessHelp',
} as const satisfies Record<Metric, string>;

type SortKey = Metric | 'name';
type Computed = { visible: Visible; values: Record<Metric, MetricValues>; ms: number; edges: number };

const datasetSel = (s: Store) => s.dataset;
const visibleSel = (s: Store) => selectVisible(s);
const sizeBySel = (s: Store) => s.sizeBy;

export function MetricsPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const dataset = useAppStore(datasetSel);
  const lang = useUiLang();
  const visible = useAppStore(visibleSel);
  const sizeBy = useAppStore(sizeBySel);
  const setSizeBy = useAppStore((s) => s.setSizeBy);
  const [computed, setComputed] = useState<Computed | null>(null);
  const [busy, setBusy] = useState(false);
  /** Why the last computation gave nothing (it timed out, or failed), with a retry offered. */
  const [failure, setFailure] = useState<{ seconds: number } | { seconds: null } | null>(null);
  const [sort, setSort] = useState<{ by: SortKey; descending: boolean }>({ by: 'degree', descending: true });
  const [showAll, setShowAll] = useState(false);
  /** The measure the table shows (the one it is sorted by, unless sorted by name). */
  const [shown, setShown] = useState<Metric>('degree');
  const captionId = useId();
  const choiceName = useId();
  const names = useMemo(() => new Map(dataset.nodes.map((n) => [n.id, n.label[lang]])), [dataset, lang]);

  // a result that arrives after the panel has closed is dropped
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const compute = () => {
    setBusy(true);
    setFailure(null);
    const s = store.getState();
    const current = selectVisible(s);
    const start = performance.now();
    // off the main thread where possible: the page stays usable while a large graph is measured
    visibleMetrics(s, METRIC_NAMES).then(
      (values) => {
        if (!mounted.current) return;
        setComputed({
          visible: current,
          values,
          ms: Math.round(performance.now() - start),
          edges: current.edges.size,
        });
        setBusy(false);
      },
      (error: unknown) => {
        if (!mounted.current) return;
        setFailure({ seconds: error instanceof MetricsTimeout ? error.seconds : null });
        setBusy(false);
      },
    );
  };

  const rows = useMemo(() => {
    if (!computed) return [];
    if (sort.by !== 'name') return rankRows(computed.values, sort.by, sort.descending);
    const collator = new Intl.Collator(lang);
    const byName = rankRows(computed.values, 'degree').sort((a, b) =>
      collator.compare(names.get(a.id) ?? a.id, names.get(b.id) ?? b.id),
    );
    return sort.descending ? byName.reverse() : byName;
  }, [computed, sort, lang, names]);

  const stale = computed !== null && computed.visible !== visible;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
  const listed = showAll ? rows : rows.slice(0, TOP);
  const clickSort = (by: SortKey) =>
    setSort((s) => (s.by === by ? { by, descending: !s.descending } : { by, descending: by !== 'name' }));
  const header = (by: SortKey, label: string) => {
    const active = sort.by === by;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          onClick={() => clickSort(by)}
          aria-label={active ? undefined : t('analyst.metrics.sortBy', { column: label })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="analyst-panel metrics-panel">
      <p className="hint">{t('analyst.metrics.intro')}</p>
      <label className="select-row">
        {t('analyst.metrics.sizeBy')}
        <select value={sizeBy ?? ''} onChange={(e) => setSizeBy((e.target.value || null) as Metric | null)}>
          <option value="">{t('analyst.metrics.sizeNone')}</option>
          {METRIC_NAMES.map((m) => (
            <option key={m} value={m}>
              {t(METRIC_KEYS[m])}
            </option>
          ))}
        </select>
      </label>
      {visible.nodes.size === 0 ? (
        <p className="message message-warning">{t('analyst.metrics.empty')}</p>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className={!computed || stale ? 'primary-button' : undefined}
            onClick={compute}
            disabled={busy}
            aria-busy={busy}
          >
            {busy
              ? t('analyst.metrics.computing')
              : computed
                ? t('analyst.metrics.recompute')
                : t('analyst.metrics.compute')}
          </button>
        </div>
      )}
      {failure && (
        <div className="message message-error" role="alert">
          <p>
            {failure.seconds === null
              ? t('analyst.metrics.failed')
              : t('analyst.metrics.timeout', { seconds: failure.seconds })}
          </p>
          <div className="button-row">
            <button type="button" onClick={compute}>
              {t('analyst.metrics.retry')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className={stale ? 'message message-warning' : 'hint'}>
        {stale
          ? t('analyst.metrics.stale')
          : computed
            ? t('analyst.metrics.computed', {
                nodes: computed.values.degree.size,
                edges: computed.edges,
                ms: computed.ms,
              })
            : ''}
      </p>
      {computed && (
        <>
          <fieldset className="segmented">
            <legend>{t('analyst.metrics.shown')}</legend>
            {METRIC_NAMES.map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name={choiceName}
                  value={m}
                  checked={shown === m}
                  onChange={() => {
                    setShown(m);
                    setSort({ by: m, descending: true });
                  }}
                />
                {t(METRIC_KEYS[m])}
              </label>
            ))}
          </fieldset>
          <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="metrics-table">
              <caption id={captionId} className="visually-hidden">
                {t('analyst.metrics.table', {
                  metric: (sort.by === 'name'
                    ? t('analyst.metrics.name')
                    : t(METRIC_KEYS[sort.by])
                  ).toLocaleLowerCase(lang),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('analyst.metrics.rank')}</th>
                  {header('name', t('analyst.metrics.name'))}
                  {header(shown, t(METRIC_KEYS[shown]))}
                </tr>
              </thead>
              <tbody>
                {listed.map((row, i) => (
                  <tr key={row.id}>
                    <td>{i + 1}</td>
                    <td>
                      <button type="button" onClick={() => showNode(store, row.id)}>
                        {names.get(row.id) ?? row.id}
                      </button>
                    </td>
                    <td>{shown === 'degree' ? row.degree : number.format(row[shown])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > TOP && (
            <button type="button" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
              {showAll
                ? t('analyst.metrics.showTop', { count: TOP })
                : t('analyst.metrics.showAll', { count: rows.length })}
            </button>
          )}
          <ul className="metrics-help">
            {METRIC_NAMES.map((m) => (
              <li key={m}>{t(HELP_KEYS[m])}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
