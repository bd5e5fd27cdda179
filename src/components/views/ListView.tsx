import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { visibleElements } from '../../graph/filter';
import { listGroups, type ListGroupBy, type ListSortBy } from '../../graph/listing';
import { fullLabel } from '../../graph/elements';
import { useAppStore, type Selection } from '../../store';
import { EvidenceList } from '../evidence/EvidenceList';
import '../../styles/learn.css';

const GROUP_KEYS = { type: 'learn.list.groupType', level: 'learn.list.groupLevel' } as const satisfies Record<
  ListGroupBy,
  string
>;
const SORT_KEYS = {
  name: 'learn.list.sortName',
  relations: 'learn.list.sortRelations',
} as const satisfies Record<ListSortBy, string>;

const itemId = (nodeId: string) => `list-node-${nodeId}`;

/**
 * Brings the selected item into view (the graph or a search may have selected it), scrolling the
 * list alone: scrollIntoView would also scroll the page's overflow-hidden ancestors and push the
 * header out of sight. What a bottom sheet covers (phones) counts as out of view.
 */
function useScrollToSelection(selection: Selection, listRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const list = listRef.current;
    if (!selection || !list) return;
    const el =
      selection.kind === 'node'
        ? document.getElementById(itemId(selection.id))
        : list.querySelector(`[data-edge="${CSS.escape(selection.id)}"]`);
    if (!el) return;
    const box = list.getBoundingClientRect();
    const sheet = document.querySelector('.details-panel')?.getBoundingClientRect();
    const bottom =
      sheet && sheet.top > box.top && sheet.left <= box.left + 1
        ? Math.min(box.bottom, sheet.top)
        : box.bottom;
    const r = el.getBoundingClientRect();
    if (r.top >= box.top && Math.min(r.bottom, r.top + 80) <= bottom) return;
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    list.scrollTo?.({ top: list.scrollTop + (r.top - box.top) - 12, behavior: smooth ? 'smooth' : 'auto' });
  }, [selection, listRef]);
}

/**
 * A native disclosure whose content is built only once opened: the list has hundreds of
 * relationships, and their evidence would otherwise make the page heavy to build and to read
 * through with assistive technology. `open` opens it from outside (the relationship is selected).
 */
