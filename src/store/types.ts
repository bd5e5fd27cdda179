import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';
import type { Lang } from '../i18n/resources';

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

/** What the user chose to see. Every field is "shown unless listed", so an empty filter shows all. */
export type Filters = {
  hiddenNodeTypes: string[];
  hiddenLevels: string[];
  hiddenEdgeTypes: string[];
  hiddenSources: string[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Keep elements without a year when a year range is set. */
  includeUndated: boolean;
  hideIsolated: boolean;
  /** Hide relationships that give no source or quote ("no evidence given"). */
  hideUnevidenced: boolean;
  /** Fade filtered-out elements instead of hiding them. */
  fade: boolean;
};

export const DEFAULT_FILTERS: Filters = {
  hiddenNodeTypes: [],
  hiddenLevels: [],
  hiddenEdgeTypes: [],
  hiddenSources: [],
  yearFrom: null,
  yearTo: null,
  includeUndated: true,
  hideIsolated: false,
  hideUnevidenced: false,
  fade: false,
};

export type Focus = { id: string; depth: 1 | 2 | 3; direction: Direction } | null;

export type PathQuery = { from: string | null; to: string | null; edgeTypes: string[] };

export type Tour = { id: string; step: number } | null;

export type Notice = { id: number; kind: 'info' | 'warning' | 'error'; text: string; details?: string[] };

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
  filters: Filters;
  focus: Focus;
  path: PathQuery;
  sizeBy: MetricName | null;
  tour: Tour;
  presentation: boolean;
  notices: Notice[];
};
