/**
 * Export what the graph shows: a PNG (at 1–4× the on-screen size, for slides) or an SVG, with or
 * without the legend; the visible subgraph in every format of the export registry
 * (graph/export/registry.ts), one button each, grouped by who the files are for; and a link to
 * the view. The Cytoscape instance is read only when the user asks for something, never while
 * rendering. Files are saved with file-saver.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { saveAs } from 'file-saver';
import type { Core } from 'cytoscape';
import {
  EXPORT_GROUPS,
  formatsIn,
  subgraphDataset,
  type CsvDialectId,
  type EdgeDirection,
  type ExportFormat,
  type ExportGroup,
} from '../../graph/export';
import { toSvg } from '../../graph/svg';
import { pngSize, viewLegend, viewPng, viewPositions, viewScene } from '../../cy/exportImage';
import { commandTarget } from '../../cy/commands';
import { useAppStore, useAppStoreApi, type Store } from '../../store';
import { translate, type Message } from '../../i18n/message';
import { selectVisible } from '../../store/visible';
import { CopyLink } from '../CopyLink';
import '../../styles/analyst.css';

const SCALES = [1, 2, 3, 4] as const;
type Size = { width: number; height: number };

const visibleSel = (s: Store) => selectVisible(s);

/** What the last click did; worded when shown, so it follows a language switch. */
type Status = { kind: 'ok' | 'error'; message: Message } | null;

