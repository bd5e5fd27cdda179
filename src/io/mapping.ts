/**
 * From tables to a dataset: default column choices from the headers (Kumu, Gephi, networkx and
 * our own exports are recognised), and applying the user's choices. Nothing is invented: a text
 * given in one language only is used for both and marked untranslated; an edge without source or
 * quote loads with no evidence, drawn and listed as such; what cannot be used (an edge to an
 * unknown node, a repeated id, a year that is not one) is left out and reported with its rows.
 */
import type {
  Bilingual,
  CustomEdgeType,
  CustomNodeType,
  CustomTypes,
  Dataset,
  Evidence,
  GraphEdge,
  GraphNode,
  Source,
} from '../data/schema';
import * as v from 'valibot';
import { EvidenceSchema } from '../data/schema';
import { validateDataset } from '../data/validate';
import {
  EDGE_TYPES,
  EDGE_TYPE_IDS,
  LEVELS,
  LEVEL_IDS,
  NODE_TYPE_IDS,
  QUOTE_MAX,
  QUOTE_MIN,
  YEAR_MAX,
  YEAR_MIN,
} from '../data/vocabulary';
import type { Positions } from '../graph/elements';
import { normaliseHeader } from './header';
import { IdMaker, slugify } from './ids';
import {
  guessEdgeTypes,
  guessNodeTypes,
  guessVocabulary,
  NEW_TYPE,
  newTypeIds,
  untranslatedNames,
} from './newTypes';
import type { Column, EdgeMapping, Mapping, NodeMapping, RawGraph, ReportItem, Row, Table } from './types';

export { normaliseHeader };

function pick(columns: readonly string[], names: readonly string[], exclude: Column[] = []): Column {
  const byName = new Map(columns.map((c) => [normaliseHeader(c), c]));
  for (const n of names) {
    const c = byName.get(n);
    if (c && !exclude.includes(c)) return c;
  }
  return null;
}

const ID = ['id', 'nodeid', 'key', 'identifier', 'uid', 'idid'];
const LABEL_SV = ['labelsv', 'namesv', 'namnsv', 'namn', 'benamning', 'etikett'];
const LABEL_EN = ['labelen', 'nameen', 'englishname', 'nameenglish'];
const LABEL = ['label', 'name', 'title', 'nodename', 'labelstring'];
const DESC_SV = ['descriptionsv', 'beskrivningsv', 'beskrivning'];
const DESC_EN = ['descriptionen', 'beskrivningen'];
const DESC = ['description', 'desc', 'notes', 'note'];
const SOURCE_ENDS = ['source', 'from', 'src', 'sourceid', 'startid', 'start', 'fran'];
const TARGET_ENDS = ['target', 'to', 'dst', 'targetid', 'endid', 'end', 'till'];
const EVIDENCE_SOURCE = [
  'evidencesources',
  'evidencesource',
  'sourcedocument',
  'reference',
  'citation',
  'kalla',
  'kallor',
  'document',
  'url',
];
const QUOTE = ['evidence', 'quote', 'quotes', 'citat', 'excerpt'];

/** True when the table looks like edges: it has columns for both ends. */
export function isEdgeTable(table: Table): boolean {
  return pick(table.columns, SOURCE_ENDS) !== null && pick(table.columns, TARGET_ENDS) !== null;
}

const GEPHI_DIRECTIONS = new Set(['directed', 'undirected', 'mutual', '']);

/** The distinct non-empty values of a column (in first-seen order). */
export function distinctValues(table: Table | null, column: Column): string[] {
  if (!table || !column) return [];
  const seen = new Set<string>();
  for (const r of table.rows) {
    const v = r.values[column]?.trim();
    if (v) seen.add(v);
  }
  return [...seen];
}

