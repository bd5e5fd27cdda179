/**
 * A combobox over the dataset's nodes (the WAI-ARIA pattern, by downshift's useCombobox): type to
 * filter by name, acronym or alias in either language, arrow keys to move, Enter to choose (the
 * first result if none is highlighted), Esc to close and clear. Used by the header search and by
 * the path panel's two pickers.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../i18n/uiLang';
import { nodeTypeName } from '../graph/typeInfo';
import { buildSearchIndex, normalise, search, type SearchHit, type SearchIndex } from '../graph/search';
import { useAppStore, type Store } from '../store';
import { selectVisible } from '../store/visible';
import type { Dataset } from '../data/schema';

const indexes = new WeakMap<Dataset, SearchIndex>();
/** One search index per dataset, shared by every combobox. */
function indexFor(dataset: Dataset): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildSearchIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

const datasetSel = (s: Store) => s.dataset;
const visibleSel = (s: Store) => selectVisible(s);
const noneSel = () => null;

export type NodeComboboxProps = {
  label: string;
  /** Hide the label visually (it stays the input's accessible name). */
  hideLabel?: boolean;
  placeholder?: string;
  /** The chosen node id (a picker shows its name); absent for a plain search box. */
  value?: string | null;
  onChoose: (id: string | null) => void;
  className?: string;
  /** Extra content after the input, e.g. a keyboard hint. */
  after?: ReactNode;
  inputId?: string;
  /** Text already typed (into the header's plain field, before this loaded): searched at once. */
  initialQuery?: string;
};

export function NodeCombobox({
  label,
  hideLabel,
  placeholder,
  value,
  onChoose,
  className,
  after,
  inputId,
  initialQuery = '',
}: NodeComboboxProps) {
  const { t } = useTranslation();
  const dataset = useAppStore(datasetSel);
  const lang = useUiLang();
  const picker = value !== undefined;
  const nodes = useMemo(() => new Map(dataset.nodes.map((n) => [n.id, n])), [dataset]);
  const nameOf = (id: string | null | undefined) => (id ? (nodes.get(id)?.label[lang] ?? '') : '');
  const [query, setQuery] = useState(initialQuery);
  const [editing, setEditing] = useState(initialQuery !== '');
  // a picker shows its chosen name until the user types
  const inputValue = picker && !editing ? nameOf(value) : query;
  // the index is built on the first search, not when a dataset arrives (5,000 nodes: a long task)
  const hits = useMemo(
    () => ((editing || !picker) && normalise(query) ? search(indexFor(dataset), query, lang, 12) : []),
    [dataset, query, lang, editing, picker],
  );
  // what is visible is worked out only while there are hits to mark (a dataset just taken in is
  // not filtered at once for a search nobody has typed)
  const visible = useAppStore(hits.length > 0 ? visibleSel : noneSel);
  const statusId = useId();

  const stateReducer = (
    state: UseComboboxState<SearchHit>,
    { type, changes }: UseComboboxStateChangeOptions<SearchHit>,
  ) => {
    switch (type) {
      // leaving the field never chooses anything by itself
      case useCombobox.stateChangeTypes.InputBlur:
        return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
      default:
        return changes;
    }
  };

  const choose = (hit: SearchHit | null) => {
    setEditing(false);
    setQuery('');
    onChoose(hit ? hit.id : null);
  };

  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, closeMenu } =
    useCombobox<SearchHit>({
      id: inputId ? `${inputId}-cb` : undefined,
      inputId,
      items: hits,
      inputValue,
      selectedItem: null,
      itemToString: (hit) => nameOf(hit?.id),
      itemToKey: (hit) => hit?.id,
      initialIsOpen: initialQuery.trim() !== '',
      stateReducer,
      // typing is taken in the input's own onChange (below); downshift reports Escape's clearing here
      onInputValueChange: ({ type }) => {
        if (type !== useCombobox.stateChangeTypes.InputKeyDownEscape) return;
        if (picker) choose(null);
        else setQuery('');
      },
      onSelectedItemChange: ({ selectedItem }) => {
        if (selectedItem) choose(selectedItem);
      },
    });

  const inputProps = getInputProps({
    placeholder,
    // set synchronously in the event, so a fast typist's keys are never lost to a re-render
    onChange: (e) => {
      setEditing(true);
      setQuery(e.currentTarget.value);
    },
    onKeyDown: (e) => {
      // Enter with nothing highlighted takes the best match
      if (e.key === 'Enter' && highlightedIndex < 0 && hits[0] && query.trim()) {
        (e.nativeEvent as KeyboardEvent & { preventDownshiftDefault?: boolean }).preventDownshiftDefault =
          true;
        e.preventDefault();
        closeMenu();
        choose(hits[0]);
      }
    },
    onBlur: () => {
      if (picker && editing && query.trim() === '') choose(null);
      else if (picker) setEditing(false);
    },
  });

  const showMenu = isOpen && query.trim() !== '';
  return (
    <div className={`node-combobox${className ? ` ${className}` : ''}`}>
      <label {...getLabelProps()} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="node-combobox-field">
        <input
          {...inputProps}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={statusId}
        />
        {/* a field holds one line: a picker's chosen name is drawn whole over it, wrapped, and the
            field grows to hold it (typing shows the field's own text) */}
        {picker && !editing && inputValue && (
          <span className="node-combobox-whole" aria-hidden="true">
            {inputValue}
          </span>
        )}
        {after}
      </div>
      <ul
        {...getMenuProps({ 'aria-label': t('analyst.search.results') })}
        className="node-combobox-menu"
        hidden={!showMenu}
      >
        {showMenu &&
          hits.map((hit, index) => {
            const node = nodes.get(hit.id);
            if (!node) return null;
            const short = node.short?.[lang];
            const showMatched = hit.matched !== node.label[lang] && hit.matched !== short;
            return (
              <li
                key={hit.id}
                {...getItemProps({ item: hit, index })}
                className={`node-combobox-item${highlightedIndex === index ? ' is-highlighted' : ''}`}
              >
                <span className="node-combobox-name">
                  {node.label[lang]}
                  {short && short !== node.label[lang] ? ` (${short})` : ''}
                </span>
                <span className="node-combobox-meta">
                  {nodeTypeName(dataset.types, node.type, lang)}
                  {showMatched ? ` · ${t('analyst.search.matched', { text: hit.matched })}` : ''}
                  {visible && !visible.nodes.has(hit.id) ? ` · ${t('analyst.search.hidden')}` : ''}
                </span>
              </li>
            );
          })}
      </ul>
      {editing && query.trim() && hits.length === 0 && (
        <p className="node-combobox-empty" aria-hidden="true">
          {t('analyst.search.none', { query })}
        </p>
      )}
      <span id={statusId} className="visually-hidden" aria-live="polite">
        {query.trim() && editing
          ? hits.length
            ? t('analyst.search.count', { count: hits.length })
            : t('analyst.search.none', { query })
          : ''}
      </span>
    </div>
  );
}
