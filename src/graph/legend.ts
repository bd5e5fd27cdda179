/**
 * The legend, declared once: which entries it has (one per node type and relationship type
 * shown), how each is drawn (colour, shape, line style, width, arrow) and what it is called.
 * `swatchDrawing` turns an entry into a few primitives (lines and paths with their paint), which
 * the three renderers only translate: React (components/Swatch.tsx), SVG text (svg.ts) and a 2D
 * canvas (cy/exportImage.ts). Colours and shapes come from the one appearance table. Pure: no DOM.
 */
import type { Bilingual } from '../data/vocabulary';
import type { CustomTypes, Lang } from '../data/schema';
import type { ArrowShape, LineStyle, NodeShape } from './appearance';
import { arrowPath, dashArray, isRounded, nodeShapePath } from './shapes';
import { typeCatalogue } from './typeInfo';

/** Line widths and the outline every legend drawing shares. */
export const LEGEND_STYLE = {
  /** Outline of node shapes and the colour of the legend's text. */
  ink: '#1a1a1a',
  outlineWidth: 1.2,
  lineWidth: 2,
  /** A double line: two thinner lines this far apart. */
  doubleWidth: 1.5,
  doubleGap: 4,
  arrowLength: 8,
  arrowOutlineWidth: 1.2,
  /** Inside of a hollow arrowhead. */
  paper: '#ffffff',
} as const;

export type NodeLegendEntry = {
  kind: 'node';
  type: string;
  shape: NodeShape;
  color: string;
  label: Bilingual;
};
export type EdgeLegendEntry = {
  kind: 'edge';
  type: string;
  color: string;
  line: LineStyle;
  width: number;
  arrow: ArrowShape;
  hollow: boolean;
  /** Relationship names are written to sit mid-sentence ("member of"); a legend row starts upper case. */
  label: Bilingual;
};
export type LegendEntry = NodeLegendEntry | EdgeLegendEntry;

/** A node type's entry; `types`: the dataset's declared types, for a type of its own. */
export function nodeEntry(type: string, types?: CustomTypes): NodeLegendEntry {
  const a = typeCatalogue(types).node(type);
  return { kind: 'node', type, shape: a.shape, color: a.color, label: a.label };
}

export function edgeEntry(type: string, types?: CustomTypes): EdgeLegendEntry {
  const a = typeCatalogue(types).edge(type);
  return {
    kind: 'edge',
    type,
    color: a.color,
    line: a.line,
    width: a.line === 'double' ? LEGEND_STYLE.doubleWidth : LEGEND_STYLE.lineWidth,
    arrow: a.arrow,
    hollow: a.hollow,
    label: { sv: a.label.sv, en: a.label.en },
  };
}

/** A legend row's text: the type's name in the language, starting upper case. */
export function entryLabel(entry: LegendEntry, lang: Lang): string {
  const text = entry.label[lang];
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/**
 * The legend for the types present, in the vocabulary's order (node types, then relationships),
 * the dataset's own declared types after ours.
 */
export function legendEntries(
  nodeTypes: Iterable<string>,
  edgeTypes: Iterable<string>,
  types?: CustomTypes,
): { nodes: NodeLegendEntry[]; edges: EdgeLegendEntry[] } {
  const n = new Set(nodeTypes);
  const e = new Set(edgeTypes);
  const catalogue = typeCatalogue(types);
  return {
    nodes: catalogue.nodes.filter((t) => n.has(t.id)).map((t) => nodeEntry(t.id, types)),
    edges: catalogue.edges.filter((t) => e.has(t.id)).map((t) => edgeEntry(t.id, types)),
  };
}

type Paint = {
  fill?: string;
  stroke: string;
  strokeWidth: number;
  /** SVG dash array ("6 4"); absent for a solid line. */
  dash?: string;
  lineCap?: 'round';
  lineJoin?: 'round';
};
export type SwatchPrimitive =
  | ({ kind: 'line'; x1: number; y1: number; x2: number; y2: number } & Paint)
  | ({ kind: 'path'; d: string } & Paint);

export type Box = { x: number; y: number; width: number; height: number };

/** How an entry is drawn in a box: a node's shape filling it, or a line across it with its arrowhead. */
export function swatchDrawing(entry: LegendEntry, box: Box): SwatchPrimitive[] {
  const s = LEGEND_STYLE;
  if (entry.kind === 'node') {
    const size = Math.min(box.width, box.height);
    return [
      {
        kind: 'path',
        d: nodeShapePath(entry.shape, box.x + box.width / 2, box.y + box.height / 2, size / 2 - 2),
        fill: entry.color,
        stroke: s.ink,
        strokeWidth: s.outlineWidth,
        ...(isRounded(entry.shape) ? { lineJoin: 'round' as const } : {}),
      },
    ];
  }
  const y = box.y + box.height / 2;
  const x1 = box.x + 1;
  const tip = box.x + box.width - 1;
  const arrow = arrowPath(entry.arrow, tip, y, s.arrowLength);
  const x2 = arrow ? tip - s.arrowLength + 1 : tip;
  const dash = dashArray(entry.line);
  const lines: SwatchPrimitive[] =
    entry.line === 'double'
      ? [-s.doubleGap / 2, s.doubleGap / 2].map((dy) => ({
          kind: 'line' as const,
          x1,
          y1: y + dy,
          x2,
          y2: y + dy,
          stroke: entry.color,
          strokeWidth: entry.width,
        }))
      : [
          {
            kind: 'line',
            x1,
            y1: y,
            x2,
            y2: y,
            stroke: entry.color,
            strokeWidth: entry.width,
            ...(dash ? { dash } : {}),
            ...(entry.line === 'dotted' ? { lineCap: 'round' as const } : {}),
          },
        ];
  if (arrow) {
    lines.push({
      kind: 'path',
      d: arrow,
      fill: entry.hollow ? s.paper : entry.color,
      stroke: entry.color,
      strokeWidth: s.arrowOutlineWidth,
    });
  }
  return lines;
}
