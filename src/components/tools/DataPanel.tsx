/**
 * Analysts' own data: load a dataset file of our format (file input, or drag and drop), read in
 * the browser and checked by the same validator as the built-in data. A wrong file (not JSON,
 * wrong shape, broken references) is refused with the validator's messages, each naming where,
 * and the dataset in use stays as it is; a valid one replaces the graph (laid out afresh with the
 * seeded force layout, as it has no stored positions). One button brings the built-in data back.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_DATASET, BUILTIN_POSITIONS } from '../../data/builtin';
import type { Dataset } from '../../data/schema';
import { decodeText, parseJson, validateDataset, type Problem } from '../../data/validate';
import { ProblemList } from '../DatasetErrorPage';
import { useAppStore, type Store } from '../../store';
import '../../styles/analyst.css';

const MAX_MB = 20;

type Status =
  | { kind: 'reading'; name: string }
  | { kind: 'loaded'; name: string; nodes: number; edges: number; warnings: Problem[] }
  | { kind: 'rejected'; name: string; problems: Problem[]; more: number }
  | { kind: 'back' }
  | null;

const datasetSel = (s: Store) => s.dataset;
const nameSel = (s: Store) => s.datasetName;
const langSel = (s: Store) => s.lang;

/**
 * Reads and checks a file; never throws. Bytes are decoded as the command line decodes them
 * (UTF-8 with or without a mark, UTF-16), so both accept the same files.
 */
async function readDatasetFile(
  file: File,
): Promise<
  { ok: true; dataset: Dataset; warnings: Problem[] } | { ok: false; problems: Problem[]; more?: number }
> {
  if (file.size > MAX_MB * 1024 * 1024)
    return { ok: false, problems: [{ path: '', code: 'file.tooLarge', params: { mb: MAX_MB } }] };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problems: [{ path: '', code: 'file.unreadable' }] };
  }
  const text = decodeText(bytes);
  if (!text.ok) return text;
  const json = parseJson(text.text);
  return json.ok ? validateDataset(json.value) : json;
}

export function DataPanel() {
  const { t } = useTranslation();
  const dataset = useAppStore(datasetSel);
  const datasetName = useAppStore(nameSel);
  const lang = useAppStore(langSel);
  const loadDataset = useAppStore((s) => s.loadDataset);
  const [status, setStatus] = useState<Status>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();

  const read = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'reading', name: file.name });
    const result = await readDatasetFile(file);
    if (!result.ok)
      return setStatus({
        kind: 'rejected',
        name: file.name,
        problems: result.problems,
        more: result.more ?? 0,
      });
    loadDataset(result.dataset, file.name, null);
    setStatus({
      kind: 'loaded',
      name: file.name,
      nodes: result.dataset.nodes.length,
      edges: result.dataset.edges.length,
      warnings: result.warnings,
    });
  };

  const backToBuiltin = () => {
    const builtin = validateDataset(BUILTIN_DATASET);
    if (!builtin.ok) return; // cannot happen: the app does not start with an invalid built-in dataset
    loadDataset(builtin.dataset, null, BUILTIN_POSITIONS);
    setStatus({ kind: 'back' });
  };

  // While this panel is open, a file dropped anywhere on the page is loaded (and the browser
  // never navigates away to show the file instead, which would lose the view).
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });
  useEffect(() => {
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
      void readRef.current(e.dataTransfer.files[0]);
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
        <h3 id="data-load">{t('analyst.data.load')}</h3>
        <p className="hint">{t('analyst.data.loadHint')}</p>
        <div className={`drop-zone${dragging ? ' is-active' : ''}`}>
          <label htmlFor={inputId}>{t('analyst.data.choose')}</label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file can be chosen again after fixing it
              void read(file);
            }}
          />
          <span className="hint" aria-hidden="true">
            {dragging ? t('analyst.data.dropActive') : t('analyst.data.drop')}
          </span>
        </div>
      </section>

      <StatusMessage status={status} />
    </div>
  );
}

function StatusMessage({ status }: { status: Status }) {
  const { t } = useTranslation();
  if (status?.kind === 'rejected') {
    const { problems, more } = status;
    return (
      <div className="message message-error" role="alert">
        <p>
          <strong>{t('analyst.data.rejected', { name: status.name, count: problems.length + more })}</strong>{' '}
          {t('analyst.data.unchanged')}
        </p>
        <ProblemList problems={problems} more={more} />
      </div>
    );
  }
  return (
    <>
      <p role="status" className={status && status.kind !== 'reading' ? 'message message-ok' : 'hint'}>
        {status?.kind === 'reading' && t('analyst.data.reading', { name: status.name })}
        {status?.kind === 'loaded' &&
          t('analyst.data.loaded', { name: status.name, nodes: status.nodes, edges: status.edges })}
        {status?.kind === 'back' && t('analyst.data.backDone')}
      </p>
      {status?.kind === 'loaded' && status.warnings.length > 0 && (
        <div className="message message-warning">
          <ProblemList problems={status.warnings} />
        </div>
      )}
    </>
  );
}
