/**
 * A file's own kinds of node and relationship: each value of the type column is either matched to
 * one of our types or kept as a new type of the dataset's own, with a colour (Paul Tol's
 * colour-blind-safe scheme, not ours), for nodes a shape none of ours has, and a name in each
 * language (the value itself until the user writes one, marked untranslated). Pure and small:
 * the mapping step uses it as the user chooses, `mapping.ts` when it builds the dataset.
 */
import type { Bilingual } from '../data/schema';
import { closestMatch } from '../data/validation/text';
import {
  CUSTOM_COLOURS,
  CUSTOM_EDGE_LINES,
  CUSTOM_NODE_SHAPES,
  EDGE_TYPES,
  EDGE_TYPE_IDS,
  NODE_TYPES,
  NODE_TYPE_IDS,
  type CustomEdgeLine,
  type CustomNodeShape,
  type EdgeType,
  type NodeType,
} from '../data/vocabulary';
import { IdMaker, slugify } from './ids';
import type { Column, Table } from './types';

/** The choice "keep this value as a new type" (not a kebab-case id, so never one of ours). */
export const NEW_TYPE = '+new';
export type NewTypeChoice = typeof NEW_TYPE;

/**
 * The names the file says are its own word, not a translation (our exports write which, see
 * `type_untranslated`), as they were read: each stays marked untranslated until it is changed.
 */
type AsRead = { untranslated?: Partial<Bilingual> };

export type NewNodeType = { label: Bilingual; color: string; shape: CustomNodeShape } & AsRead;
export type NewEdgeType = {
  label: Bilingual;
  color: string;
  line: CustomEdgeLine;
  directed: boolean;
} & AsRead;