/** Which column holds which field, guessed from the headers. `textLang`: the language of unmarked text columns. */
export function guessMapping(raw: RawGraph, textLang: 'sv' | 'en'): Mapping {
  const nc = raw.nodes?.columns ?? [];
  const ec = raw.edges?.columns ?? [];
  const generic = pick(nc, LABEL);
  let labelSv = pick(nc, LABEL_SV);
  let labelEn = pick(nc, LABEL_EN);
  // an unmarked name column is in the file's language, or the other one when that has its own
  if (generic && generic !== labelSv && generic !== labelEn) {
    if (!labelSv && (textLang === 'sv' || labelEn)) labelSv = generic;
    else if (!labelEn) labelEn = generic;
  }
  const genericDesc = pick(nc, DESC);
  const nodeDescSv = pick(nc, DESC_SV) ?? (textLang === 'sv' ? genericDesc : null);
  const nodeDescEn = pick(nc, DESC_EN) ?? (textLang === 'en' ? genericDesc : null);
  // Kumu has no id column: its edges name nodes by label
  const id = pick(nc, ID) ?? generic ?? labelSv ?? labelEn;
  const node: NodeMapping = {
    id,
    labelSv,
    labelEn,
    type: pick(nc, ['type', 'nodetype', 'kind', 'category', 'typ', 'elementtype', 'kategori']),
    level: pick(nc, ['level', 'niva', 'scope', 'scale']),
    descriptionSv: nodeDescSv,
    descriptionEn: nodeDescEn,
    year: pick(nc, ['founded', 'year', 'established', 'grundad', 'ar', 'since', 'start']),
    source: pick(nc, EVIDENCE_SOURCE),
    quote: pick(nc, QUOTE),
    x: pick(nc, ['x', 'posx', 'xposition']),
    y: pick(nc, ['y', 'posy', 'yposition']),
  };
  const source = pick(ec, SOURCE_ENDS);
  const target = pick(ec, TARGET_ENDS);
  let type = pick(ec, [
    'type',
    'relationship',
    'relation',
    'edgetype',
    'kind',
    'connectiontype',
    'typ',
    'relationstyp',
  ]);
  // Gephi's "Type" column says Directed or Undirected: a direction, not a kind of relationship
  const values = distinctValues(raw.edges, type).map((v) => v.toLowerCase());
  if (type && values.every((v) => GEPHI_DIRECTIONS.has(v))) type = null;
  const labelled = pick(ec, ['label', 'relationshipen', 'relationshipsv']);
  if (!type && distinctValues(raw.edges, labelled).length) type = labelled;
  const genericEdgeDesc = pick(ec, DESC);
  const edge: EdgeMapping = {
    id: pick(ec, ID),
    source,
    target,
    type,
    descriptionSv: pick(ec, DESC_SV) ?? (textLang === 'sv' ? genericEdgeDesc : null),
    descriptionEn: pick(ec, DESC_EN) ?? (textLang === 'en' ? genericEdgeDesc : null),
    year: pick(ec, ['since', 'year', 'start', 'from year', 'ar', 'sedan']),
    evidenceSource: pick(ec, EVIDENCE_SOURCE, [source, target]),
    quote: pick(ec, QUOTE),
  };
  const levelValues = distinctValues(raw.nodes, node.level);
  // a value that names none of our types is offered as a new type of the dataset's own
  const nodeTypes = guessNodeTypes(raw.nodes, node.type);
  const edgeTypes = guessEdgeTypes(raw.edges, edge.type);
  return {
    node,
    edge,
    nodeTypes: nodeTypes.choices,
    edgeTypes: edgeTypes.choices,
    newNodeTypes: nodeTypes.newTypes,
    newEdgeTypes: edgeTypes.newTypes,
    levels: Object.fromEntries(
      levelValues.map((v) => [v, guessVocabulary(v, LEVELS, LEVEL_IDS) ?? 'national']),
    ),
    defaultNodeType: 'group',
    defaultEdgeType: 'cooperation',
    defaultLevel: 'national',
  };
}

export { guessVocabulary };
export { previewSample, type PreviewSample } from './preview';

