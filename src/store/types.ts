import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import type { GraphFilters } from '../graph/filterFields';

export { NO_FILTERS, type GraphFilters } from '../graph/filterFields';
import type { Lang } from '../i18n/resources';
import type { Message } from '../i18n/message';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export const LAYOUTS = ['preset', 'fcose', 'concentric', 'level', 'type'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const VIEWS = ['graph', 'list', 'glossary', 'quiz'] as const;
export type ViewName = (typeof VIEWS)[number];

export const TOOLS = ['filters', 'paths', 'metrics', 'export', 'tours', 'data'] as const;
export type ToolName = (typeof TOOLS)[number];

export const METRICS = ['degree', 'betweenness', 'closeness'] as const;
export type MetricName = (typeof METRICS)[number];

export type Direction = 'all' | 'out' | 'in';

export type Focus = { id: string; depth: 1 | 2 | 3; direction: Direction } | null;

export type PathQuery = { from: string | null; to: string | null; edgeTypes: string[] };

export type Tour = { id: string; step: number } | null;

/** A short message to the user; kept as keys and values, translated when shown (see i18n/message.ts). */
export type Notice = {
  id: number;
  kind: 'info' | 'warning' | 'error';
  message: Message;
  details?: Message[];
};

/** The user's choices. Anything derivable from these and the dataset is derived, never stored. */
export type AppState = {
  dataset: Dataset;
  /** Where the dataset came from: the built-in one or a file the user loaded. */
  datasetName: string | null;
  /** The id under which the user's dataset is stored on this device (IndexedDB); null when it is not. */
  datasetId: string | null;
  /** Stored positions that come with the dataset (the built-in one has them); null: lay it out on load. */
  positions: Positions | null;
  lang: Lang;
  selection: Selection;
  layout: LayoutName;
  view: ViewName;
  tool: ToolName | null;
  /** What the filters hide (declared once, in src/graph/filterFields.ts). */
  filters: GraphFilters;
  /** Fade what the filters and the focus leave out instead of hiding it: a display choice, not a filter. */
  fade: boolean;
  focus: Focus;
  path: PathQuery;
  sizeBy: MetricName | null;
  tour: Tour;
  presentation: boolean;
  notices: Notice[];
};
