/**
 * "How is A connected to B?": two node pickers, an optional restriction to some relationship
 * types, and every shortest path over the graph as shown (filters and focus applied), listed as
 * chains in which each hop reads in the walking direction and carries its evidence. The same
 * paths are highlighted on the graph by the highlight controller. The query is in the URL.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { typeCatalogue } from '../../graph/typeInfo';
import { isDefaultFilters } from '../../graph/filter';
import { pathElements, type PathsResult } from '../../graph/paths';
import { fit } from '../../cy/commands';
import { useAppStore, useAppStoreApi, type Store } from '../../store';
import { selectPaths } from '../../store/visible';
import { NodeCombobox } from '../NodeCombobox';
import { EdgeSwatch } from '../Swatch';
import { PathChain } from './PathChain';
import '../../styles/analyst.css';

const LISTED = 10;

const pathSel = (s: Store) => s.path;
const datasetSel = (s: Store) => s.dataset;
const resultSel = (s: Store) => selectPaths(s);
const filtersSel = (s: Store) => s.filters;
const focusSel = (s: Store) => s.focus;

export function PathPanel() {
  const { t } = useTranslation();
  const path = useAppStore(pathSel);
  const dataset = useAppStore(datasetSel);
  const lang = useUiLang();
  const result = useAppStore(resultSel);
  const setPath = useAppStore((s) => s.setPath);
  const nameOf = (id: string) => dataset.nodes.find((n) => n.id === id)?.label[lang] ?? id;
  const catalogue = typeCatalogue(dataset.types);
  const types = catalogue.edges.map((e) => e.id).filter((type) => dataset.edges.some((e) => e.type === type));

  return (
    <div className="analyst-panel path-panel">
      <p className="hint">{t('analyst.paths.intro')}</p>
      <div className="path-pickers">
        <NodeCombobox
          label={t('analyst.paths.from')}
          placeholder={t('analyst.paths.pick')}
          value={path.from}
          onChoose={(from) => setPath({ from })}
          inputId="path-from"
        />
        <NodeCombobox
          label={t('analyst.paths.to')}
          placeholder={t('analyst.paths.pick')}
          value={path.to}
          onChoose={(to) => setPath({ to })}
          inputId="path-to"
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          disabled={!path.from && !path.to}
          onClick={() => setPath({ from: path.to, to: path.from })}
        >
          {t('analyst.paths.swap')}
        </button>
        <button
          type="button"
          disabled={!path.from && !path.to && path.edgeTypes.length === 0}
          onClick={() => setPath({ from: null, to: null, edgeTypes: [] })}
        >
          {t('analyst.paths.clear')}
        </button>
      </div>
      <details open={path.edgeTypes.length > 0 || undefined}>
        <summary>
          {t('analyst.paths.restrict')}
          {path.edgeTypes.length > 0 &&
            ` (${t('analyst.paths.restrictCount', { count: path.edgeTypes.length })})`}
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('analyst.paths.restrict')}</legend>
          <p className="hint">{t('analyst.paths.restrictHint')}</p>
          <div className="option-list">
            {types.map((type) => (
              <label key={type} className="check-row">
                <input
                  type="checkbox"
                  checked={path.edgeTypes.includes(type)}
                  onChange={(e) =>
                    setPath({
                      edgeTypes: e.target.checked
                        ? [...path.edgeTypes, type]
                        : path.edgeTypes.filter((x) => x !== type),
                    })
                  }
                />
                <EdgeSwatch type={type} width={30} />
                <span className="option-label capitalise">{catalogue.edge(type).label[lang]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </details>
      <PathResult
        result={result}
        from={path.from}
        to={path.to}
        restricted={path.edgeTypes.length > 0}
        nameOf={nameOf}
      />
    </div>
  );
}

function PathResult({
  result,
  from,
  to,
  restricted,
  nameOf,
}: {
  result: PathsResult | null;
  from: string | null;
  to: string | null;
  restricted: boolean;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const filters = useAppStore(filtersSel);
  const focus = useAppStore(focusSel);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const setFocus = useAppStore((s) => s.setFocus);
  const [showAll, setShowAll] = useState(false);

  if (!result || !from || !to) return <p className="hint">{t('analyst.paths.prompt')}</p>;
  const escape = (
    <div className="button-row">
      {!isDefaultFilters(filters) && (
        <button type="button" onClick={resetFilters}>
          {t('analyst.paths.resetFilters')}
        </button>
      )}
      {focus && (
        <button type="button" onClick={() => setFocus(null)}>
          {t('analyst.paths.clearFocus')}
        </button>
      )}
    </div>
  );
  if (result.kind === 'same')
    return (
      <p className="message message-warning" role="status">
        {t('analyst.paths.same')}
      </p>
    );
  if (result.kind === 'absent' || result.kind === 'none') {
    const text =
      result.kind === 'absent'
        ? t('analyst.paths.absent', { names: result.ids.map(nameOf).join(', ') })
        : t(restricted ? 'analyst.paths.noneRestricted' : 'analyst.paths.none', {
            from: nameOf(from),
            to: nameOf(to),
          });
    return (
      <div className="message message-warning" role="status">
        <p>{text}</p>
        {escape}
      </div>
    );
  }
  const listed = showAll ? result.paths : result.paths.slice(0, LISTED);
  return (
    <section aria-labelledby="path-summary">
      <p id="path-summary" className="path-summary" role="status">
        {result.length === 1
          ? t('analyst.paths.foundOneStep', { count: result.total })
          : t('analyst.paths.found', { count: result.total, length: result.length })}
        {result.total > result.paths.length &&
          ` ${t('analyst.paths.truncated', { shown: result.paths.length })}`}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => fit(store, [...pathElements(result.paths).nodes])}>
          {t('analyst.paths.zoom')}
        </button>
      </div>
      <ol className="path-list">
        {listed.map((hops, i) => (
          <li key={hops.map((h) => h.edge).join('|')} className="path-item">
            <h4>{t('analyst.paths.path', { n: i + 1 })}</h4>
            <PathChain hops={hops} />
          </li>
        ))}
      </ol>
      {result.paths.length > LISTED && (
        <button type="button" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll
            ? t('analyst.metrics.showTop', { count: LISTED })
            : t('analyst.metrics.showAll', { count: result.paths.length })}
        </button>
      )}
    </section>
  );
}
