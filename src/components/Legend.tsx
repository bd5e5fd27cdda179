/**
 * The legend: every node shape/colour and every line style/arrow the graph uses, named in the
 * current language. Only the types present in the dataset are listed. Collapsible; open by
 * default on wide screens, closed on phones where it would cover the graph.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDGE_TYPE_IDS, EDGE_TYPES, NODE_TYPE_IDS, NODE_TYPES } from '../data/vocabulary';
import type { Dataset } from '../data/schema';
import { useAppStore } from '../store';
import { EdgeSwatch, NodeSwatch } from './Swatch';
import '../styles/legend.css';

const selectDataset = (s: { dataset: Dataset }) => s.dataset;

/** True on screens wide enough to show the legend open beside the graph. */
function wideScreen(): boolean {
  return typeof window === 'undefined' || !window.matchMedia || !window.matchMedia('(max-width: 640px)').matches;
}

export function Legend() {
  const { t } = useTranslation();
  const dataset = useAppStore(selectDataset);
  const lang = useAppStore((s) => s.lang);
  const [open, setOpen] = useState(wideScreen);
  const nodeTypes = useMemo(() => {
    const present = new Set(dataset.nodes.map((n) => n.type));
    return NODE_TYPE_IDS.filter((x) => present.has(x));
  }, [dataset]);
  const edgeTypes = useMemo(() => {
    const present = new Set(dataset.edges.map((e) => e.type));
    return EDGE_TYPE_IDS.filter((x) => present.has(x));
  }, [dataset]);

  return (
    <section className={`legend${open ? ' legend-open' : ''}`} aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        <button type="button" aria-expanded={open} aria-controls="legend-body" onClick={() => setOpen((o) => !o)}>
          <span className="legend-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {t('common.legend.title')}
        </button>
      </h2>
      <div id="legend-body" className="legend-body" hidden={!open}>
        <h3>{t('common.legend.nodes')}</h3>
        <ul className="legend-list" aria-label={t('common.legend.nodes')}>
          {nodeTypes.map((type) => (
            <li key={type} data-type={type}>
              <NodeSwatch type={type} />
              <span>{NODE_TYPES[type][lang]}</span>
            </li>
          ))}
        </ul>
        <h3>{t('common.legend.edges')}</h3>
        <ul className="legend-list legend-edges" aria-label={t('common.legend.edges')}>
          {edgeTypes.map((type) => (
            <li key={type} data-type={type}>
              <EdgeSwatch type={type} />
              <span className="capitalise">{EDGE_TYPES[type][lang]}</span>
            </li>
          ))}
        </ul>
        <p className="legend-note">{t('common.legend.arrows')}</p>
        <p className="legend-note legend-selected">
          <span className="selected-ring" aria-hidden="true" />
          {t('common.legend.selected')}
        </p>
      </div>
    </section>
  );
}
