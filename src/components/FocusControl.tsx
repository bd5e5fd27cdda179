/**
 * Focus on one organisation: show only its neighbourhood, 1, 2 or 3 steps out, following all
 * relationships, the outgoing or the incoming ones; the rest is hidden (or faded in fade mode).
 * Works on the selected node; used in the filter panel and placeable in the details panel.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../i18n/uiLang';
import { useAppStore, type Direction, type Store } from '../store';
import '../styles/analyst.css';

const DEPTHS = [1, 2, 3] as const;
const DIRECTION_KEYS = {
  all: 'analyst.focus.all',
  out: 'analyst.focus.out',
  in: 'analyst.focus.in',
} as const satisfies Record<Direction, string>;

const focusSel = (s: Store) => s.focus;
const selectionSel = (s: Store) => s.selection;
const datasetSel = (s: Store) => s.dataset;
const setFocusSel = (s: Store) => s.setFocus;

export function FocusControl() {
  const { t } = useTranslation();
  const focus = useAppStore(focusSel);
  const selection = useAppStore(selectionSel);
  const dataset = useAppStore(datasetSel);
  const lang = useUiLang();
  const setFocus = useAppStore(setFocusSel);
  const name = useId();
  const nameOf = (id: string) => dataset.nodes.find((n) => n.id === id)?.label[lang] ?? id;
  const selectedNode =
    selection?.kind === 'node' && dataset.nodes.some((n) => n.id === selection.id) ? selection.id : null;

  const focusOnSelected = selectedNode && selectedNode !== focus?.id && (
    <button
      type="button"
      onClick={() =>
        setFocus({ id: selectedNode, depth: focus?.depth ?? 1, direction: focus?.direction ?? 'all' })
      }
    >
      {t('analyst.focus.on', { name: nameOf(selectedNode) })}
    </button>
  );

  if (!focus) {
    return (
      <div className="focus-control">
        {focusOnSelected || <p className="hint">{t('analyst.focus.hint')}</p>}
      </div>
    );
  }

  return (
    <div className="focus-control">
      <p>
        <strong>{t('analyst.focus.active', { name: nameOf(focus.id) })}</strong>
      </p>
      <fieldset className="segmented">
        <legend>{t('analyst.focus.depth')}</legend>
        {DEPTHS.map((d) => (
          <label key={d}>
            <input
              type="radio"
              name={`${name}-depth`}
              checked={focus.depth === d}
              onChange={() => setFocus({ ...focus, depth: d })}
            />
            {t('analyst.focus.depthValue', { count: d })}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('analyst.focus.direction')}</legend>
        {(Object.keys(DIRECTION_KEYS) as Direction[]).map((dir) => (
          <label key={dir}>
            <input
              type="radio"
              name={`${name}-dir`}
              checked={focus.direction === dir}
              onChange={() => setFocus({ ...focus, direction: dir })}
            />
            {t(DIRECTION_KEYS[dir])}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={() => setFocus(null)}>
          {t('analyst.focus.clear')}
        </button>
        {focusOnSelected}
      </div>
    </div>
  );
}
