/**
 * The details panel for the selected node or relationship, a complementary landmark beside the
 * graph (a bottom sheet on phones). It closes with Escape or its close button, returning focus.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../i18n/uiLang';
import { useAppStore, type Selection } from '../store';
import { loadDetails, useDetailsCode } from './details/loadDetails';
import { useDetailsFocus } from './details/useDetailsFocus';
import { whenIdle } from './whenIdle';
import { useGraphOverlay } from './useGraphOverlay';
import '../styles/details.css';

const selectSelection = (s: { selection: Selection }) => s.selection;

export function DetailsPanel() {
  const { t } = useTranslation();
  const selection = useAppStore(selectSelection);
  const dataset = useAppStore((s) => s.dataset);
  const lang = useUiLang();
  const select = useAppStore((s) => s.select);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = selection ? `${selection.kind}:${selection.id}` : null;
  // the content's code: usually loaded while the page was idle, else as something is selected
  const code = useDetailsCode(selection !== null);
  useEffect(() => whenIdle(() => void loadDetails().catch(() => {}), 3000), []);
  const restoreFocus = useDetailsFocus(key, panelRef, headingRef, code !== null);
  // beside the graph on wide screens; where it sheets over it, labels and framing keep clear
  useGraphOverlay('details', panelRef, Boolean(selection));

  if (!selection) return null;

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
      {code ? (
        <code.DetailsBody selection={selection} dataset={dataset} lang={lang} headingRef={headingRef} />
      ) : (
        <p id="details-title" className="muted" aria-busy="true">
          {t('common.details.loading')}
        </p>
      )}
    </aside>
  );
}
