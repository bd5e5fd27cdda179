/**
 * The dataset schema: the single source of truth for the data format and its TypeScript types.
 * valibot is used because it is small and builds no code at run time (no `new Function`),
 * so the app runs under a strict Content Security Policy.
 * Objects are strict: a field the format does not know (often a typo) is reported, not dropped.
 * Messages are problem codes (see `validation/problems.ts`), worded per language in the
 * `problems` locale files. Integrity rules that span records (ids, references, duplicates)
 * live in `validation/integrity.ts`.
 */
import * as v from 'valibot';
import {
  CUSTOM_EDGE_LINES,
  CUSTOM_NODE_SHAPES,
  EVIDENCE_SUPPORT_IDS,
  LEVEL_IDS,
  QUOTE_MAX,
  QUOTE_MIN,
  SOURCE_KIND_IDS,
  YEAR_MAX,
  YEAR_MIN,
} from './vocabulary';
import { LANGS, type Lang } from './langs';

const text = v.pipe(v.string('schema.text'), v.trim(), v.minLength(1, 'schema.empty'));

/** Text in both languages (one text per language of src/data/langs.ts). */
export const BilingualSchema = v.strictObject(
  { sv: text, en: text } satisfies Record<Lang, typeof text>,
  'schema.bilingual',
);

export const IdSchema = v.pipe(
  v.string('schema.text'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema.kebab'),
);

const date = v.pipe(v.string('schema.text'), v.isoDate('schema.date'));
const url = v.pipe(v.string('schema.text'), v.url('schema.url'));

/** Bilingual texts the file gave in one language only, copied to the other and shown as untranslated. */
const untranslated = v.optional(
  v.array(v.picklist(['label.sv', 'label.en', 'description.sv', 'description.en'], 'schema.untranslated'), 'schema.textList'),
);

const coordinate = v.pipe(v.number('schema.number'), v.finite('schema.number'));

/** Where a node is drawn (model coordinates, y downwards); used instead of a fresh layout. */
export const PositionSchema = v.strictObject({ x: coordinate, y: coordinate }, 'schema.position');

const year = v.pipe(
  v.number('schema.year'),
  v.integer('schema.wholeYear'),
  v.minValue(YEAR_MIN, 'schema.yearRange'),
  v.maxValue(YEAR_MAX, 'schema.yearRange'),
);

export const EvidenceSchema = v.strictObject({
  source: IdSchema,
  quote: v.pipe(
    v.string('schema.text'),
    v.trim(),
    v.minLength(QUOTE_MIN, 'schema.quoteShort'),
    v.maxLength(QUOTE_MAX, 'schema.quoteLong'),
  ),
  /**
   * Our translation of the quote into the other language (the quote itself stays in its source's
   * language). Optional in the format; the built-in data gives one for every quote.
   */
  translation: v.optional(
    v.strictObject({ sv: v.optional(text), en: v.optional(text) }, 'schema.translation'),
  ),
  /** Whether the text states the claim (the default) or it is implied by the quote's context. */
  support: v.optional(v.picklist(EVIDENCE_SUPPORT_IDS, 'schema.support')),
  /** Optional note on how the quote supports the claim, in both languages. */
  note: v.optional(BilingualSchema),
}, 'schema.evidence');

export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: BilingualSchema,
  /** Optional for imported sources, of which a file may give only a name or a URL. */
  publisher: v.optional(text),
  language: v.optional(v.picklist(LANGS, 'schema.language')),
  /** What kind of document it is (an authority's own page, a news article). */
  kind: v.optional(v.picklist(SOURCE_KIND_IDS, 'schema.sourceKind')),
  date: v.optional(date),
  url: v.optional(url),
  /** File name of the stored copy of the document, if any. */
  file: v.optional(text),
}, 'schema.source');

export const NodeSchema = v.strictObject({
  id: IdSchema,
  /** One of our node types (vocabulary.ts) or one the dataset declares in `types.nodes`. */
  type: v.string('schema.text'),
  level: v.picklist(LEVEL_IDS, 'schema.level'),
  label: BilingualSchema,
  short: v.optional(BilingualSchema),
  /** Required in the built-in data; a user's imported file may have none. */
  description: v.optional(BilingualSchema),
  founded: v.optional(year),
  aliases: v.optional(v.array(text, 'schema.textList')),
  url: v.optional(url),
  evidence: v.optional(v.array(EvidenceSchema, 'schema.evidenceList')),
  position: v.optional(PositionSchema),
  untranslated,
}, 'schema.node');

