/**
 * The dataset's controlled vocabulary: node types, levels and relationship (edge) types.
 *
 * This is part of the public data format: a dataset may use only these values, and the
 * validator names any other. Each entry is named in both languages; each edge type says
 * whether it is directed and how it reads from the other end (`inverse`), so that a
 * node's panel can list "staffed by" on one side and "staffs" on the other.
 */

export type Bilingual = { sv: string; en: string };

export const NODE_TYPES = {
  agency: { sv: 'Svensk myndighet', en: 'Swedish agency' },
  unit: { sv: 'Enhet eller kontor', en: 'Unit or office' },
  'joint-body': { sv: 'Gemensamt organ', en: 'Joint body' },
  'international-organisation': { sv: 'Internationell organisation', en: 'International organisation' },
  cooperation: { sv: 'Samarbete eller forum', en: 'Cooperation or forum' },
  group: { sv: 'Grupp', en: 'Group' },
  country: { sv: 'Land', en: 'Country' },
  programme: { sv: 'Program', en: 'Programme' },
  organisation: { sv: 'Ideell organisation', en: 'Non-governmental organisation' },
  mission: { sv: 'Insats', en: 'Mission' },
  role: { sv: 'Roll eller funktion', en: 'Role or function' },
  document: { sv: 'Dokument eller analys', en: 'Document or assessment' },
  case: { sv: 'Ärende', en: 'Case' },
  area: { sv: 'Verksamhetsområde', en: 'Area of work' },
  event: { sv: 'Händelse', en: 'Event' },
} as const satisfies Record<string, Bilingual>;

export type NodeType = keyof typeof NODE_TYPES;
export const NODE_TYPE_IDS = Object.keys(NODE_TYPES) as NodeType[];

export const LEVELS = {
  local: { sv: 'Lokal', en: 'Local' },
  national: { sv: 'Nationell', en: 'National' },
  nordic: { sv: 'Nordisk', en: 'Nordic' },
  baltic: { sv: 'Östersjöregionen', en: 'Baltic Sea region' },
  european: { sv: 'Europeisk', en: 'European' },
  'euro-atlantic': { sv: 'Euroatlantisk', en: 'Euro-Atlantic' },
  americas: { sv: 'Amerikansk', en: 'Americas' },
  global: { sv: 'Global', en: 'Global' },
} as const satisfies Record<string, Bilingual>;

export type Level = keyof typeof LEVELS;
export const LEVEL_IDS = Object.keys(LEVELS) as Level[];

export type EdgeTypeInfo = {
  sv: string;
  en: string;
  directed: boolean;
  /** How the relationship reads from the target's side (same as the label when undirected). */
  inverse: Bilingual;
};

