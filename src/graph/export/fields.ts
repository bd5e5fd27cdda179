/**
 * The columns of the exports, declared once: every field a node, an edge or a source carries,
 * with its type and how it is read from the dataset. CSV, GraphML, GEXF and Neo4j write these
 * (each in its own dialect), so the formats carry the same things and a new field is one line.
 */
import type { Dataset, Evidence, GraphEdge, GraphNode, Lang, Source } from '../../data/schema';
import { LEVELS } from '../../data/vocabulary';
import { typeCatalogue } from '../typeInfo';
import type { Position, Positions } from '../elements';

export type FieldType = 'string' | 'int' | 'double' | 'boolean';
export type FieldValue = string | number | boolean | undefined;

export type Field<T> = {
  name: string;
  type: FieldType;
  /** A list of texts (aliases, source ids): written joined by `LIST_SEPARATOR`, or as a Neo4j array. */
  list?: boolean;
  get: (item: T, ctx: FieldContext) => FieldValue | readonly string[];
};

export type FieldContext = { lang: Lang; positions?: Positions; dataset: Dataset };

/** How lists are joined in a single text cell or attribute (ids never contain it). */
export const LIST_SEPARATOR = '; ';

const sourceIds = (evidence: readonly Evidence[] | undefined): string[] => [
  ...new Set((evidence ?? []).map((e) => e.source)),
];

/** The quotes, one a line, each after the id of its source: readable in a spreadsheet cell. */
export const evidenceText = (evidence: readonly Evidence[] | undefined): string =>
  (evidence ?? []).map((e) => `[${e.source}] ${e.quote}`).join('\n');

/** Each cited source as one line: id, title in the language chosen, publisher, date and address. */
function citations(evidence: readonly Evidence[] | undefined, ctx: FieldContext): string {
  const byId = new Map(ctx.dataset.sources.map((s) => [s.id, s]));
  return sourceIds(evidence)
    .map((id) => {
      const s = byId.get(id);
      if (!s) return `[${id}]`;
      return `[${id}] ${[s.title[ctx.lang], s.publisher, s.date, s.url].filter(Boolean).join(', ')}`;
    })
    .join('\n');
}

/**
 * The records of the sources an element's evidence cites, exactly as in the JSON format, for
 * formats that cannot carry the dataset's list of sources beside the graph (GEXF: networkx reads
 * no graph-level attributes), so that a re-import gets each source whole.
 */
function citedSourcesJson(evidence: readonly Evidence[] | undefined, ctx: FieldContext): string | undefined {
  const byId = new Map(ctx.dataset.sources.map((s) => [s.id, s]));
  const cited = sourceIds(evidence)
    .map((id) => byId.get(id))
    .filter((s): s is Source => s !== undefined);
  return cited.length ? JSON.stringify(cited) : undefined;
}

/** The cited sources' records, for nodes or edges (written by GEXF only; see `citedSourcesJson`). */
export const citedSourcesField = <T extends { evidence?: readonly Evidence[] }>(): Field<T> => ({
  name: 'evidence_sources_json',
  type: 'string',
  get: (item, ctx) => citedSourcesJson(item.evidence, ctx),
});

/** The evidence exactly as in the JSON format (quote, source, note), for tools that re-import it. */
const evidenceJson = (evidence: readonly Evidence[] | undefined) =>
  evidence && evidence.length ? JSON.stringify(evidence) : undefined;

const nodeType = (n: GraphNode, ctx: FieldContext) => typeCatalogue(ctx.dataset.types).node(n.type);
const edgeType = (e: GraphEdge, ctx: FieldContext) => typeCatalogue(ctx.dataset.types).edge(e.type);

const position = (n: GraphNode, ctx: FieldContext): Position | undefined => ctx.positions?.get(n.id);

type Marked = Pick<GraphNode, 'untranslated'>;
type MarkedText = NonNullable<GraphNode['untranslated']>[number];

/**
 * A text in one language, absent when the dataset marks it untranslated: the file gave it in the
 * other language only and the app copied it. Written absent, it reads back as absent, so the
 * import copies it again and keeps the mark (instead of taking the copy for a translation).
 */
const given = (
  item: Marked,
  text: { sv: string; en: string } | undefined,
  field: 'label' | 'description',
  lang: Lang,
) => (item.untranslated?.includes(`${field}.${lang}` satisfies MarkedText) ? undefined : text?.[lang]);

