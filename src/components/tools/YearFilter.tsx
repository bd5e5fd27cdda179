/**
 * The year range on `founded` (organisations) and `since` (relationships). Typing keeps a draft:
 * a complete valid year is applied at once, anything else is marked and explained, never applied.
 * Elements without a year stay unless the user unticks them.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YEAR_MAX, YEAR_MIN } from '../../data/vocabulary';
import type { FilterCounts } from '../../graph/filter';
import { useAppStore, type Store } from '../../store';

// what this group shows of the filters, so that it re-renders for its own (a click elsewhere in
// the panel renders it with the panel, a frame later: see FilterPanel.tsx)
const yearsSel = (s: Store) => s.filters.years;
const undatedSel = (s: Store) => s.filters.includeUndated;
const setFiltersSel = (s: Store) => s.setFilters;

type Draft = { from: string; to: string };
const text = (y: number | null) => (y === null ? '' : String(y));

/** A year typed by the user: null when empty, NaN when it is not a year the data can hold. */
function parseYear(value: string): number | null {
  const v = value.trim();
  if (v === '') return null;
  return /^\d{4}$/.test(v) && Number(v) >= YEAR_MIN && Number(v) <= YEAR_MAX ? Number(v) : NaN;
}

export function YearFilter({ counts }: { counts: FilterCounts }) {
  const { t } = useTranslation();
  const years = useAppStore(yearsSel);
  const includeUndated = useAppStore(undatedSel);
  const setFilters = useAppStore(setFiltersSel);
  const id = useId();
  const [draft, setDraft] = useState<Draft>({ from: text(years.from), to: text(years.to) });
  const [applied, setApplied] = useState(years);
  // the range changed elsewhere (reset, a link): show it (React's "adjust state on prop change")
  if (applied.from !== years.from || applied.to !== years.to) {
    setApplied(years);
    setDraft({ from: text(years.from), to: text(years.to) });
  }

  const from = parseYear(draft.from);
  const to = parseYear(draft.to);
  const badFrom = Number.isNaN(from);
  const badTo = Number.isNaN(to);
  const reversed = !badFrom && !badTo && from !== null && to !== null && from > to;

  const change = (which: keyof Draft, value: string) => {
    const next = { ...draft, [which]: value };
    setDraft(next);
    const f = parseYear(next.from);
    const tt = parseYear(next.to);
    if (Number.isNaN(f) || Number.isNaN(tt) || (f !== null && tt !== null && f > tt)) return;
    setApplied({ from: f, to: tt });
    setFilters({ years: { from: f, to: tt } });
  };

  const errorId = `${id}-error`;
  const error =
    badFrom || badTo
      ? t('analyst.filters.yearInvalid', { min: YEAR_MIN, max: YEAR_MAX })
      : reversed
        ? `${t('analyst.filters.yearFrom')} > ${t('analyst.filters.yearTo')}`
        : null;

  return (
    <fieldset>
      <legend>{t('analyst.filters.years')}</legend>
      {counts.years && (
        <p className="hint">
          {t('analyst.filters.yearsHint', { min: counts.years.min, max: counts.years.max })}
        </p>
      )}
      <div className="year-inputs">
        {(['from', 'to'] as const).map((which) => {
          const invalid = which === 'from' ? badFrom || reversed : badTo || reversed;
          return (
            <label key={which}>
              {t(which === 'from' ? 'analyst.filters.yearFrom' : 'analyst.filters.yearTo')}
              <input
                type="number"
                inputMode="numeric"
                min={YEAR_MIN}
                max={YEAR_MAX}
                step={1}
                placeholder={
                  counts.years ? String(which === 'from' ? counts.years.min : counts.years.max) : undefined
                }
                value={draft[which]}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(e) => change(which, e.target.value)}
              />
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <label className="check-row">
        <input
          type="checkbox"
          checked={includeUndated}
          onChange={(e) => setFilters({ includeUndated: e.target.checked })}
        />
        <span className="option-label">
          {t('analyst.filters.includeUndated', { count: counts.undated.total })}
        </span>
      </label>
    </fieldset>
  );
}
