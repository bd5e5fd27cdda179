/**
 * For a graph database: Neo4j's bulk importer (`neo4j-admin database import`) and `LOAD CSV`.
 * Two CSV files with the headers the importer expects (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
 * `:TYPE`, typed properties such as `founded:int`, `directed:boolean`, lists as `string[]`
 * separated by `;`, the importer's default array delimiter), and a Cypher script that builds the
 * same graph from the same two files with `LOAD CSV`. Every node has the label `Entity` and one
 * for its type (`Agency`, `JointBody`, …); relationship types are written as Neo4j names them
 * (`MEMBER_OF`). Cells are neutralised against spreadsheet formulas as in every CSV we write.
 */
import type { Dataset, Lang } from '../../data/schema';
import type { Positions } from '../elements';
import { csvCell } from './csv';
import { EDGE_FIELDS, NODE_FIELDS, type Field, type FieldContext, type FieldValue } from './fields';

export const NEO4J_FILES = {
  nodes: 'neo4j-nodes.csv',
  relationships: 'neo4j-relationships.csv',
  cypher: 'neo4j-import.cypher',
} as const;

/** The label every exported node carries, so one constraint and one lookup cover them all. */
export const NEO4J_NODE_LABEL = 'Entity';
const ARRAY_DELIMITER = ';';

/** A node type as a Neo4j label: `joint-body` → `JointBody`. */
export function neo4jLabel(type: string): string {
  const words = type.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const label = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return label || 'Unknown';
}

/** A relationship type as Neo4j names them: `member-of` → `MEMBER_OF`. */
export function neo4jRelType(type: string): string {
  const words = type.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.map((w) => w.toUpperCase()).join('_') || 'RELATED_TO';
}

const NEO4J_TYPE = { string: '', int: ':int', double: ':double', boolean: ':boolean' } as const;

/** The header of a property column: its name and, unless text, its type. */
export const neo4jColumn = <T>(f: Field<T>) =>
  f.list ? `${f.name}:string[]` : `${f.name}${NEO4J_TYPE[f.type]}`;

/** Node properties (the `label` field is `name`, the property Neo4j's browser shows on a node). */
const NODE_PROPS: readonly Field<Dataset['nodes'][number]>[] = NODE_FIELDS.filter((f) => f.name !== 'id').map(
  (f) => (f.name === 'label' ? { ...f, name: 'name' } : f),
);
const EDGE_PROPS = EDGE_FIELDS.filter((f) => !['source', 'target', 'label'].includes(f.name));

function value<T>(f: Field<T>, item: T, ctx: FieldContext): FieldValue {
  const v = f.get(item, ctx);
  if (Array.isArray(v)) {
    // an element holding the delimiter would split in two
    return v.length ? v.map((x) => x.split(ARRAY_DELIMITER).join(',')).join(ARRAY_DELIMITER) : undefined;
  }
  return v === '' ? undefined : (v as FieldValue);
}

const NEO4J_DIALECT = { separator: ',', decimal: '.', bom: false, eol: '\n' } as const;
const line = (cells: readonly FieldValue[]) => cells.map((c) => csvCell(c, NEO4J_DIALECT)).join(',');

export const NEO4J_NODE_HEADER = ['id:ID', ':LABEL', ...NODE_PROPS.map(neo4jColumn)];
export const NEO4J_RELATIONSHIP_HEADER = [':START_ID', ':END_ID', ':TYPE', ...EDGE_PROPS.map(neo4jColumn)];

type Options = { positions?: Positions };
const context = (dataset: Dataset, lang: Lang, o: Options): FieldContext => ({
  dataset,
  lang,
  ...(o.positions ? { positions: o.positions } : {}),
});

export function neo4jNodesCsv(dataset: Dataset, lang: Lang, o: Options = {}): string {
  const ctx = context(dataset, lang, o);
  const rows = dataset.nodes.map((n) =>
    line([
      n.id,
      `${NEO4J_NODE_LABEL}${ARRAY_DELIMITER}${neo4jLabel(n.type)}`,
      ...NODE_PROPS.map((f) => value(f, n, ctx)),
    ]),
  );
  return `${[NEO4J_NODE_HEADER.join(','), ...rows].join('\n')}\n`;
}

