/**
 * The filters, one descriptor each. The filter type and its defaults are derived from this list,
 * and the rest follows from it: the predicates (src/graph/filter.ts), the counts of each option,
 * the URL parameters (src/store/url.ts), the filter panel and "Reset filters". A filter by a new
 * node field is one more `list` entry here, with its legend in the locale files; a new kind of
 * filter fails to compile until the URL codec and the panel handle it.
 *
 * Every filter says what is hidden, so the defaults show everything.
 */
import type { ParseKeys } from 'i18next';
import type { Dataset, GraphEdge, GraphNode, Lang } from '../data/schema';
import { LEVEL_IDS, LEVELS } from '../data/vocabulary';
import { typeCatalogue } from './typeInfo';

/** An option of a list filter, in the user's language. */
export type FilterOption = { id: string; label: string };

/**
 * Hides the elements whose values are all listed. An element with no value for it (a node that
 * cites no source) is never hidden by it; one with several (sources) stays while one is shown.
 */
export type ListFilter = {
  kind: 'list';
  /** The URL parameter: a comma-separated list of the hidden values. */
  param: string;
  /** The panel's heading for the group, and an optional hint under it. */
  legend: ParseKeys;
  hint?: ParseKeys;
  /** Names written to sit mid-sentence ("staffed by"), started upper case in a list. */
  capitalise?: boolean;
  /** The values of a node (leave out for filters on edges only). */
  node?: (n: GraphNode) => readonly string[];
  /** The values of an edge (leave out for filters on nodes only). */
  edge?: (e: GraphEdge) => readonly string[];
  /** Every value the dataset may hold, in the panel's order, named in `lang`. */
  options: (dataset: Dataset, lang: Lang) => FilterOption[];
  default: readonly string[];
};

/** A year range over `founded` (nodes) and `since` (edges); `null` ends are open. */
export type YearsFilter = {
  kind: 'years';
  param: string;
  default: { from: number | null; to: number | null };
};

/** An on/off choice; the URL carries `on` when the choice is not the default (`undated=0`, `isolated=0`). */
export type FlagFilter = { kind: 'flag'; param: string; default: boolean; on: '0' | '1' };

export type FilterDescriptor = ListFilter | YearsFilter | FlagFilter;

/** The entries the dataset holds, in the given order, named in `lang`. */
const present = (
  all: readonly { id: string; label: Record<Lang, string> }[],
  lang: Lang,
  here: ReadonlySet<string>,
): FilterOption[] => all.filter((t) => here.has(t.id)).map((t) => ({ id: t.id, label: t.label[lang] }));

const cited = (x: { evidence?: readonly { source: string }[] }) => [
  ...new Set((x.evidence ?? []).map((e) => e.source)),
];

const list = (d: Omit<ListFilter, 'kind' | 'default'>): ListFilter => ({ kind: 'list', default: [], ...d });

/** The filters, in the order the panel shows them. */
export const FILTER_FIELDS = {
  hiddenNodeTypes: list({
    param: 'nt',
    legend: 'analyst.filters.nodeTypes',
    node: (n) => [n.type],
    // ours in the vocabulary's order, then the dataset's own declared types
    options: (d, lang) => present(typeCatalogue(d.types).nodes, lang, new Set(d.nodes.map((n) => n.type))),
  }),
  hiddenLevels: list({
    param: 'lv',
    legend: 'analyst.filters.levels',
    node: (n) => [n.level],
    options: (d, lang) =>
      present(
        LEVEL_IDS.map((id) => ({ id, label: LEVELS[id] })),
        lang,
        new Set(d.nodes.map((n) => n.level)),
      ),
  }),
  hiddenEdgeTypes: list({
    param: 'et',
    legend: 'analyst.filters.edgeTypes',
    capitalise: true,
    edge: (e) => [e.type],
    options: (d, lang) => present(typeCatalogue(d.types).edges, lang, new Set(d.edges.map((e) => e.type))),
  }),
  years: { kind: 'years', param: 'years', default: { from: null, to: null } } as YearsFilter,
  hiddenSources: list({
    param: 'src',
    legend: 'analyst.filters.sources',
    hint: 'analyst.filters.sourcesHint',
    node: cited,
    edge: cited,
    options: (dataset, lang) => {
      const collator = new Intl.Collator(lang);
      return dataset.sources
        .map((s) => ({ id: s.id, label: s.title[lang] }))
        .sort((a, b) => collator.compare(a.label, b.label));
    },
  }),
  /** Keep elements without a year when a year range is set. */
  includeUndated: { kind: 'flag', param: 'undated', default: true, on: '0' } as FlagFilter,
  /** Hide nodes the other filters leave without a shown edge. */
  hideIsolated: { kind: 'flag', param: 'isolated', default: false, on: '0' } as FlagFilter,
  /** Hide relationships that give no source or quote ("no evidence given"). */
  hideUnevidenced: { kind: 'flag', param: 'noev', default: false, on: '0' } as FlagFilter,
} satisfies Record<string, FilterDescriptor>;

export type FilterKey = keyof typeof FILTER_FIELDS;
type KeysOf<K extends FilterDescriptor['kind']> = {
  [F in FilterKey]: (typeof FILTER_FIELDS)[F]['kind'] extends K ? F : never;
}[FilterKey];
export type ListFilterKey = KeysOf<'list'>;
export type FlagFilterKey = KeysOf<'flag'>;

/** The filter choices: one field per descriptor, of the descriptor's value. */
export type GraphFilters = { readonly [F in FilterKey]: (typeof FILTER_FIELDS)[F]['default'] };

export const FILTER_KEYS = Object.keys(FILTER_FIELDS) as FilterKey[];
export const LIST_FILTER_KEYS = FILTER_KEYS.filter(
  (k) => FILTER_FIELDS[k].kind === 'list',
) as ListFilterKey[];

/** Nothing filtered out: every descriptor's default. */
export const NO_FILTERS: GraphFilters = Object.fromEntries(
  FILTER_KEYS.map((k) => [k, FILTER_FIELDS[k].default]),
) as GraphFilters;

/** Whether one filter is at its default (lists and ranges compared by value). */
export function isDefault(key: FilterKey, value: GraphFilters[FilterKey]): boolean {
  const d = FILTER_FIELDS[key];
  switch (d.kind) {
    case 'list':
      return (value as readonly string[]).length === 0;
    case 'years': {
      const v = value as YearsFilter['default'];
      return v.from === null && v.to === null;
    }
    case 'flag':
      return value === d.default;
  }
}