export const EDGE_TYPES = {
  'member-of': { sv: 'är medlem i', en: 'member of', directed: true, inverse: { sv: 'har som medlem', en: 'has member' } },
  'observer-of': { sv: 'är observatör i', en: 'observer of', directed: true, inverse: { sv: 'har som observatör', en: 'has observer' } },
  'part-of': { sv: 'är en del av', en: 'part of', directed: true, inverse: { sv: 'omfattar', en: 'includes' } },
  'staffed-by': { sv: 'bemannas av', en: 'staffed by', directed: true, inverse: { sv: 'bemannar', en: 'staffs' } },
  'led-by': { sv: 'leds av', en: 'led by', directed: true, inverse: { sv: 'leder', en: 'leads' } },
  'coordinated-by': { sv: 'samordnas av', en: 'coordinated by', directed: true, inverse: { sv: 'samordnar', en: 'coordinates' } },
  'responsible-for': { sv: 'ansvarar för', en: 'responsible for', directed: true, inverse: { sv: 'är under ansvar av', en: 'is the responsibility of' } },
  'established-by': { sv: 'inrättades av', en: 'established by', directed: true, inverse: { sv: 'inrättade', en: 'established' } },
  'established-under': { sv: 'bildades under', en: 'established under', directed: true, inverse: { sv: 'har under sig', en: 'has under it' } },
  'liaison-officer-at': { sv: 'har sambandsman vid', en: 'liaison officer posted at', directed: true, inverse: { sv: 'har sambandsman från', en: 'hosts liaison officer from' } },
  'located-at': { sv: 'finns vid', en: 'located at', directed: true, inverse: { sv: 'rymmer', en: 'hosts' } },
  funds: { sv: 'finansierar', en: 'funds', directed: true, inverse: { sv: 'finansieras av', en: 'funded by' } },
  implements: { sv: 'genomför', en: 'implements', directed: true, inverse: { sv: 'genomförs av', en: 'implemented by' } },
  'guided-by': { sv: 'styrs av', en: 'guided by', directed: true, inverse: { sv: 'styr', en: 'guides' } },
  produces: { sv: 'tar fram', en: 'produces', directed: true, inverse: { sv: 'tas fram av', en: 'produced by' } },
  'participates-in': { sv: 'deltar i', en: 'participates in', directed: true, inverse: { sv: 'har som deltagare', en: 'has participant' } },
  'based-on': { sv: 'grundar sig på', en: 'based on', directed: true, inverse: { sv: 'är grund för', en: 'is the basis of' } },
  'works-on': { sv: 'arbetar med', en: 'works on', directed: true, inverse: { sv: 'bearbetas av', en: 'worked on by' } },
  supports: { sv: 'stöder', en: 'supports', directed: true, inverse: { sv: 'får stöd av', en: 'supported by' } },
  'development-cooperation': { sv: 'utvecklingssamarbete med', en: 'development cooperation with', directed: true, inverse: { sv: 'får utvecklingsstöd av', en: 'receives development support from' } },
  'peace-support': { sv: 'bidrar med personal till', en: 'contributes personnel to', directed: true, inverse: { sv: 'får personal från', en: 'receives personnel from' } },
  'operational-cooperation': { sv: 'operativt samarbete', en: 'operational cooperation', directed: false, inverse: { sv: 'operativt samarbete', en: 'operational cooperation' } },
  'strategic-cooperation': { sv: 'strategiskt samarbete', en: 'strategic cooperation', directed: false, inverse: { sv: 'strategiskt samarbete', en: 'strategic cooperation' } },
  'information-exchange': { sv: 'informationsutbyte', en: 'information exchange', directed: false, inverse: { sv: 'informationsutbyte', en: 'information exchange' } },
  cooperation: { sv: 'samarbete', en: 'cooperation', directed: false, inverse: { sv: 'samarbete', en: 'cooperation' } },
} as const satisfies Record<string, EdgeTypeInfo>;

export type EdgeType = keyof typeof EDGE_TYPES;
export const EDGE_TYPE_IDS = Object.keys(EDGE_TYPES) as EdgeType[];

/**
 * What kind of document a source is, shown beside each quote so that a reader can weigh it: an
 * agency speaking for itself, or a news site restating what an agency says.
 */
export const SOURCE_KINDS = {
  authority: { sv: 'Myndighetens webbsida', en: 'Authority web page' },
  news: { sv: 'Nyhetsartikel', en: 'News article' },
} as const satisfies Record<string, Bilingual>;

export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_IDS = Object.keys(SOURCE_KINDS) as SourceKind[];

/**
 * How a quote supports its claim: the text says it (`stated`, the default when the field is
 * absent), or the claim follows from the quote read in its context (`implied`), which the panel
 * marks and explains with the evidence's note.
 */
export const EVIDENCE_SUPPORT = {
  stated: { sv: 'Sägs i texten', en: 'Stated in the text' },
  implied: { sv: 'Framgår av sammanhanget', en: 'Implied by the context' },
} as const satisfies Record<string, Bilingual>;

export type EvidenceSupport = keyof typeof EVIDENCE_SUPPORT;
export const EVIDENCE_SUPPORT_IDS = Object.keys(EVIDENCE_SUPPORT) as EvidenceSupport[];

/** Years accepted in `founded` and `since`. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;
/** Longest evidence quote accepted, in characters. */
export const QUOTE_MAX = 320;
export const QUOTE_MIN = 12;

/**
 * A dataset may declare its own node and relationship types besides ours (an imported file's
 * kinds the user kept as new types). Each gets a colour, and a node type a shape from these,
 * none of which our types use, so that shape (not colour alone) tells it apart.
 */
export const CUSTOM_NODE_SHAPES = [
  'heptagon',
  'right-rhomboid',
  'pentagon',
  'tag',
  'cut-rectangle',
  'round-triangle',
  'round-hexagon',
  'round-octagon',
] as const;
export type CustomNodeShape = (typeof CUSTOM_NODE_SHAPES)[number];

/** Line styles a declared relationship type may use. */
export const CUSTOM_EDGE_LINES = ['solid', 'dashed', 'dotted'] as const;
export type CustomEdgeLine = (typeof CUSTOM_EDGE_LINES)[number];

/**
 * Default colours for declared types: Paul Tol's colour-blind-safe "muted" scheme, which differs
 * from the Okabe–Ito colours of our own types, so a new type does not look like one of ours.
 */
export const CUSTOM_COLOURS = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#882255',
  '#88CCEE',
  '#999933',
  '#AA4499',
  '#44AA99',
] as const;
