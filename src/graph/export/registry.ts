/**
 * Every data export, declared once: its writer, file name, MIME type, label and the options it
 * takes. The Export panel draws one button per entry, grouped, so a new format is one entry
 * here (and its label in the locale files).
 */
import type { Dataset, Lang } from '../../data/schema';
import type { resources } from '../../i18n/resources';
import type { Positions } from '../elements';
import { edgesCsv, nodesCsv, sourcesCsv, type CsvDialectId } from './csv';
import { toGexf } from './gexf';
import { toGraphml, type EdgeDirection } from './graphml';
import { toJson } from './json';
import { withPositions } from '../../io/positions';
import { NEO4J_FILES, neo4jCypher, neo4jNodesCsv, neo4jRelationshipsCsv } from './neo4j';

type ExportStrings = (typeof resources)['en']['translation']['analyst']['export'];
export type ExportLabelKey = `analyst.export.formats.${keyof ExportStrings['formats'] & string}`;
type GroupLabelKey = `analyst.export.groups.${keyof ExportStrings['groups'] & string}`;

export type ExportGroup = 'app' | 'spreadsheet' | 'network' | 'database';
/** Who the files are for; the panel shows one group of buttons each, in this order. */
export const EXPORT_GROUPS: readonly { id: ExportGroup; labelKey: GroupLabelKey }[] = [
  { id: 'app', labelKey: 'analyst.export.groups.app' },
  { id: 'spreadsheet', labelKey: 'analyst.export.groups.spreadsheet' },
  { id: 'network', labelKey: 'analyst.export.groups.network' },
  { id: 'database', labelKey: 'analyst.export.groups.database' },
];

/** What the user chooses in the panel, given to every writer; each uses what it needs. */
export type ExportOptions = {
  lang: Lang;
  /** Where the nodes are on screen (for the formats that keep a layout). */
  positions?: Positions;
  dialect: CsvDialectId;
  direction: EdgeDirection;
};
export type ExportOption = 'dialect' | 'direction';

export type ExportFormat = {
  id: string;
  group: ExportGroup;
  file: string;
  mime: string;
  labelKey: ExportLabelKey;
  /** The panel's choices this format follows (shown beside its group). */
  options: readonly ExportOption[];
  write: (dataset: Dataset, o: ExportOptions) => string;
};

const graph = (o: ExportOptions) => ({
  direction: o.direction,
  ...(o.positions ? { positions: o.positions } : {}),
});
const csv = (o: ExportOptions) => ({
  lang: o.lang,
  dialect: o.dialect,
  ...(o.positions ? { positions: o.positions } : {}),
});

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'json',
    group: 'app',
    file: 'samverkan.json',
    mime: 'application/json',
    labelKey: 'analyst.export.formats.json',
    options: [],
    write: (d, o) => toJson(withPositions(d, o.positions)),
  },
  {
    id: 'nodes-csv',
    group: 'spreadsheet',
    file: 'nodes.csv',
    mime: 'text/csv',
    labelKey: 'analyst.export.formats.nodesCsv',
    options: ['dialect'],
    write: (d, o) => nodesCsv(d, csv(o)),
  },
  {
    id: 'edges-csv',
    group: 'spreadsheet',
    file: 'edges.csv',
    mime: 'text/csv',
    labelKey: 'analyst.export.formats.edgesCsv',
    options: ['dialect'],
    write: (d, o) => edgesCsv(d, csv(o)),
  },
  {
    id: 'sources-csv',
    group: 'spreadsheet',
    file: 'sources.csv',
    mime: 'text/csv',
    labelKey: 'analyst.export.formats.sourcesCsv',
    options: ['dialect'],
    write: (d, o) => sourcesCsv(d, csv(o)),
  },
  {
    id: 'graphml',
    group: 'network',
    file: 'samverkan.graphml',
    mime: 'application/graphml+xml',
    labelKey: 'analyst.export.formats.graphml',
    options: ['direction'],
    write: (d, o) => toGraphml(d, o.lang, graph(o)),
  },
  {
    id: 'gexf',
    group: 'network',
    file: 'samverkan.gexf',
    mime: 'application/gexf+xml',
    labelKey: 'analyst.export.formats.gexf',
    options: ['direction'],
    write: (d, o) => toGexf(d, o.lang, graph(o)),
  },
  {
    id: 'neo4j-nodes',
    group: 'database',
    file: NEO4J_FILES.nodes,
    mime: 'text/csv',
    labelKey: 'analyst.export.formats.neo4jNodes',
    options: [],
    write: (d, o) => neo4jNodesCsv(d, o.lang, o.positions ? { positions: o.positions } : {}),
  },
  {
    id: 'neo4j-relationships',
    group: 'database',
    file: NEO4J_FILES.relationships,
    mime: 'text/csv',
    labelKey: 'analyst.export.formats.neo4jRelationships',
    options: [],
    write: (d, o) => neo4jRelationshipsCsv(d, o.lang),
  },
  {
    id: 'neo4j-cypher',
    group: 'database',
    file: NEO4J_FILES.cypher,
    mime: 'text/plain',
    labelKey: 'analyst.export.formats.neo4jCypher',
    options: [],
    write: (d, o) => neo4jCypher(d, o.lang),
  },
];

/** The formats of one group, in the order declared. */
export const formatsIn = (group: ExportGroup) => EXPORT_FORMATS.filter((f) => f.group === group);
