/**
 * Analysts' own data. Files are chosen (or dropped anywhere on the page while this panel is
 * open) and read here in the browser by the pure readers in src/io, loaded on first use: our JSON
 * loads at once once the validator passes it; CSV, GraphML, GEXF and XLSX go through a mapping
 * step first. Nothing the user had changes until a dataset is accepted; every problem is a
 * message naming the file, the rows and what was done. An accepted dataset is stored on this
 * device (IndexedDB) and listed under "Recent datasets", to survive a reload or a closed tab.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_DATASET, BUILTIN_POSITIONS } from '../../data/builtin';
import type { Dataset } from '../../data/schema';
import { validateDataset, type Problem } from '../../data/validate';
import type { Positions } from '../../graph/elements';
import { useAppStore, useAppStoreApi, type Store } from '../../store';
import { ProblemList } from '../DatasetErrorPage';
import { deleteDataset, getDataset, listDatasets, saveDataset, type StoredSummary } from '../../store/keep';
import { toSearch } from '../../store/url';
import type { Mapping, RawGraph, ReportItem } from '../../io/types';
import { MappingStep } from './data/MappingStep';
import { takeDropped } from './data/droppedFiles';
import { ReportList } from './data/ReportList';
import { RecentDatasets } from './data/RecentDatasets';
import '../../styles/analyst.css';

type Io = typeof import('../../io');
const loadIo = () => import('../../io');

/** Same limit as the readers (src/io/limits.ts), checked before a large file is read into memory. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; report: ReportItem[] }
  | { kind: 'mapping'; raw: RawGraph; mapping: Mapping; report: ReportItem[] }
  | {
      kind: 'loaded';
      name: string;
      nodes: number;
      edges: number;
      laidOut: boolean;
      report: ReportItem[];
      warnings: Problem[];
      stored: 'pending' | 'yes' | 'no';
    }
  | { kind: 'cancelled' }
  | { kind: 'back' }
  | { kind: 'deleted'; name: string };

const datasetSel = (s: Store) => s.dataset;
const nameSel = (s: Store) => s.datasetName;
const idSel = (s: Store) => s.datasetId;
const langSel = (s: Store) => s.lang;

export function DataPanel() {
  const { t } = useTranslation();
  const dataset = useAppStore(datasetSel);
  const datasetName = useAppStore(nameSel);
  const datasetId = useAppStore(idSel);
  const lang = useAppStore(langSel);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [io, setIo] = useState<Io | null>(null);
  const [recent, setRecent] = useState<StoredSummary[] | 'unavailable' | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const appStore = useAppStoreApi();
  const getAppStore = () => appStore;

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

  /** Puts a dataset in use, then stores it on this device (a notice if that fails). */
  const accept = async (
    name: string,
    data: Dataset,
    positions: Positions | null,
    report: ReportItem[],
    warnings: Problem[] = [],
  ) => {
    const store = getAppStore();
    store.getState().loadDataset(data, name, positions);
    setPhase({
      kind: 'loaded',
      name,
      nodes: data.nodes.length,
      edges: data.edges.length,
      laidOut: !positions,
      report,
      warnings,
      stored: 'pending',
    });
    const saved = await saveDataset({ name, dataset: data, positions, view: toSearch(store.getState()) });
    // the user may have loaded another dataset meanwhile
    if (saved.ok && store.getState().dataset === data) store.getState().setDatasetId(saved.value.id);
    setPhase((p) => (p.kind === 'loaded' && p.name === name ? { ...p, stored: saved.ok ? 'yes' : 'no' } : p));
    void refreshRecent();
  };

  const read = async (list: File[]) => {
    if (!list.length) return;
    const name = list.map((f) => f.name).join(', ');
    const big = list.find((f) => f.size > MAX_FILE_BYTES);
    if (big) {
      const mb = Math.round((big.size / 1024 / 1024) * 10) / 10;
      return setPhase({
        kind: 'failed',
        report: [
          {
            level: 'error',
            code: 'too-large',
            file: big.name,
            values: { mb, max: MAX_FILE_BYTES / 1024 / 1024 },
          },
        ],
      });
    }
    setPhase({ kind: 'reading', name });
    try {
      const module = io ?? (await loadIo());
      setIo(module);
      const files = await Promise.all(
        list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const result = await module.readImport(files, { xml: module.nativeXml() });
      if (result.kind === 'failed') return setPhase({ kind: 'failed', report: result.report });
      if (result.kind === 'dataset')
        return void accept(result.name, result.dataset, result.positions, result.report, result.warnings);
      setPhase({
        kind: 'mapping',
        raw: result.raw,
        mapping: module.guessMapping(result.raw, lang),
        report: result.report,
      });
    } catch (e) {
      setPhase({
        kind: 'failed',
        report: [
          {
            level: 'error',
            code: 'unreadable',
            file: name,
            values: { reason: e instanceof Error ? e.message : String(e) },
          },
        ],
      });
    }
  };

  const mapped = useMemo(
    () => (phase.kind === 'mapping' && io ? io.applyMapping(phase.raw, phase.mapping) : null),
    [phase, io],
  );

  const backToBuiltin = () => {
    const builtin = validateDataset(BUILTIN_DATASET);
    if (!builtin.ok) return; // cannot happen: the app does not start with an invalid built-in dataset
    getAppStore().getState().loadDataset(builtin.dataset, null, BUILTIN_POSITIONS);
    setPhase({ kind: 'back' });
  };

  const openStored = async (id: string) => {
    const got = await getDataset(id);
    const checked = got.ok && got.value ? validateDataset(got.value.dataset) : null;
    if (!got.ok || !got.value || !checked?.ok) {
      void refreshRecent();
      return setPhase({
        kind: 'failed',
        report: [
          { level: 'error', code: 'unreadable', file: id, values: { reason: t('io.keep.restoreFailed') } },
        ],
      });
    }
    getAppStore().getState().loadDataset(checked.dataset, got.value.name, got.value.positions, id);
    setPhase({
      kind: 'loaded',
      name: got.value.name,
      nodes: got.value.nodes,
      edges: got.value.edges,
      laidOut: !got.value.positions,
      report: [],
      warnings: [],
      stored: 'yes',
    });
  };

  const remove = async (item: StoredSummary) => {
    await deleteDataset(item.id);
    if (getAppStore().getState().datasetId === item.id) getAppStore().getState().setDatasetId(null);
    setPhase({ kind: 'deleted', name: item.name });
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
    <div className="analyst-panel data-panel">
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
            nodes: dataset.nodes.length,
            edges: dataset.edges.length,
            sources: dataset.sources.length,
          })}
        </p>
        {datasetName && (
          <div className="button-row">
            <button type="button" onClick={backToBuiltin}>
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
          <input
            id={inputId}
            type="file"
            multiple
            accept=".json,.csv,.tsv,.txt,.graphml,.gexf,.xml,.xlsx,application/json,text/csv"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = ''; // the same file can be chosen again after fixing it
              void read(files);
            }}
          />
          <span className="hint" aria-hidden="true">
            {dragging ? t('analyst.data.dropActive') : t('analyst.data.drop')}
          </span>
        </div>
      </section>

      {phase.kind === 'mapping' && io && mapped && (
        <MappingStep
          raw={phase.raw}
          mapping={phase.mapping}
          result={{ ...mapped, report: [...phase.report, ...mapped.report] }}
          lang={lang}
          distinct={io.distinctValues}
          onChange={(mapping) => setPhase({ ...phase, mapping })}
          onAccept={() => {
            if (mapped.ok)
              void accept(phase.raw.name, mapped.dataset, mapped.positions, [
                ...phase.report,
                ...mapped.report,
              ]);
          }}
          onCancel={() => setPhase({ kind: 'cancelled' })}
        />
      )}

      <Status phase={phase} />

      <RecentDatasets
        items={recent}
        inUse={datasetId}
        onOpen={(id) => void openStored(id)}
        onDelete={(item) => void remove(item)}
      />
    </div>
  );
}

