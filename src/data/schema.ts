/**
 * The dataset schema: the single source of truth for the data format and its TypeScript types.
 * valibot is used because it is small and builds no code at run time (no `new Function`),
 * so the app runs under a strict Content Security Policy.
 * Objects are strict: a field the format does not know (often a typo) is reported, not dropped.
 * Integrity rules that span records (ids, references, duplicates) live in `validate.ts`.
 */
import * as v from 'valibot';
import {
  EDGE_TYPE_IDS,
  LEVEL_IDS,
  NODE_TYPE_IDS,
  QUOTE_MAX,
  QUOTE_MIN,
  YEAR_MAX,
  YEAR_MIN,
} from './vocabulary';

const text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

/** Text in both languages. */
export const BilingualSchema = v.strictObject({ sv: text, en: text }, 'must be an object with a Swedish ("sv") and an English ("en") text');

export const IdSchema = v.pipe(
  v.string('must be text'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and single hyphens)'),
);

const date = v.pipe(v.string('must be text'), v.isoDate('must be a date written YYYY-MM-DD'));
const url = v.pipe(v.string('must be text'), v.url('must be a URL'));

/** Bilingual texts the file gave in one language only, copied to the other and shown as untranslated. */
const untranslated = v.optional(
  v.array(
    v.picklist(['label.sv', 'label.en', 'description.sv', 'description.en'], 'must be "label.sv", "label.en", "description.sv" or "description.en"'),
    'must be a list of texts',
  ),
);

const coordinate = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));

/** Where a node is drawn (model coordinates, y downwards); used instead of a fresh layout. */
export const PositionSchema = v.strictObject({ x: coordinate, y: coordinate }, 'must be an object with numbers "x" and "y"');

const year = v.pipe(
  v.number('must be a year (a number)'),
  v.integer('must be a whole year'),
  v.minValue(YEAR_MIN, `must be a year from ${YEAR_MIN} to ${YEAR_MAX}`),
  v.maxValue(YEAR_MAX, `must be a year from ${YEAR_MIN} to ${YEAR_MAX}`),
);

export const EvidenceSchema = v.strictObject({
  source: IdSchema,
  /** Optional only for imported data, where a file may name a source without quoting it. */
  quote: v.optional(
    v.pipe(
      v.string('must be text'),
      v.trim(),
      v.minLength(QUOTE_MIN, `is too short (a quote needs at least ${QUOTE_MIN} characters)`),
      v.maxLength(QUOTE_MAX, `is too long (a quote may have at most ${QUOTE_MAX} characters)`),
    ),
  ),
  /** Optional note on how the quote supports the claim, in both languages. */
  note: v.optional(BilingualSchema),
}, 'must be an object with a "source" and a "quote"');

export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: BilingualSchema,
  /** Optional for imported sources, of which a file may give only a name or a URL. */
  publisher: v.optional(text),
  language: v.optional(v.picklist(['sv', 'en'], 'must be "sv" or "en"')),
  date: v.optional(date),
  url: v.optional(url),
  /** File name of the stored copy of the document, if any. */
  file: v.optional(text),
}, 'must be an object describing a source');

export const NodeSchema = v.strictObject({
  id: IdSchema,
  type: v.picklist(NODE_TYPE_IDS, 'is not a node type'),
  level: v.picklist(LEVEL_IDS, 'is not a level'),
  label: BilingualSchema,
  short: v.optional(BilingualSchema),
  /** Required in the built-in data; a user's imported file may have none. */
  description: v.optional(BilingualSchema),
  founded: v.optional(year),
  aliases: v.optional(v.array(text, 'must be a list of texts')),
  url: v.optional(url),
  evidence: v.optional(v.array(EvidenceSchema, 'must be a list of evidence')),
  position: v.optional(PositionSchema),
  untranslated,
}, 'must be an object describing a node');

export const EdgeSchema = v.strictObject({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  type: v.picklist(EDGE_TYPE_IDS, 'is not a relationship type'),
  description: v.optional(BilingualSchema),
  since: v.optional(year),
  /** The built-in data gives every edge a quote; an imported edge may have none ("no evidence given"). */
  evidence: v.optional(v.array(EvidenceSchema, 'must be a list of evidence'), []),
  untranslated,
}, 'must be an object describing an edge');

export const GlossaryEntrySchema = v.strictObject({
  id: IdSchema,
  /** The acronym or term as written in each language (e.g. OSCE / OSSE). */
  term: BilingualSchema,
  /** What the acronym stands for, if it is one. */
  expansion: v.optional(BilingualSchema),
  definition: BilingualSchema,
  /** The node this term names, if there is one. */
  node: v.optional(IdSchema),
}, 'must be an object describing a glossary entry');

export const MetaSchema = v.strictObject({
  title: BilingualSchema,
  description: v.optional(BilingualSchema),
  version: v.optional(text),
  updated: v.optional(date),
  license: v.optional(text),
}, 'must be an object with at least a "title"');

export const DatasetSchema = v.strictObject({
  meta: MetaSchema,
  sources: v.array(SourceSchema, 'must be a list of sources'),
  nodes: v.array(NodeSchema, 'must be a list of nodes'),
  edges: v.array(EdgeSchema, 'must be a list of edges'),
  glossary: v.optional(v.array(GlossaryEntrySchema, 'must be a list of glossary entries')),
}, 'must be an object with "meta", "sources", "nodes" and "edges"');

export type Lang = 'sv' | 'en';
export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type Position = v.InferOutput<typeof PositionSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type GraphNode = v.InferOutput<typeof NodeSchema>;
export type GraphEdge = v.InferOutput<typeof EdgeSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Meta = v.InferOutput<typeof MetaSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