/** The values kept as new types, as the dataset declares them, and the type id each value gets. */
function declaredTypes(m: Mapping): {
  declared: { nodes: CustomNodeType[]; edges: CustomEdgeType[] };
  nodeIds: Map<string, string>;
  edgeIds: Map<string, string>;
  directed: Map<string, boolean>;
} {
  const keptNodes = Object.keys(m.nodeTypes).filter((v) => m.nodeTypes[v] === NEW_TYPE && m.newNodeTypes[v]);
  const keptEdges = Object.keys(m.edgeTypes).filter((v) => m.edgeTypes[v] === NEW_TYPE && m.newEdgeTypes[v]);
  const nodeIds = newTypeIds(keptNodes, NODE_TYPE_IDS);
  const edgeIds = newTypeIds(keptEdges, EDGE_TYPE_IDS);
  const directed = new Map<string, boolean>(EDGE_TYPE_IDS.map((id) => [id, EDGE_TYPES[id].directed]));
  const nodes = keptNodes.map((v): CustomNodeType => {
    const t = m.newNodeTypes[v]!;
    const label = { sv: t.label.sv.trim() || v, en: t.label.en.trim() || v };
    const untranslated = untranslatedNames(label, v, t.untranslated);
    return {
      id: nodeIds.get(v)!,
      label,
      color: t.color,
      shape: t.shape,
      ...(untranslated.length ? { untranslated } : {}),
    };
  });
  const edges = keptEdges.map((v): CustomEdgeType => {
    const t = m.newEdgeTypes[v]!;
    const label = { sv: t.label.sv.trim() || v, en: t.label.en.trim() || v };
    const untranslated = untranslatedNames(label, v, t.untranslated);
    directed.set(edgeIds.get(v)!, t.directed);
    return {
      id: edgeIds.get(v)!,
      label,
      color: t.color,
      line: t.line,
      directed: t.directed,
      ...(untranslated.length ? { untranslated } : {}),
    };
  });
  return { declared: { nodes, edges }, nodeIds, edgeIds, directed };
}

// ---------------------------------------------------------------- applying the mapping

export type MappedResult =
  | { ok: true; dataset: Dataset; positions: Positions | null; report: ReportItem[] }
  | { ok: false; report: ReportItem[] };

const get = (row: Row, column: Column) => (column ? (row.values[column] ?? '').trim() : '');

type Untranslated = NonNullable<GraphNode['untranslated']>[number];

/** Both languages from two columns; one given is copied to the other and marked untranslated. */
function bilingual(
  sv: string,
  en: string,
  field: 'label' | 'description',
  marks: Untranslated[],
): Bilingual | undefined {
  if (sv && en) return { sv, en };
  if (!sv && !en) return undefined;
  marks.push(sv ? (`${field}.en` as Untranslated) : (`${field}.sv` as Untranslated));
  return { sv: sv || en, en: en || sv };
}

const finite = (text: string): number | null => {
  if (!text) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
};

/** Collects rows per report code, so each code becomes one message listing its rows. */
class Findings {
  private map = new Map<string, ReportItem>();
  constructor(private out: ReportItem[]) {}
  add(item: Omit<ReportItem, 'at' | 'count'>, at: number) {
    const key = `${item.code}\u0000${item.file}\u0000${JSON.stringify(item.values ?? {})}`;
    let found = this.map.get(key);
    if (!found) {
      found = { ...item, at: [], count: 0 };
      this.map.set(key, found);
      this.out.push(found);
    }
    found.at!.push(at);
    found.count! += 1;
  }
}

/** Evidence from a source cell (texts separated by ";") and a quote cell (our "[source] quote" lines, or one quote). */
function evidenceOf(
  row: Row,
  sourceCol: Column,
  quoteCol: Column,
  sources: Map<string, Source>,
  findings: Findings,
  table: Table,
): Evidence[] {
  const sourceTexts = get(row, sourceCol)
    .split(/;|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  const quoteText = get(row, quoteCol);
  const sourceId = (text: string): string => {
    const id = slugify(text) || 'source';
    if (!sources.has(id)) {
      const url = /^https?:\/\/\S+$/.test(text) ? text : undefined;
      sources.set(id, { id, title: { sv: text, en: text }, ...(url ? { url } : {}) });
    }
    return id;
  };
  const evidence: Evidence[] = [];
  const quoted = new Set<string>();
  const addQuote = (text: string, quote: string) => {
    quoted.add(slugify(text) || 'source');
    if (quote.length < QUOTE_MIN || quote.length > QUOTE_MAX) {
      findings.add(
        {
          level: 'warning',
          code: 'bad-quote',
          file: table.file,
          unit: table.unit,
          values: { min: QUOTE_MIN, max: QUOTE_MAX },
        },
        row.at,
      );
    } else evidence.push({ source: sourceId(text), quote });
  };
  if (quoteText) {
    const lines = quoteText.split(/\r?\n/).filter((l) => l.trim());
    const bracketed = lines.every((l) => /^\[[^\]]+\]\s*\S/.test(l));
    if (bracketed)
      for (const l of lines) {
        const m = /^\[([^\]]+)\]\s*([\s\S]+)$/.exec(l)!;
        addQuote(m[1]!, m[2]!.trim());
      }
    else if (sourceTexts[0]) addQuote(sourceTexts[0], quoteText);
    else
      findings.add(
        { level: 'warning', code: 'quote-without-source', file: table.file, unit: table.unit },
        row.at,
      );
  }
  // evidence is a quote: a source named without one is reported, not made into evidence
  if (sourceTexts.some((text) => !quoted.has(slugify(text) || 'source')))
    findings.add(
      { level: 'warning', code: 'source-without-quote', file: table.file, unit: table.unit },
      row.at,
    );
  return evidence;
}