export function ExportPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  /** The graph's instance, taken from the store at the moment of a click (never while rendering). */
  const graph = (): Core | null => commandTarget(store);
  const visible = useAppStore(visibleSel);
  const lang = useUiLang();
  const [scale, setScale] = useState<number>(2);
  const [whole, setWhole] = useState(false);
  const [legend, setLegend] = useState(true);
  const [dialect, setDialect] = useState<CsvDialectId>(lang === 'sv' ? 'excel-sv' : 'comma');
  const [direction, setDirection] = useState<EdgeDirection>('directed');
  const [sizes, setSizes] = useState<Record<number, Size> | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  /** Pixel sizes for the scale menu, measured when the user turns to it (not while rendering). */
  const measure = (forWhole = whole) => {
    const cy = graph();
    setSizes(cy ? Object.fromEntries(SCALES.map((k) => [k, pngSize(cy, k, forWhole)])) : null);
  };

  const run = async (file: string, make: (cy: Core | null) => Promise<Blob | null> | Blob | null) => {
    setBusy(true);
    try {
      const blob = await make(graph());
      if (!blob) {
        const reason: Message = { key: 'analyst.export.noGraph' };
        return setStatus({ kind: 'error', message: { key: 'analyst.export.failed', params: { reason } } });
      }
      saveAs(blob, file);
      setStatus({ kind: 'ok', message: { key: 'analyst.export.saved', params: { file } } });
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', message: { key: 'analyst.export.failed', params: { reason } } });
    } finally {
      setBusy(false);
    }
  };
  const text = (body: string, type: string) => new Blob([body], { type: `${type};charset=utf-8` });
  const legendFor = (cy: Core) =>
    legend ? viewLegend(cy, t('analyst.export.legendHeading'), lang, store.getState().dataset.types) : null;
  const title = () => store.getState().dataset.meta.title[lang];

  const save = (format: ExportFormat) =>
    run(format.file, (cy) => {
      const s = store.getState();
      const body = format.write(subgraphDataset(s.dataset, selectVisible(s)), {
        lang,
        dialect,
        direction,
        ...(cy ? { positions: viewPositions(cy) } : {}),
      });
      return text(body, format.mime);
    });

  const groupOptions = (group: ExportGroup) => {
    const used = new Set(formatsIn(group).flatMap((f) => f.options));
    return (
      <>
        {used.has('dialect') && (
          <fieldset className="segmented">
            <legend>{t('analyst.export.dialect')}</legend>
            <label>
              <input
                type="radio"
                name="export-dialect"
                checked={dialect === 'excel-sv'}
                onChange={() => setDialect('excel-sv')}
              />
              {t('analyst.export.dialectExcelSv')}
            </label>
            <label>
              <input
                type="radio"
                name="export-dialect"
                checked={dialect === 'comma'}
                onChange={() => setDialect('comma')}
              />
              {t('analyst.export.dialectComma')}
            </label>
          </fieldset>
        )}
        {used.has('direction') && (
          <fieldset className="segmented" aria-describedby="export-direction-hint">
            <legend>{t('analyst.export.direction')}</legend>
            <label>
              <input
                type="radio"
                name="export-direction"
                checked={direction === 'directed'}
                onChange={() => setDirection('directed')}
              />
              {t('analyst.export.directionDirected')}
            </label>
            <label>
              <input
                type="radio"
                name="export-direction"
                checked={direction === 'undirected'}
                onChange={() => setDirection('undirected')}
              />
              {t('analyst.export.directionUndirected')}
            </label>
            <p id="export-direction-hint" className="hint">
              {t('analyst.export.directionHint')}
            </p>
          </fieldset>
        )}
        {group === 'database' && <p className="hint">{t('analyst.export.neo4jHint')}</p>}
      </>
    );
  };

  return (
    <div className="analyst-panel export-panel">
      <section aria-labelledby="export-image">
        <h3 id="export-image">{t('analyst.export.image')}</h3>
        <fieldset className="segmented">
          <legend>{t('analyst.export.area')}</legend>
          <label>
            <input
              type="radio"
              name="export-area"
              checked={!whole}
              onChange={() => {
                setWhole(false);
                if (sizes) measure(false);
              }}
            />
            {t('analyst.export.areaView')}
          </label>
          <label>
            <input
              type="radio"
              name="export-area"
              checked={whole}
              onChange={() => {
                setWhole(true);
                if (sizes) measure(true);
              }}
            />
            {t('analyst.export.areaAll')}
          </label>
        </fieldset>
        <label className="select-row">
          {t('analyst.export.scale')}
          <select
            value={scale}
            onFocus={() => measure()}
            onPointerDown={() => measure()}
            onChange={(e) => setScale(Number(e.target.value))}
          >
            {SCALES.map((k) => {
              const size = sizes?.[k];
              return (
                <option key={k} value={k}>
                  {size
                    ? t('analyst.export.scaleValue', { scale: k, width: size.width, height: size.height })
                    : `${k}×`}
                </option>
              );
            })}
          </select>
        </label>
        <label className="check-row">
          <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
          <span className="option-label">{t('analyst.export.legend')}</span>
        </label>
        <div className="button-row">
          <button
            type="button"
            className="primary-button"
            disabled={busy}
            onClick={() =>
              run('samverkan.png', (cy) => cy && viewPng(cy, { scale, whole, legend: legendFor(cy) }))
            }
          >
            {t('analyst.export.png')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('samverkan.svg', (cy) => {
                if (!cy) return null;
                const scene = viewScene(cy, {
                  whole,
                  title: title(),
                  legend: legendFor(cy),
                  types: store.getState().dataset.types,
                });
                return text(toSvg(scene), 'image/svg+xml');
              })
            }
          >
            {t('analyst.export.svg')}
          </button>
        </div>
      </section>

      <section aria-labelledby="export-data">
        <h3 id="export-data">{t('analyst.export.data')}</h3>
        <p className="hint">
          {t('analyst.export.dataHint', { nodes: visible.nodes.size, edges: visible.edges.size })}
        </p>
        {EXPORT_GROUPS.map((group) => (
          <section key={group.id} className="export-group" aria-labelledby={`export-group-${group.id}`}>
            <h4 id={`export-group-${group.id}`}>{t(group.labelKey)}</h4>
            {groupOptions(group.id)}
            <div className="export-list">
              {formatsIn(group.id).map((format) => (
                <button key={format.id} type="button" disabled={busy} onClick={() => save(format)}>
                  {t(format.labelKey)}
                </button>
              ))}
            </div>
          </section>
        ))}
      </section>

      <p
        role="status"
        className={status ? `message message-${status.kind === 'ok' ? 'ok' : 'error'}` : undefined}
      >
        {status && translate(t, status.message)}
      </p>

      <section aria-labelledby="export-link">
        <h3 id="export-link">{t('analyst.export.link')}</h3>
        <CopyLink label={t('analyst.export.copy')} />
      </section>
    </div>
  );
}