function LazyDetails({ open, summary, children }: { open: boolean; summary: string; children: ReactNode }) {
  const [shown, setShown] = useState(open);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setShown(true);
  }
  return (
    <details open={shown} onToggle={(e) => setShown(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {shown && children}
    </details>
  );
}

/**
 * The graph as text: every organisation the filters show, grouped by type or level, sorted by
 * name or by number of relationships, each with its relationships and their evidence. Headings,
 * lists and buttons only, so it reads well with a screen reader and works by keyboard. Selection
 * is the store's: choosing here selects in the graph and the details panel, and a selection made
 * elsewhere is marked and scrolled to here.
 */
export function ListView() {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const lang = useUiLang();
  const filters = useAppStore((s) => s.filters);
  const focus = useAppStore((s) => s.focus);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const groupBy = useAppStore((s) => s.viewPrefs.groupBy);
  const sortBy = useAppStore((s) => s.viewPrefs.sortBy);
  const setPrefs = useAppStore((s) => s.setViewPrefs);
  const groupId = useId();
  const sortId = useId();

  const visible = useMemo(() => visibleElements(dataset, filters, focus), [dataset, filters, focus]);
  const groups = useMemo(
    () => listGroups(dataset, visible, lang, groupBy, sortBy),
    [dataset, visible, lang, groupBy, sortBy],
  );
  const total = dataset.nodes.length;
  const shown = visible.nodes.size;
  const listRef = useRef<HTMLElement>(null);
  useScrollToSelection(selection, listRef);

  const isSelected = (kind: 'node' | 'edge', id: string) => selection?.kind === kind && selection.id === id;
  const toggle = (kind: 'node' | 'edge', id: string) => select(isSelected(kind, id) ? null : { kind, id });

  return (
    <section ref={listRef} className="learn-view list-view" aria-labelledby="list-title">
      <div className="learn-view-head">
        <h2 id="list-title">{t('learn.list.title')}</h2>
        <p className="learn-count" role="status">
          {shown === total
            ? t('learn.list.countAll', { count: total })
            : t('learn.list.countFiltered', { count: shown, total })}
        </p>
        <div className="learn-controls">
          <label htmlFor={groupId}>{t('learn.list.groupBy')}</label>
          <select
            id={groupId}
            value={groupBy}
            onChange={(e) => setPrefs({ groupBy: e.target.value as ListGroupBy })}
          >
            {(Object.keys(GROUP_KEYS) as ListGroupBy[]).map((g) => (
              <option key={g} value={g}>
                {t(GROUP_KEYS[g])}
              </option>
            ))}
          </select>
          <label htmlFor={sortId}>{t('learn.list.sortBy')}</label>
          <select
            id={sortId}
            value={sortBy}
            onChange={(e) => setPrefs({ sortBy: e.target.value as ListSortBy })}
          >
            {(Object.keys(SORT_KEYS) as ListSortBy[]).map((s) => (
              <option key={s} value={s}>
                {t(SORT_KEYS[s])}
              </option>
            ))}
          </select>
        </div>
      </div>
      {groups.length === 0 && <p>{t('learn.list.empty')}</p>}
      {groups.map((g) => (
        <section key={g.key} className="list-group" aria-labelledby={`list-group-${g.key}`}>
          <h3 id={`list-group-${g.key}`}>
            {g.label} <span className="muted">({g.items.length})</span>
          </h3>
          <ul className="list-items">
            {g.items.map(({ node, degree, relations }) => (
              <li
                key={node.id}
                id={itemId(node.id)}
                className={`list-item${isSelected('node', node.id) ? ' is-selected' : ''}`}
              >
                <h4>
                  <button
                    type="button"
                    id={`list-name-${node.id}`}
                    className="list-name"
                    aria-pressed={isSelected('node', node.id)}
                    onClick={() => toggle('node', node.id)}
                  >
                    {fullLabel(node, lang)}
                  </button>
                </h4>
                <p className="list-meta">
                  {t('learn.list.relations', { count: degree })}
                  {' · '}
                  <button
                    type="button"
                    className="link-button"
                    aria-describedby={`list-name-${node.id}`}
                    onClick={() => {
                      select({ kind: 'node', id: node.id });
                      setView('graph');
                    }}
                  >
                    {t('learn.list.showInGraph')}
                  </button>
                </p>
                {relations.length > 0 && (
                  <ul className="list-relations">
                    {relations.map((r) => (
                      <li key={r.key}>
                        <span className="list-relation-label">
                          {r.reversed ? t('common.details.pointingHere', { relation: r.label }) : r.label}:
                        </span>
                        <ul>
                          {r.relations.map(({ edge, other }) => (
                            <li
                              key={edge.id}
                              data-edge={edge.id}
                              className={isSelected('edge', edge.id) ? 'is-selected' : undefined}
                            >
                              <button
                                type="button"
                                className="link-button"
                                onClick={() => select({ kind: 'node', id: other.id })}
                              >
                                {fullLabel(other, lang)}
                              </button>
                              <LazyDetails
                                open={isSelected('edge', edge.id)}
                                summary={t('learn.list.evidence', { count: edge.evidence.length })}
                              >
                                {edge.description && (
                                  <p className="list-edge-description">{edge.description[lang]}</p>
                                )}
                                <EvidenceList items={edge.evidence} showNone />
                                <button
                                  type="button"
                                  aria-pressed={isSelected('edge', edge.id)}
                                  onClick={() => toggle('edge', edge.id)}
                                >
                                  {t('learn.list.selectRelation')}
                                </button>
                              </LazyDetails>
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