const EvidenceListSchema = v.array(EvidenceSchema);

/**
 * The evidence as our exports write it whole (`evidence_json`: quotes with their translations,
 * notes and support), when the quotes are read from our export's `evidence` column and the cell
 * holds valid evidence; else null (the quote columns are read as any file's).
 */
function exportedEvidence(row: Row, quoteCol: Column, sources: Map<string, Source>): Evidence[] | null {
  if (quoteCol !== 'evidence') return null;
  const text = get(row, 'evidence_json');
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const checked = v.safeParse(EvidenceListSchema, parsed);
  if (!checked.success) return null;
  for (const e of checked.output)
    if (!sources.has(e.source))
      sources.set(e.source, { id: e.source, title: { sv: e.source, en: e.source } });
  return checked.output;
}

function yearOf(row: Row, column: Column, findings: Findings, table: Table): number | undefined {
  const text = get(row, column);
  if (!text) return undefined;
  const m = /^\s*(\d{4})(?:\D|$)/.exec(text);
  const year = m ? Number(m[1]) : NaN;
  if (Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX) return year;
  findings.add(
    {
      level: 'warning',
      code: 'bad-year',
      file: table.file,
      unit: table.unit,
      values: { min: YEAR_MIN, max: YEAR_MAX },
    },
    row.at,
  );
  return undefined;
}

