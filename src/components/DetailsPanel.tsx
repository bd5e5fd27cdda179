/**
 * The details panel for the selected node or relationship, a complementary landmark beside the
 * graph (a bottom sheet on phones). It closes with Escape or its close button, returning focus.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { indexDataset } from '../graph/relations';
import { useAppStore, type Selection } from '../store';
import { NodeDetails } from './details/NodeDetails';
import { EdgeDetails } from './details/EdgeDetails';
import { useDetailsFocus } from './details/useDetailsFocus';
import { useGraphOverlay } from './useGraphOverlay';
import '../styles/details.css';

const selectSelection = (s: { selection: Selection }) => s.selection;

export function DetailsPanel() {
  const { t } = useTranslation();
  const selection = useAppStore(selectSelection);
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = selection ? `${selection.kind}:${selection.id}` : null;
  const restoreFocus = useDetailsFocus(key, panelRef, headingRef);
  // beside the graph on wide screens; where it sheets over it, labels and framing keep clear
  useGraphOverlay('details', panelRef, Boolean(selection));

  if (!selection) return null;
  const index = indexDataset(dataset);
  const node = selection.kind === 'node' ? index.nodes.get(selection.id) : undefined;
  const edge = selection.kind === 'edge' ? index.edges.get(selection.id) : undefined;

  const close = () => {
    select(null);
    restoreFocus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };

  return (
    <aside
      ref={panelRef}
      className="details-panel"
      aria-label={t('common.details.label')}
      onKeyDown={onKeyDown}
    >
      <div className="details-toolbar">
        <button
          type="button"
          className="icon-button close-button"
          onClick={close}
          aria-label={t('common.actions.closePanel')}
          title={t('common.actions.closePanel')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {node && <NodeDetails key={node.id} node={node} lang={lang} headingRef={headingRef} />}
      {edge && <EdgeDetails key={edge.id} edge={edge} lang={lang} headingRef={headingRef} />}
      {!node && !edge && (
        <p id="details-title" className="muted">
          {t('common.details.notFound')}
        </p>
      )}
    </aside>
  );
}
