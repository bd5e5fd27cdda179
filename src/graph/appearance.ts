/**
 * How each node type and edge type looks. One table drives the Cytoscape stylesheet, the legend
 * and the SVG export, so they always agree. Colours are the Okabe–Ito colour-blind-safe palette;
 * every node type also has its own shape and every edge type its own line and arrow, so colour is
 * never the only carrier of meaning.
 */
import type { CustomNodeShape, EdgeType, NodeType } from '../data/vocabulary';

export const PALETTE = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
  grey: '#8C8C8C',
  darkGrey: '#4D4D4D',
} as const;

export type NodeShape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'octagon'
  | 'hexagon'
  | 'barrel'
  | 'round-pentagon'
  | 'diamond'
  | 'round-tag'
  | 'star'
  | 'triangle'
  | 'rhomboid'
  | 'vee'
  | 'round-diamond'
  | 'concave-hexagon'
  | CustomNodeShape;

export const NODE_APPEARANCE: Record<NodeType, { shape: NodeShape; color: string }> = {
  agency: { shape: 'round-rectangle', color: PALETTE.blue },
  unit: { shape: 'rectangle', color: PALETTE.sky },
  'joint-body': { shape: 'octagon', color: PALETTE.green },
  'international-organisation': { shape: 'ellipse', color: PALETTE.orange },
  cooperation: { shape: 'hexagon', color: PALETTE.purple },
  group: { shape: 'barrel', color: PALETTE.vermillion },
  country: { shape: 'round-pentagon', color: PALETTE.grey },
  programme: { shape: 'diamond', color: PALETTE.yellow },
  organisation: { shape: 'round-tag', color: PALETTE.green },
  mission: { shape: 'star', color: PALETTE.vermillion },
  role: { shape: 'triangle', color: PALETTE.sky },
  document: { shape: 'rhomboid', color: PALETTE.yellow },
  case: { shape: 'vee', color: PALETTE.darkGrey },
  area: { shape: 'round-diamond', color: PALETTE.grey },
  event: { shape: 'concave-hexagon', color: PALETTE.orange },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'double';
export type ArrowShape = 'triangle' | 'vee' | 'triangle-tee' | 'circle-triangle' | 'none';

export const EDGE_APPEARANCE: Record<
  EdgeType,
  { color: string; line: LineStyle; arrow: ArrowShape; hollow?: boolean }
> = {
  'member-of': { color: PALETTE.darkGrey, line: 'solid', arrow: 'triangle' },
  'observer-of': { color: PALETTE.darkGrey, line: 'dashed', arrow: 'triangle', hollow: true },
  'part-of': { color: PALETTE.darkGrey, line: 'dotted', arrow: 'triangle' },
  'established-under': { color: PALETTE.darkGrey, line: 'solid', arrow: 'triangle-tee' },
  'established-by': { color: PALETTE.darkGrey, line: 'dashed', arrow: 'triangle-tee' },
  'located-at': { color: PALETTE.darkGrey, line: 'solid', arrow: 'circle-triangle' },
  'staffed-by': { color: PALETTE.blue, line: 'solid', arrow: 'triangle' },
  'led-by': { color: PALETTE.blue, line: 'dashed', arrow: 'triangle' },
  'coordinated-by': { color: PALETTE.blue, line: 'dotted', arrow: 'triangle' },
  'responsible-for': { color: PALETTE.blue, line: 'solid', arrow: 'vee' },
  'liaison-officer-at': { color: PALETTE.blue, line: 'dashed', arrow: 'vee' },
  funds: { color: PALETTE.vermillion, line: 'solid', arrow: 'triangle' },
  implements: { color: PALETTE.vermillion, line: 'dashed', arrow: 'triangle' },
  produces: { color: PALETTE.vermillion, line: 'dotted', arrow: 'triangle' },
  'guided-by': { color: PALETTE.orange, line: 'solid', arrow: 'vee' },
  'based-on': { color: PALETTE.orange, line: 'dashed', arrow: 'vee' },
  'participates-in': { color: PALETTE.green, line: 'solid', arrow: 'triangle' },
  supports: { color: PALETTE.green, line: 'dashed', arrow: 'triangle' },
  'works-on': { color: PALETTE.green, line: 'dotted', arrow: 'vee' },
  'development-cooperation': { color: PALETTE.green, line: 'solid', arrow: 'vee' },
  'peace-support': { color: PALETTE.green, line: 'dashed', arrow: 'vee' },
  'operational-cooperation': { color: PALETTE.purple, line: 'solid', arrow: 'none' },
  'strategic-cooperation': { color: PALETTE.purple, line: 'dashed', arrow: 'none' },
  'information-exchange': { color: PALETTE.purple, line: 'dotted', arrow: 'none' },
  cooperation: { color: PALETTE.purple, line: 'double', arrow: 'none' },
};
