/**
 * Analysts' own data: load a dataset file of our format (file input, or drag and drop), read,
 * checked by the same validator as the built-in data and laid out in a Web Worker, with progress
 * and a cancel button. A wrong file (not JSON, wrong shape, broken references) is refused with the
 * validator's messages, each naming where; a file beyond the limits is refused up front, with the
 * choice to load it anyway without layout; the dataset in use stays as it is until the new one is
 * valid. One button brings the built-in data back.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_DATASET, BUILTIN_POSITIONS } from '../../data/builtin';
import { validateDataset } from '../../data/validate';
import { useAppStore, type Store } from '../../store';
import { useLoadSession, useLoadStatus } from '../../load/session';
import { LoadStatusMessage } from './LoadStatus';
import '../../styles/analyst.css';

const datasetSel = (s: Store) => s.dataset;
const nameSel = (s: Store) => s.datasetName;
const langSel = (s: Store) => s.lang;

export function DataPanel() {
  const { t } = useTranslation();
  const dataset = useAppStore(datasetSel);
  const datasetName = useAppStore(nameSel);
  const lang = useAppStore(langSel);
  const loadDataset = useAppStore((s) => s.loadDataset);
  const session = useLoadSession();
  const status = useLoadStatus();
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  // the last file chosen, so that "load anyway" can read it again without the limits
  const lastFile = useRef<File | null>(null);

  const read = (file: File | undefined) => {
    if (!file) return;
    lastFile.current = file;
    session.load(file);
  };
  const loadAnyway = () => {
    if (lastFile.current) session.load(lastFile.current, { enforceLimits: false, layout: 'none' });
  };

  const backToBuiltin = () => {
    session.cancel(false);
    const builtin = validateDataset(BUILTIN_DATASET);
    if (!builtin.ok) return; // cannot happen: the app does not start with an invalid built-in dataset
    loadDataset(builtin.dataset, null, BUILTIN_POSITIONS);
    session.set({ kind: 'back' });
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
      readRef.current(e.dataTransfer.files[0]);
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
              read(file);
            }}
          />
          <span className="hint" aria-hidden="true">
            {dragging ? t('analyst.data.dropActive') : t('analyst.data.drop')}
          </span>
        </div>
      </section>

      <LoadStatusMessage status={status} onCancel={() => session.cancel()} onLoadAnyway={loadAnyway} />
    </div>
  );
}