export const NODE_FIELDS: readonly Field<GraphNode>[] = [
  { name: 'id', type: 'string', get: (n) => n.id },
  { name: 'label', type: 'string', get: (n, c) => n.label[c.lang] },
  { name: 'label_sv', type: 'string', get: (n) => given(n, n.label, 'label', 'sv') },
  { name: 'label_en', type: 'string', get: (n) => given(n, n.label, 'label', 'en') },
  { name: 'short_sv', type: 'string', get: (n) => n.short?.sv },
  { name: 'short_en', type: 'string', get: (n) => n.short?.en },
  { name: 'type', type: 'string', get: (n) => n.type },
  { name: 'type_label', type: 'string', get: (n, c) => nodeType(n, c).label[c.lang] },
  // a type of the dataset's own is carried whole (names, colour, shape), so it re-imports as it was
  { name: 'type_sv', type: 'string', get: (n, c) => nodeType(n, c).label.sv },
  { name: 'type_en', type: 'string', get: (n, c) => nodeType(n, c).label.en },
  { name: 'type_color', type: 'string', get: (n, c) => nodeType(n, c).color },
  { name: 'type_shape', type: 'string', get: (n, c) => nodeType(n, c).shape },
  // the type's name in these languages is the file's word, not a translation (both names are written)
  { name: 'type_untranslated', type: 'string', list: true, get: (n, c) => nodeType(n, c).untranslated },
  { name: 'level', type: 'string', get: (n) => n.level },
  { name: 'level_label', type: 'string', get: (n, c) => LEVELS[n.level][c.lang] },
  { name: 'founded', type: 'int', get: (n) => n.founded },
  { name: 'aliases', type: 'string', list: true, get: (n) => n.aliases ?? [] },
  { name: 'description_sv', type: 'string', get: (n) => given(n, n.description, 'description', 'sv') },
  { name: 'description_en', type: 'string', get: (n) => given(n, n.description, 'description', 'en') },
  { name: 'url', type: 'string', get: (n) => n.url },
  { name: 'evidence_sources', type: 'string', list: true, get: (n) => sourceIds(n.evidence) },
  { name: 'evidence', type: 'string', get: (n) => evidenceText(n.evidence) },
  { name: 'evidence_citations', type: 'string', get: (n, c) => citations(n.evidence, c) },
  { name: 'evidence_json', type: 'string', get: (n) => evidenceJson(n.evidence) },
  { name: 'x', type: 'double', get: (n, c) => position(n, c)?.x },
  { name: 'y', type: 'double', get: (n, c) => position(n, c)?.y },
];

export const EDGE_FIELDS: readonly Field<GraphEdge>[] = [
  { name: 'id', type: 'string', get: (e) => e.id },
  { name: 'source', type: 'string', get: (e) => e.source },
  { name: 'target', type: 'string', get: (e) => e.target },
  { name: 'label', type: 'string', get: (e, c) => edgeType(e, c).label[c.lang] },
  { name: 'type', type: 'string', get: (e) => e.type },
  { name: 'relationship_sv', type: 'string', get: (e, c) => edgeType(e, c).label.sv },
  { name: 'relationship_en', type: 'string', get: (e, c) => edgeType(e, c).label.en },
  { name: 'type_color', type: 'string', get: (e, c) => edgeType(e, c).color },
  { name: 'type_line', type: 'string', get: (e, c) => edgeType(e, c).line },
  { name: 'type_untranslated', type: 'string', list: true, get: (e, c) => edgeType(e, c).untranslated },
  { name: 'directed', type: 'boolean', get: (e, c) => edgeType(e, c).directed },
  { name: 'since', type: 'int', get: (e) => e.since },
  { name: 'description_sv', type: 'string', get: (e) => given(e, e.description, 'description', 'sv') },
  { name: 'description_en', type: 'string', get: (e) => given(e, e.description, 'description', 'en') },
  { name: 'evidence_sources', type: 'string', list: true, get: (e) => sourceIds(e.evidence) },
  { name: 'evidence', type: 'string', get: (e) => evidenceText(e.evidence) },
  { name: 'evidence_citations', type: 'string', get: (e, c) => citations(e.evidence, c) },
  { name: 'evidence_json', type: 'string', get: (e) => evidenceJson(e.evidence) },
];

export const SOURCE_FIELDS: readonly Field<Source>[] = [
  { name: 'id', type: 'string', get: (s) => s.id },
  { name: 'title_sv', type: 'string', get: (s) => s.title.sv },
  { name: 'title_en', type: 'string', get: (s) => s.title.en },
  { name: 'publisher', type: 'string', get: (s) => s.publisher },
  { name: 'language', type: 'string', get: (s) => s.language },
  { name: 'kind', type: 'string', get: (s) => s.kind },
  { name: 'date', type: 'string', get: (s) => s.date },
  { name: 'url', type: 'string', get: (s) => s.url },
  { name: 'file', type: 'string', get: (s) => s.file },
];

/** A field's value as one scalar: lists joined, empty lists and empty texts as absent. */
export function scalar<T>(field: Field<T>, item: T, ctx: FieldContext): FieldValue {
  const v = field.get(item, ctx);
  if (Array.isArray(v)) return v.length ? v.join(LIST_SEPARATOR) : undefined;
  return v === '' ? undefined : (v as FieldValue);
}
