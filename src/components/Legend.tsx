/**
 * The legend: every node shape/colour and every line style/arrow the graph uses, named in the
 * current language. Only the types present in the dataset are listed. Collapsible, and it
 * remembers whether the user closed it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { screenBoxOf } from '../cy/commands';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../i18n/uiLang';
import { legendEntries } from '../graph/legend';
import type { Dataset } from '../data/schema';
import { useAppStore, useAppStoreApi } from '../store';
import { EdgeSwatch, NoEvidenceSwatch, NodeSwatch } from './Swatch';
import { useGraphOverlay } from './useGraphOverlay';
import { useWideEntries } from './useWideEntries';
import '../styles/legend.css';

const selectDataset = (s: { dataset: Dataset }) => s.dataset;

const OPEN_KEY = 'samverkan.legend';
const LARGE_SCREEN = '(min-width: 1600px) and (min-height: 1000px)';

/**
 * Whether the legend starts open: as the user last left it, else open only on screens large enough
 * that it leaves most of the graph in view (on a laptop or a phone it would cover a third of the
 * network; there it starts as a button that opens it).
 */
function initiallyOpen(): boolean {
  try {
    const stored = localStorage.getItem(OPEN_KEY);
    if (stored === 'open' || stored === 'closed') return stored === 'open';
  } catch {
    // storage may be unavailable (private mode)
  }
  return typeof window === 'undefined' || !window.matchMedia || window.matchMedia(LARGE_SCREEN).matches;
}

function remember(open: boolean) {
  try {
    localStorage.setItem(OPEN_KEY, open ? 'open' : 'closed');
  } catch {
    // not remembered; the legend still works
  }
}

export function Legend() {
  const { t } = useTranslation();
  const dataset = useAppStore(selectDataset);
  const lang = useUiLang();
  const [open, setOpen] = useState(initiallyOpen);
  const ref = useRef<HTMLDivElement>(null);
  useGraphOverlay('legend', ref);
  // it gets out of the way when it would cover the selected node (not remembered: the user's own
  // choice stays as it was)
  const selection = useAppStore((s) => s.selection);
  const store = useAppStoreApi();
  useEffect(() => {
    if (!open || selection?.kind !== 'node') return;
    // once the camera has brought the node into view
    const timer = setTimeout(() => {
      const node = screenBoxOf(store, selection.id);
      const legend = ref.current?.getBoundingClientRect();
      if (
        node &&
        legend &&
        node.left < legend.right &&
        legend.left < node.right &&
        node.top < legend.bottom &&
        legend.top < node.bottom
      )
        setOpen(false);
    }, 400);
    return () => clearTimeout(timer);
  }, [selection, open, store]);
  const entries = useMemo(
    () =>
      legendEntries(
        dataset.nodes.map((n) => n.type),
        dataset.edges.map((e) => e.type),
        dataset.types,
      ),
    [dataset],
  );
  const unevidenced = useMemo(() => dataset.edges.some((e) => e.evidence.length === 0), [dataset]);
  const bodyRef = useRef<HTMLDivElement>(null);
  useWideEntries(bodyRef, open, lang, entries, unevidenced);

  return (
    <div ref={ref} className={`legend${open ? ' legend-open' : ''}`} data-graph-overlay>
      <h2 id="legend-title" className="legend-title">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="legend-body"
          onClick={() => {
            remember(!open);
            setOpen(!open);
          }}
        >
          <span className="legend-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {t('common.legend.title')}
        </button>
      </h2>
      {/* focusable: it scrolls when the window is short, and keyboard users must be able to scroll it */}
      <div
        ref={bodyRef}
        id="legend-body"
        className="legend-body"
        hidden={!open}
        tabIndex={0}
        role="region"
        aria-labelledby="legend-title"
      >
        <h3>{t('common.legend.nodes')}</h3>
        <ul className="legend-list" aria-label={t('common.legend.nodes')}>
          {entries.nodes.map(({ type, label }) => (
            <li key={type} data-type={type}>
              <NodeSwatch type={type} />
              <span>{label[lang]}</span>
            </li>
          ))}
        </ul>
        <h3>{t('common.legend.edges')}</h3>
        <ul className="legend-list legend-edges" aria-label={t('common.legend.edges')}>
          {entries.edges.map(({ type, label }) => (
            <li key={type} data-type={type}>
              <EdgeSwatch type={type} />
              <span className="capitalise">{label[lang]}</span>
            </li>
          ))}
          {unevidenced && (
            <li data-type="no-evidence">
              <NoEvidenceSwatch />
              <span>{t('io.evidence.legend')}</span>
            </li>
          )}
        </ul>
        <p className="legend-note">{t('common.legend.arrows')}</p>
        <p className="legend-note legend-selected">
          <span className="selected-ring" aria-hidden="true" />
          {t('common.legend.selected')}
        </p>
      </div>
    </div>
  );
}