/** Applies the mapping: a dataset that passes the validator, or errors that say why there is none. */
export function applyMapping(raw: RawGraph, m: Mapping): MappedResult {
  const report: ReportItem[] = [];
  const findings = new Findings(report);
  const edgesTable = raw.edges;
  if (!edgesTable && !raw.nodes)
    return { ok: false, report: [{ level: 'error', code: 'empty', file: raw.name }] };
  if (edgesTable && (!m.edge.source || !m.edge.target))
    return { ok: false, report: [{ level: 'error', code: 'no-endpoints', file: edgesTable.file }] };

  // the sources the files describe whole come first, in their order; others are named by the evidence
  const sources = new Map<string, Source>((raw.sources ?? []).map((s) => [s.id, s]));
  const types = declaredTypes(m);
  /** A row's node type: ours, a new one, or the default. */
  const nodeTypeOf = (value: string): string => {
    const choice = value ? m.nodeTypes[value] : undefined;
    if (choice === NEW_TYPE) return types.nodeIds.get(value) ?? m.defaultNodeType;
    return choice ?? m.defaultNodeType;
  };
  const edgeTypeOf = (value: string): string => {
    const choice = value ? m.edgeTypes[value] : undefined;
    if (choice === NEW_TYPE) return types.edgeIds.get(value) ?? m.defaultEdgeType;
    return choice ?? m.defaultEdgeType;
  };
  const nodes: GraphNode[] = [];
  const byKey = new Map<string, string>(); // a file's id or label → our id
  const ids = new IdMaker();
  let rewritten = 0;
  let example = '';
  let untranslated = 0;
  const positioned: number[] = [];

  const addNode = (row: Row | null, key: string, table: Table | null): string => {
    const marks: Untranslated[] = [];
    const nm = m.node;
    const labelSv = row ? get(row, nm.labelSv) : '';
    const labelEn = row ? get(row, nm.labelEn) : '';
    const label = bilingual(labelSv, labelEn, 'label', marks) ?? bilingual(key, '', 'label', marks)!;
    const id = ids.make(key, `node-${nodes.length + 1}`);
    if (id !== key) {
      rewritten++;
      example ||= `${key} → ${id}`;
    }
    const node: GraphNode = { id, type: m.defaultNodeType, level: m.defaultLevel, label };
    if (row && table) {
      node.type = nodeTypeOf(get(row, nm.type));
      const level = get(row, nm.level);
      node.level = (level && m.levels[level]) || m.defaultLevel;
      const description = bilingual(
        get(row, nm.descriptionSv),
        get(row, nm.descriptionEn),
        'description',
        marks,
      );
      if (description) node.description = description;
      const founded = yearOf(row, nm.year, findings, table);
      if (founded !== undefined) node.founded = founded;
      const shortSv = get(row, 'short_sv');
      const shortEn = get(row, 'short_en');
      if (shortSv && shortEn) node.short = { sv: shortSv, en: shortEn };
      const aliases = get(row, 'aliases')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean);
      if (aliases.length) node.aliases = aliases;
      const url = get(row, 'url');
      if (/^https?:\/\/\S+$/.test(url)) node.url = url;
      const evidence =
        exportedEvidence(row, nm.quote, sources) ??
        evidenceOf(row, nm.source, nm.quote, sources, findings, table);
      if (evidence.length) node.evidence = evidence;
      const x = finite(get(row, nm.x));
      const y = finite(get(row, nm.y));
      if (x !== null && y !== null) {
        node.position = { x, y };
        positioned.push(row.at);
      }
    }
    if (marks.length) {
      node.untranslated = marks;
      untranslated++;
    }
    nodes.push(node);
    return id;
  };

  if (raw.nodes) {
    const table = raw.nodes;
    const firstAt = new Map<string, number>();
    for (const row of table.rows) {
      const key = get(row, m.node.id) || get(row, m.node.labelSv) || get(row, m.node.labelEn);
      if (!key) {
        findings.add(
          {
            level: 'warning',
            code: 'missing-id',
            file: table.file,
            unit: table.unit,
            values: { what: 'node' },
          },
          row.at,
        );
        continue;
      }
      if (firstAt.has(key)) {
        findings.add(
          {
            level: 'warning',
            code: 'duplicate-id',
            file: table.file,
            unit: table.unit,
            values: { what: 'node' },
          },
          row.at,
        );
        continue;
      }
      firstAt.set(key, row.at);
      const id = addNode(row, key, table);
      byKey.set(key, id);
    }
    // edges may name nodes by label (Kumu) where the id column is another
    nodes.forEach((n) => {
      for (const l of [n.label.sv, n.label.en]) if (!byKey.has(l)) byKey.set(l, n.id);
    });
  }

  const edges: GraphEdge[] = [];
  if (edgesTable) {
    const em = m.edge;
    const edgeIds = new IdMaker();
    const seen = new Map<string, number>();
    let made = 0;
    for (const row of edgesTable.rows) {
      const s = get(row, em.source);
      const t = get(row, em.target);
      let source = byKey.get(s);
      let target = byKey.get(t);
      if (!raw.nodes) {
        // an edges-only file: its ends become nodes
        if (s && !source) {
          byKey.set(s, (source = addNode(null, s, null)));
          made++;
        }
        if (t && !target) {
          byKey.set(t, (target = addNode(null, t, null)));
          made++;
        }
      }
      if (!source || !target) {
        findings.add(
          { level: 'warning', code: 'unknown-endpoint', file: edgesTable.file, unit: edgesTable.unit },
          row.at,
        );
        continue;
      }
      if (source === target) {
        findings.add(
          { level: 'warning', code: 'self-loop', file: edgesTable.file, unit: edgesTable.unit },
          row.at,
        );
        continue;
      }
      const type = edgeTypeOf(get(row, em.type));
      const undirected = !(types.directed.get(type) ?? true);
      const [a, b] = undirected && target < source ? [target, source] : [source, target];
      const key = `${a}\u0000${b}\u0000${type}`;
      if (seen.has(key)) {
        findings.add(
          { level: 'warning', code: 'duplicate-edge', file: edgesTable.file, unit: edgesTable.unit },
          row.at,
        );
        continue;
      }
      seen.set(key, row.at);
      const marks: Untranslated[] = [];
      const givenId = get(row, em.id);
      const edge: GraphEdge = {
        id: edgeIds.make(
          givenId && !/^\d+$/.test(givenId) ? givenId : `${source}-${type}-${target}`,
          `edge-${edges.length + 1}`,
        ),
        source,
        target,
        type,
        evidence:
          exportedEvidence(row, em.quote, sources) ??
          evidenceOf(row, em.evidenceSource, em.quote, sources, findings, edgesTable),
      };
      const description = bilingual(
        get(row, em.descriptionSv),
        get(row, em.descriptionEn),
        'description',
        marks,
      );
      if (description) edge.description = description;
      const since = yearOf(row, em.year, findings, edgesTable);
      if (since !== undefined) edge.since = since;
      if (marks.length) edge.untranslated = marks;
      edges.push(edge);
    }
    if (made) report.push({ level: 'info', code: 'nodes-from-edges', file: edgesTable.file, count: made });
    const bare = edges.filter((e) => e.evidence.length === 0).length;
    if (bare)
      report.push({
        level: 'info',
        code: 'no-evidence',
        file: edgesTable.file,
        count: bare,
        values: { total: edges.length },
      });
  }
  const file = raw.nodes?.file ?? edgesTable!.file;
  if (rewritten)
    report.push({ level: 'info', code: 'ids-rewritten', file, count: rewritten, values: { example } });
  if (untranslated) report.push({ level: 'info', code: 'untranslated', file, count: untranslated });

  const positions = placePositions(nodes, positioned, file, report);
  const dataset: Dataset = {
    meta: { title: { sv: raw.name, en: raw.name } },
    sources: [...sources.values()],
    nodes,
    edges,
  };
  // the new types the nodes and edges use are declared with the dataset
  const usedNodes = new Set(nodes.map((n) => n.type));
  const usedEdges = new Set(edges.map((e) => e.type));
  const declared: CustomTypes = {};
  const nodeTypes = types.declared.nodes.filter((t) => usedNodes.has(t.id));
  const edgeTypes = types.declared.edges.filter((t) => usedEdges.has(t.id));
  if (nodeTypes.length) declared.nodes = nodeTypes;
  if (edgeTypes.length) declared.edges = edgeTypes;
  if (nodeTypes.length || edgeTypes.length) {
    dataset.types = declared;
    report.push({
      level: 'info',
      code: 'new-types',
      file,
      count: nodeTypes.length + edgeTypes.length,
      values: {
        names_sv: [...nodeTypes, ...edgeTypes].map((t) => t.label.sv).join(', '),
        names_en: [...nodeTypes, ...edgeTypes].map((t) => t.label.en).join(', '),
      },
    });
  }
  const checked = validateDataset(dataset);
  if (!checked.ok)
    return {
      ok: false,
      report: [
        ...report,
        { level: 'error', code: 'json-invalid', file, problems: checked.problems, more: checked.more ?? 0 },
      ],
    };
  return { ok: true, dataset: checked.dataset, positions, report };
}

/**
 * Positions to draw with: all nodes' when every node has one (a layout from networkx's spring
 * layout, in −1…1, is scaled up to the app's size), else none (the graph is laid out afresh).
 */
function placePositions(
  nodes: GraphNode[],
  positioned: number[],
  file: string,
  report: ReportItem[],
): Positions | null {
  if (!positioned.length) return null;
  if (positioned.length < nodes.length) {
    report.push({
      level: 'info',
      code: 'positions-partial',
      file,
      count: positioned.length,
      values: { total: nodes.length },
    });
    return null;
  }
  const xs = nodes.map((n) => n.position!.x);
  const ys = nodes.map((n) => n.position!.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  if (span > 0 && span < 50) {
    const k = 1000 / span;
    for (const n of nodes)
      n.position = { x: Math.round(n.position!.x * k * 10) / 10, y: Math.round(n.position!.y * k * 10) / 10 };
    report.push({ level: 'info', code: 'positions-scaled', file, count: nodes.length });
  }
  return new Map(nodes.map((n) => [n.id, { ...n.position! }]));
}
