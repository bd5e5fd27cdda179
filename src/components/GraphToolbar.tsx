/**
 * Camera buttons (zoom in, zoom out, fit) and the layout choice, over the graph. The buttons call
 * the same camera commands as the graph's keys; the layout choice goes to the store, and the
 * layout controller runs it on the existing elements.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fit, zoomIn, zoomOut } from '../cy/commands';
import { LAYOUTS, useAppStore, useAppStoreApi, type LayoutName } from '../store';
import '../styles/toolbar.css';

const LAYOUT_KEYS = {
  preset: 'common.toolbar.layouts.preset',
  fcose: 'common.toolbar.layouts.fcose',
  concentric: 'common.toolbar.layouts.concentric',
  level: 'common.toolbar.layouts.level',
  type: 'common.toolbar.layouts.type',
} as const satisfies Record<LayoutName, string>;

function Icon({ d }: { d: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const PLUS = 'M12 5v14M5 12h14';
const MINUS = 'M5 12h14';
const FIT = 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5';

export function GraphToolbar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const layout = useAppStore((s) => s.layout);
  const setLayout = useAppStore((s) => s.setLayout);
  const selectId = useId();
  return (
    <div className="graph-toolbar" data-graph-overlay role="group" aria-label={t('common.toolbar.label')}>
      <div className="zoom-buttons">
        <button type="button" className="icon-button" onClick={() => zoomIn(store)} aria-label={t('common.toolbar.zoomIn')} title={t('common.toolbar.zoomIn')}>
          <Icon d={PLUS} />
        </button>
        <button type="button" className="icon-button" onClick={() => zoomOut(store)} aria-label={t('common.toolbar.zoomOut')} title={t('common.toolbar.zoomOut')}>
          <Icon d={MINUS} />
        </button>
        <button type="button" className="icon-button" onClick={() => fit(store)} aria-label={t('common.toolbar.fit')} title={t('common.toolbar.fit')}>
          <Icon d={FIT} />
        </button>
      </div>
      <div className="layout-choice">
        <label htmlFor={selectId}>{t('common.toolbar.layout')}</label>
        <select id={selectId} value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {t(LAYOUT_KEYS[name])}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