export const EdgeSchema = v.strictObject({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  /** One of our relationship types (vocabulary.ts) or one the dataset declares in `types.edges`. */
  type: v.string('schema.text'),
  description: v.optional(BilingualSchema),
  since: v.optional(year),
  /** The built-in data gives every edge a quote; an imported edge may have none ("no evidence given"). */
  evidence: v.optional(v.array(EvidenceSchema, 'schema.evidenceList'), []),
  untranslated,
}, 'schema.edge');

export const GlossaryEntrySchema = v.strictObject({
  id: IdSchema,
  /** The acronym or term as written in each language (e.g. OSCE / OSSE). */
  term: BilingualSchema,
  /** What the acronym stands for, if it is one. */
  expansion: v.optional(BilingualSchema),
  definition: BilingualSchema,
  /** The node this term names, if there is one. */
  node: v.optional(IdSchema),
}, 'schema.glossaryEntry');

/** A colour written #RRGGBB (what an `<input type="color">` gives and every export can carry). */
const colour = v.pipe(v.string('schema.text'), v.regex(/^#[0-9A-Fa-f]{6}$/, 'schema.colour'));

/** Names given in one language only (the other copied), shown as untranslated. */
const untranslatedLabel = v.optional(
  v.array(v.picklist(['label.sv', 'label.en'], 'schema.untranslated'), 'schema.textList'),
);

/** A node type of the dataset's own (an imported file's kind kept as a new type). */
export const CustomNodeTypeSchema = v.strictObject({
  id: IdSchema,
  label: BilingualSchema,
  color: colour,
  /** A shape none of our types has, so that colour is not the only thing telling it apart. */
  shape: v.picklist(CUSTOM_NODE_SHAPES, 'schema.shape'),
  untranslated: untranslatedLabel,
}, 'schema.customType');

/** A relationship type of the dataset's own. */
export const CustomEdgeTypeSchema = v.strictObject({
  id: IdSchema,
  /** Written to sit mid-sentence, as ours are ("works with"). */
  label: BilingualSchema,
  color: colour,
  line: v.optional(v.picklist(CUSTOM_EDGE_LINES, 'schema.line'), 'solid'),
  directed: v.optional(v.boolean('schema.boolean'), true),
  untranslated: untranslatedLabel,
}, 'schema.customType');

/** The types a dataset declares besides ours; their ids must differ from ours and from each other. */
export const CustomTypesSchema = v.strictObject({
  nodes: v.optional(v.array(CustomNodeTypeSchema, 'schema.customTypes')),
  edges: v.optional(v.array(CustomEdgeTypeSchema, 'schema.customTypes')),
}, 'schema.types');

export const MetaSchema = v.strictObject({
  title: BilingualSchema,
  description: v.optional(BilingualSchema),
  version: v.optional(text),
  updated: v.optional(date),
  license: v.optional(text),
}, 'schema.meta');

export const DatasetSchema = v.strictObject({
  meta: MetaSchema,
  sources: v.array(SourceSchema, 'schema.sources'),
  nodes: v.array(NodeSchema, 'schema.nodes'),
  edges: v.array(EdgeSchema, 'schema.edges'),
  glossary: v.optional(v.array(GlossaryEntrySchema, 'schema.glossary')),
  types: v.optional(CustomTypesSchema),
}, 'schema.dataset');

export type { Lang } from './langs';
export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type Position = v.InferOutput<typeof PositionSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type GraphNode = v.InferOutput<typeof NodeSchema>;
export type GraphEdge = v.InferOutput<typeof EdgeSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type CustomNodeType = v.InferOutput<typeof CustomNodeTypeSchema>;
export type CustomEdgeType = v.InferOutput<typeof CustomEdgeTypeSchema>;
export type CustomTypes = v.InferOutput<typeof CustomTypesSchema>;
export type Meta = v.InferOutput<typeof MetaSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
