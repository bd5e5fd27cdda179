/**
 * Export what the graph shows: a PNG (at 1–4× the on-screen size, for slides) or an SVG, with or
 * without the legend; the visible subgraph as JSON in our own format (loadable again), as CSV
 * (organisations; relationships with their evidence), GEXF and GraphML; and a link to the view.
 * Files are saved with file-saver.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveAs } from 'file-saver';
import { edgesCsv, nodesCsv, subgraphDataset, toGexf, toGraphml, toJson } from '../../graph/export';
import { toSvg } from '../../graph/svg';
import { commandTarget } from '../../cy/commands';
import { pngSize, viewLegend, viewPng, viewPositions, viewScene } from '../../cy/exportImage';
import { useAppStore, useAppStoreApi, type Store } from '../../store';
import { selectVisible } from '../../store/visible';
import { CopyLink } from '../CopyLink';
import { withPositions } from '../../io/positions';
import '../../styles/analyst.css';

const SCALES = [1, 2, 3, 4] as const;

const visibleSel = (s: Store) => selectVisible(s);
const langSel = (s: Store) => s.lang;
const cySel = (s: Store) => (s.cy && !s.cy.destroyed() ? s.cy : null);

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function ExportPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const visible = useAppStore(visibleSel);
  const lang = useAppStore(langSel);
  // the registered graph (this panel re-renders when it mounts or goes), for the picture sizes
  const shownCy = useAppStore(cySel);
  const [scale, setScale] = useState<number>(2);
  const [whole, setWhole] = useState(false);
  const [legend, setLegend] = useState(true);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // the graph may mount after this panel (opened from a link): render again once it has a size
  const [, setMounted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setMounted(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  const run = async (file: string, make: () => Promise<Blob | null> | Blob | null) => {
    setBusy(true);
    try {
      const blob = await make();
      if (!blob) throw new Error(t('analyst.export.noGraph'));
      saveAs(blob, file);
      setStatus({ kind: 'ok', text: t('analyst.export.saved', { file }) });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('analyst.export.failed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };
  const text = (body: string, type: string) => new Blob([body], { type: `${type};charset=utf-8` });
  const subgraph = () => {
    const s = store.getState();
    return subgraphDataset(s.dataset, selectVisible(s));
  };
  const legendFor = () => (legend ? viewLegend(commandTarget(store), t('analyst.export.legendHeading'), lang) : null);
  const title = () => store.getState().dataset.meta.title[lang];

  return (
    <div className="analyst-panel export-panel">
      <section aria-labelledby="export-image">
        <h3 id="export-image">{t('analyst.export.image')}</h3>
        <fieldset className="segmented">
          <legend>{t('analyst.export.area')}</legend>
          <label>
            <input type="radio" name="export-area" checked={!whole} onChange={() => setWhole(false)} />
            {t('analyst.export.areaView')}
          </label>
          <label>
            <input type="radio" name="export-area" checked={whole} onChange={() => setWhole(true)} />
            {t('analyst.export.areaAll')}
          </label>
        </fieldset>
        <label className="select-row">
          {t('analyst.export.scale')}
          <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {SCALES.map((k) => {
              const size = pngSize(shownCy, k, whole);
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
            onClick={() => run('samverkan.png', () => viewPng(commandTarget(store), { scale, whole, legend: legendFor() }))}
          >
            {t('analyst.export.png')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('samverkan.svg', () => {
                const scene = viewScene(commandTarget(store), { whole, title: title(), legend: legendFor() });
                return scene && text(toSvg(scene), 'image/svg+xml');
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
        <div className="export-list">
          <button
            type="button"
            disabled={busy}
            onClick={() => run('samverkan.json', () => text(toJson(withPositions(subgraph(), viewPositions(commandTarget(store)))), 'application/json'))}
          >
            {t('analyst.export.json')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => run('nodes.csv', () => text(nodesCsv(subgraph()), 'text/csv'))}
          >
            {t('analyst.export.nodesCsv')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => run('edges.csv', () => text(edgesCsv(subgraph()), 'text/csv'))}
          >
            {t('analyst.export.edgesCsv')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('samverkan.gexf', () => text(toGexf(subgraph(), lang, viewPositions(commandTarget(store))), 'application/xml'))
            }
          >
            {t('analyst.export.gexf')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('samverkan.graphml', () =>
                text(toGraphml(subgraph(), lang, viewPositions(commandTarget(store))), 'application/xml'),
              )
            }
          >
            {t('analyst.export.graphml')}
          </button>
        </div>
      </section>

      <p
        role="status"
        className={status ? `message message-${status.kind === 'ok' ? 'ok' : 'error'}` : undefined}
      >
        {status?.text}
      </p>

      <section aria-labelledby="export-link">
        <h3 id="export-link">{t('analyst.export.link')}</h3>
        <CopyLink label={t('analyst.export.copy')} />
      </section>
    </div>
  );
}