/** How many rows have each non-empty value of a column (values in first-seen order). */
export function valueCounts(table: Table | null, column: Column): Map<string, number> {
  const counts = new Map<string, number>();
  if (!table || !column) return counts;
  for (const r of table.rows) {
    const v = r.values[column]?.trim();
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** One of our vocabulary ids for a file's value: the id itself, a name in either language, or a near miss. */
export function guessVocabulary<K extends string>(
  value: string,
  table: Record<K, { sv: string; en: string }>,
  ids: readonly K[],
): K | null {
  const v = value.trim().toLowerCase();
  const slug = slugify(value);
  for (const id of ids) {
    if (id === slug || table[id].sv.toLowerCase() === v || table[id].en.toLowerCase() === v) return id;
  }
  return (closestMatch(slug, ids) as K | null) ?? null;
}

const COLOUR = /^#[0-9a-f]{6}$/i;

/** What the file says of a type beside its value: our own exports write its names, colour and shape. */
type Hint = {
  sv?: string;
  en?: string;
  color?: string;
  shape?: string;
  line?: string;
  directed?: string;
  /** The languages whose name is the file's word ("sv; en"); empty when the file has the column: none. */
  untranslated?: string;
};

const HINT_COLUMNS: Record<keyof Hint, readonly string[]> = {
  sv: ['type_sv', 'relationship_sv'],
  en: ['type_en', 'relationship_en'],
  color: ['type_color', 'type_colour', 'color', 'colour'],
  shape: ['type_shape', 'shape'],
  line: ['type_line', 'line'],
  directed: ['directed'],
  untranslated: ['type_untranslated'],
};

/** The hints of each value, from the first row that has it. */
function hintsOf(table: Table | null, column: Column): Map<string, Hint> {
  const out = new Map<string, Hint>();
  if (!table || !column) return out;
  const columns = Object.fromEntries(
    Object.entries(HINT_COLUMNS).map(([k, names]) => [k, names.find((n) => table.columns.includes(n))]),
  ) as Record<keyof Hint, string | undefined>;
  for (const r of table.rows) {
    const v = r.values[column]?.trim();
    if (!v || out.has(v)) continue;
    const hint: Hint = {};
    for (const k of Object.keys(columns) as (keyof Hint)[]) {
      const c = columns[k];
      const text = c ? r.values[c]?.trim() : '';
      if (text || (k === 'untranslated' && c)) hint[k] = text ?? '';
    }
    out.set(v, hint);
  }
  return out;
}

/** The names a hint says are untranslated, as read (nothing when the file does not say). */
function asRead(label: Bilingual, hint: Hint): AsRead {
  if (hint.untranslated === undefined) return {};
  const langs = hint.untranslated.split(/[;,\s]+/);
  return {
    untranslated: Object.fromEntries(
      (['sv', 'en'] as const).filter((l) => langs.includes(l)).map((l) => [l, label[l]]),
    ),
  };
}

/** What a new type of either kind starts with: the value as its name in both languages, the n-th colour. */
function newTypeBase(value: string, n: number, hint: Hint) {
  const label = { sv: hint.sv || value, en: hint.en || value };
  return {
    label,
    ...asRead(label, hint),
    color: (hint.color && COLOUR.test(hint.color)
      ? hint.color
      : CUSTOM_COLOURS[n % CUSTOM_COLOURS.length]!
    ).toLowerCase(),
  };
}

/** A new node type's defaults: the n-th colour and shape, the value as its name in both languages. */
export function newNodeType(value: string, n: number, hint: Hint = {}): NewNodeType {
  const shape = CUSTOM_NODE_SHAPES.find((s) => s === hint.shape);
  return {
    ...newTypeBase(value, n, hint),
    shape: shape ?? CUSTOM_NODE_SHAPES[n % CUSTOM_NODE_SHAPES.length]!,
  };
}

/** A new relationship type's defaults: the n-th colour and line, directed unless the file says not. */
export function newEdgeType(value: string, n: number, hint: Hint = {}): NewEdgeType {
  const line = CUSTOM_EDGE_LINES.find((l) => l === hint.line);
  return {
    ...newTypeBase(value, n, hint),
    line: line ?? CUSTOM_EDGE_LINES[n % CUSTOM_EDGE_LINES.length]!,
    directed: hint.directed?.toLowerCase() !== 'false',
  };
}

export type TypeChoices<K extends string, N> = {
  choices: Record<string, K | NewTypeChoice>;
  newTypes: Record<string, N>;
};

/**
 * The first choices for a type column's values: ours where the value names one of ours (its id,
 * its name in either language, or a near miss), a new type otherwise. Earlier choices (the user's,
 * when the column is changed and changed back) are kept.
 */
export const guessNodeTypes = (
  table: Table | null,
  column: Column,
  previous?: TypeChoices<NodeType, NewNodeType>,
): TypeChoices<NodeType, NewNodeType> =>
  guessTypes(table, column, previous, (v) => guessVocabulary(v, NODE_TYPES, NODE_TYPE_IDS), newNodeType);

export const guessEdgeTypes = (
  table: Table | null,
  column: Column,
  previous?: TypeChoices<EdgeType, NewEdgeType>,
): TypeChoices<EdgeType, NewEdgeType> =>
  guessTypes(table, column, previous, (v) => guessVocabulary(v, EDGE_TYPES, EDGE_TYPE_IDS), newEdgeType);

/** The one guess behind both: a value's earlier choice, else ours by name, else a new type. */
function guessTypes<K extends string, N>(
  table: Table | null,
  column: Column,
  previous: TypeChoices<K, N> | undefined,
  ours: (value: string) => K | null | undefined,
  make: (value: string, n: number, hint?: Hint) => N,
): TypeChoices<K, N> {
  const hints = hintsOf(table, column);
  const out: TypeChoices<K, N> = { choices: {}, newTypes: {} };
  let n = 0;
  for (const value of valueCounts(table, column).keys()) {
    const choice = previous?.choices[value] ?? ours(value) ?? NEW_TYPE;
    out.choices[value] = choice;
    out.newTypes[value] = previous?.newTypes[value] ?? make(value, n, hints.get(value));
    if (choice === NEW_TYPE) n++;
  }
  return out;
}

/**
 * The ids of the values kept as new types: their slugs, made unique and never one of ours
 * (`ours`), so a declared type cannot be mistaken for one of the app's.
 */
export function newTypeIds(values: readonly string[], ours: readonly string[]): Map<string, string> {
  const ids = new IdMaker();
  const reserved = new Set(ours);
  const out = new Map<string, string>();
  for (const value of values) {
    let id = ids.make(value, 'type');
    while (reserved.has(id)) id = ids.make(`${id}-own`, 'type');
    out.set(value, id);
  }
  return out;
}

/**
 * The languages whose name is still the file's word: the value itself, or a name the file said is
 * untranslated and the user has not changed. Shown and declared as untranslated.
 */
export function untranslatedNames(
  label: Bilingual,
  value: string,
  untranslated: AsRead['untranslated'] = {},
): ('label.sv' | 'label.en')[] {
  return (['sv', 'en'] as const)
    .filter((l) => label[l] === value || untranslated[l] === label[l])
    .map((l) => `label.${l}` as const);
}