export function neo4jRelationshipsCsv(dataset: Dataset, lang: Lang, o: Options = {}): string {
  const ctx = context(dataset, lang, o);
  const rows = dataset.edges.map((e) =>
    line([e.source, e.target, neo4jRelType(e.type), ...EDGE_PROPS.map((f) => value(f, e, ctx))]),
  );
  return `${[NEO4J_RELATIONSHIP_HEADER.join(','), ...rows].join('\n')}\n`;
}

/** A Cypher string literal. */
const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** A Cypher name in backticks (labels, types, column names with a colon). */
const name = (s: string) => `\`${s.replace(/`/g, '``')}\``;

/** How a property is read from its column in `LOAD CSV`, where every value is text. */
function read<T>(f: Field<T>): string {
  const col = `row.${name(neo4jColumn(f))}`;
  if (f.list)
    return `CASE WHEN coalesce(${col}, '') = '' THEN null ELSE split(${col}, ${literal(ARRAY_DELIMITER)}) END`;
  if (f.type === 'int') return `toInteger(${col})`;
  if (f.type === 'double') return `toFloat(${col})`;
  if (f.type === 'boolean') return `toBoolean(${col})`;
  return col;
}

const sets = <T>(v: string, fields: readonly Field<T>[]) =>
  fields.map((f) => `${v}.${name(f.name)} = ${read(f)}`).join(',\n    ');

/**
 * A Cypher script for `cypher-shell -f` (or the browser) that builds the same graph from the two
 * CSV files in Neo4j's import directory: nodes, their type labels, then relationships by type
 * (a relationship type cannot be a parameter in Cypher, so there is one statement per type).
 */
export function neo4jCypher(dataset: Dataset, lang: Lang): string {
  const nodeTypes = [...new Set(dataset.nodes.map((n) => n.type))];
  const edgeTypes = [...new Set(dataset.edges.map((e) => e.type))];
  // the title is the dataset's text: one line, so it cannot end the comment
  const title = dataset.meta.title[lang].replace(/[\r\n\u2028\u2029]+/g, ' ');
  const out = [
    `// ${title}: ${dataset.nodes.length} nodes, ${dataset.edges.length} relationships.`,
    `// Put ${NEO4J_FILES.nodes} and ${NEO4J_FILES.relationships} in the import directory of the`,
    `// database, then run: cypher-shell -u neo4j -p <password> -f ${NEO4J_FILES.cypher}`,
    '',
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${NEO4J_NODE_LABEL}) REQUIRE n.id IS UNIQUE;`,
    '',
    `LOAD CSV WITH HEADERS FROM ${literal(`file:///${NEO4J_FILES.nodes}`)} AS row`,
    `MERGE (n:${NEO4J_NODE_LABEL} {id: row.${name('id:ID')}})`,
    `SET ${sets('n', NODE_PROPS)};`,
    '',
    ...nodeTypes.map(
      (t) => `MATCH (n:${NEO4J_NODE_LABEL}) WHERE n.type = ${literal(t)} SET n:${name(neo4jLabel(t))};`,
    ),
    '',
  ];
  for (const t of edgeTypes) {
    out.push(
      `LOAD CSV WITH HEADERS FROM ${literal(`file:///${NEO4J_FILES.relationships}`)} AS row`,
      `WITH row WHERE row.${name(':TYPE')} = ${literal(neo4jRelType(t))}`,
      `MATCH (a:${NEO4J_NODE_LABEL} {id: row.${name(':START_ID')}}), (b:${NEO4J_NODE_LABEL} {id: row.${name(':END_ID')}})`,
      `CREATE (a)-[r:${name(neo4jRelType(t))}]->(b)`,
      `SET ${sets('r', EDGE_PROPS)};`,
      '',
    );
  }
  return out.join('\n');
}