function Status({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  if (phase.kind === 'failed') {
    const json = phase.report.find((r) => r.code === 'json-invalid');
    return (
      <div className="message message-error" role="alert">
        {json ? (
          <>
            <p>
              <strong>
                {t('analyst.data.rejected', {
                  name: json.file,
                  count: (json.problems?.length ?? 0) + (json.more ?? 0),
                })}
              </strong>{' '}
              {t('analyst.data.unchanged')}
            </p>
            <ProblemList problems={json.problems ?? []} more={json.more ?? 0} />
          </>
        ) : (
          <>
            <ReportList report={phase.report} />
            {phase.report.some((r) => r.code === 'unknown-kind') && <p>{t('io.load.reads')}</p>}
            <p>{t('io.report.unchanged')}</p>
          </>
        )}
      </div>
    );
  }
  if (phase.kind === 'loaded') {
    return (
      <div className="message message-ok" role="status">
        <p>
          {phase.laidOut
            ? t('analyst.data.loaded', { name: phase.name, nodes: phase.nodes, edges: phase.edges })
            : t('io.mapping.loaded', { name: phase.name, nodes: phase.nodes, edges: phase.edges })}
        </p>
        {phase.stored === 'yes' && <p>{t('io.keep.stored')}</p>}
        {phase.stored === 'no' && <p className="message message-warning">{t('io.keep.notStored')}</p>}
        <ReportList report={phase.report} />
        {phase.warnings.length > 0 && (
          <div className="message message-warning">
            <ProblemList problems={phase.warnings} />
          </div>
        )}
      </div>
    );
  }
  return (
    <p
      role="status"
      className={phase.kind === 'idle' || phase.kind === 'reading' ? 'hint' : 'message message-ok'}
    >
      {phase.kind === 'reading' && t('io.load.reading', { name: phase.name })}
      {phase.kind === 'cancelled' && t('io.mapping.cancelled')}
      {phase.kind === 'back' && t('analyst.data.backDone')}
      {phase.kind === 'deleted' && t('io.keep.deleted', { name: phase.name })}
    </p>
  );
}
