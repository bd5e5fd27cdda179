/**
 * Analysts' own data. Files are chosen (or dropped anywhere on the page while this panel is
 * open) and handed to the load session (src/load), which reads, validates and lays them out in a
 * Web Worker with a progress bar and a cancel button: our JSON loads at once once the validator
 * passes it; CSV, GraphML, GEXF and XLSX go through a mapping step first. Nothing the user had
 * changes until a dataset is accepted; every problem is a message naming the file, the rows and
 * what was done. An accepted dataset is stored on this device (IndexedDB) and listed under
 * "Recent datasets", to survive a reload or a closed tab.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { BUILTIN_POSITIONS, loadBuiltinProse } from '../../data/builtin';
import { validateDataset } from '../../data/validate';
import { useAppStore, useAppStoreApi, type Store } from '../../store';
import { deleteDataset, getDataset, listDatasets, type StoredSummary } from '../../store/keep';
import { useLoadSession, useLoadStatus } from '../../load/session';
import { MappingStep } from './data/MappingStep';
import { takeDropped } from './data/droppedFiles';
import { RecentDatasets } from './data/RecentDatasets';
import { LoadStatusMessage, loadStage } from './LoadStatus';
import '../../styles/analyst.css';

type Mapper = typeof import('../../io/mapping');
const loadMapper = () => import('../../io/mapping');

const datasetSel = (s: Store) => s.dataset;
const nameSel = (s: Store) => s.datasetName;
const idSel = (s: Store) => s.datasetId;

export function DataPanel() {
  const { t } = useTranslation();
  const dataset = useAppStore(datasetSel);
  const datasetName = useAppStore(nameSel);
  const datasetId = useAppStore(idSel);
  const lang = useUiLang();
  const session = useLoadSession();
  const status = useLoadStatus();
  const [mapper, setMapper] = useState<Mapper | null>(null);
  const [recent, setRecent] = useState<StoredSummary[] | 'unavailable' | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const appStore = useAppStoreApi();

  const refreshRecent = useCallback(async () => {
    const list = await listDatasets();
    setRecent(list.ok ? list.value : 'unavailable');
  }, []);
  useEffect(() => {
    let live = true;
    void listDatasets().then((list) => {
      if (live) setRecent(list.ok ? list.value : 'unavailable');
    });
    return () => {
      live = false;
    };
  }, []);

  // the mapping step's preview needs the mapping functions, loaded on first use
  useEffect(() => {
    if (status.kind === 'mapping' && !mapper) void loadMapper().then(setMapper);
  }, [status.kind, mapper]);
  // a dataset stored on this device joins the list
  const stored = status.kind === 'loaded' ? status.stored : null;
  useEffect(() => {
    if (!stored || stored === 'pending') return;
    let live = true;
    void listDatasets().then((list) => {
      if (live) setRecent(list.ok ? list.value : 'unavailable');
    });
    return () => {
      live = false;
    };
  }, [stored]);

  // the preview maps a bounded sample of a large file on every change; the whole file is mapped
  // once, in the loading Worker, when the user loads it
  const sample = useMemo(
    () => (status.kind === 'mapping' && mapper ? mapper.previewSample(status.raw, status.mapping) : null),
    [status, mapper],
  );
  const mapped = useMemo(
    () =>
      status.kind === 'mapping' && mapper && sample ? mapper.applyMapping(sample.raw, status.mapping) : null,
    [status, mapper, sample],
  );

  const read = (files: File[]) => session.load(files);

  const backToBuiltin = async () => {
    // whole, with its prose (loaded with this panel: see lazyNamed.ts)
    const builtin = validateDataset(await loadBuiltinProse());
    if (!builtin.ok) return; // cannot happen: the app does not start with an invalid built-in dataset
    appStore.getState().loadDataset(builtin.dataset, null, BUILTIN_POSITIONS);
    session.set({ kind: 'back' });
  };

  const openStored = async (id: string) => {
    const got = await getDataset(id);
    const checked = got.ok && got.value ? validateDataset(got.value.dataset) : null;
    if (!got.ok || !got.value || !checked?.ok) {
      void refreshRecent();
      return session.set({
        kind: 'failed',
        report: [
          { level: 'error', code: 'unreadable', file: id, values: { reason: t('io.keep.restoreFailed') } },
        ],
      });
    }
    appStore.getState().loadDataset(checked.dataset, got.value.name, got.value.positions, id);
    session.set({
      kind: 'loaded',
      name: got.value.name,
      nodes: got.value.nodes,
      edges: got.value.edges,
      layout: got.value.positions ? 'given' : 'fcose',
      mapped: false,
      report: [],
      warnings: [],
      stored: 'yes',
    });
  };

  const remove = async (item: StoredSummary) => {
    await deleteDataset(item.id);
    if (appStore.getState().datasetId === item.id) appStore.getState().setDatasetId(null);
    session.set({ kind: 'deleted', name: item.name });
    void refreshRecent();
  };

  // While this panel is open, files dropped anywhere on the page are read (and the browser never
  // navigates away to show the file instead, which would lose the view).
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });
  useEffect(() => {
    // files dropped on the page while this tool was closed (FileDrop opened it for them)
    const dropped = takeDropped();
    if (dropped) void readRef.current(dropped);
    const hasFile = (e: globalThis.DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
    const over = (e: globalThis.DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: globalThis.DragEvent) => {
      if (!e.relatedTarget) setDragging(false); // left the window
    };
    const drop = (e: globalThis.DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDragging(false);
      void readRef.current(Array.from(e.dataTransfer.files));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="analyst-panel data-panel" data-load-stage={loadStage(status)}>
      <section aria-labelledby="data-current">
        <h3 id="data-current">{t('analyst.data.current')}</h3>
        <p>
          <strong>
            {datasetName ? t('analyst.data.file', { name: datasetName }) : t('analyst.data.builtin')}
          </strong>
          {' – '}
          {dataset.meta.title[lang]}
        </p>
        <p className="hint">
          {t('analyst.data.stats', {
            nodes: t('analyst.data.statsNodes', { count: dataset.nodes.length }),
            edges: t('analyst.data.statsEdges', { count: dataset.edges.length }),
            sources: t('analyst.data.statsSources', { count: dataset.sources.length }),
          })}
        </p>
        {datasetName && (
          <div className="button-row">
            <button type="button" onClick={() => void backToBuiltin()}>
              {t('analyst.data.back')}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="data-load">
        <h3 id="data-load">{t('io.load.heading')}</h3>
        <p className="hint">{t('io.load.hint')}</p>
        <div className={`drop-zone${dragging ? ' is-active' : ''}`}>
          <label htmlFor={inputId}>{t('analyst.data.choose')}</label>
          {/* the browser's own button and "no file chosen" speak the browser's language: the
              field is drawn as a button of the app's, in the UI language, and named by the label */}
          <input
            id={inputId}
            className="file-input"
            aria-label={t('analyst.data.choose')}
            type="file"
            multiple
            accept=".json,.csv,.tsv,.txt,.graphml,.gexf,.xml,.xlsx,application/json,text/csv"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = ''; // the same file can be chosen again after fixing it
              void read(files);
            }}
          />
          <label htmlFor={inputId} className="file-button" aria-hidden="true">
            {t('analyst.data.browse')}
          </label>
          <span className="hint" aria-hidden="true">
            {dragging ? t('analyst.data.dropActive') : t('analyst.data.drop')}
          </span>
        </div>
      </section>

      {status.kind === 'mapping' && mapper && mapped && sample && (
        <MappingStep
          raw={status.raw}
          mapping={status.mapping}
          result={{ ...mapped, report: [...status.report, ...mapped.report] }}
          sample={sample}
          lang={lang}
          distinct={mapper.distinctValues}
          onChange={(mapping) => session.setMapping(mapping)}
          onAccept={() => {
            if (mapped.ok) session.build(status.raw, status.mapping, status.report);
          }}
          onCancel={() => session.set({ kind: 'mappingCancelled' })}
        />
      )}

      <LoadStatusMessage
        status={status}
        onCancel={() => session.cancel()}
        onLoadAnyway={() => session.loadAnyway()}
      />

      <RecentDatasets
        items={recent}
        inUse={datasetId}
        onOpen={(id) => void openStored(id)}
        onDelete={(item) => void remove(item)}
      />
    </div>
  );
}
