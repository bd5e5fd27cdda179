/**
 * A small SVG serializer for our own stylesheet's shapes and lines (cytoscape-svg is GPL-3.0 and
 * cannot be used). It draws from positions and the one appearance table (appearance.ts), so the
 * SVG looks like the graph: the same shapes, colours, line styles and arrows. Pure: a scene in,
 * SVG text out; src/cy reads the scene from the live instance.
 */
import type { CustomTypes } from '../data/schema';
import type { LineStyle, NodeShape } from './appearance';
import { edgeEntry, nodeEntry, swatchDrawing, type SwatchPrimitive } from './legend';
import { typeCatalogue, type TypeCatalogue } from './typeInfo';
import { arrowPath, dashArray, isRounded, nodeShapePath } from './shapes';
import { attrs, xmlEscape } from './xml';

export type SvgNode = {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  type: string;
  label: string;
  /** As drawn on screen (low when faded by filters, a tour or a path); 1 when absent. */
  opacity?: number;
  /** Drawn with a heavy border (selected, or on a highlighted path). */
  emphasis?: boolean;
  /** On a highlighted path: drawn over a highlighter halo, as on screen. */
  halo?: boolean;
};

export type SvgEdge = {
  id: string;
  source: string;
  target: string;
  type: string;
  label?: string;
  /** As drawn on screen; the stylesheet's 0.85 when absent. */
  opacity?: number;
  emphasis?: boolean;
  halo?: boolean;
};

export type SvgScene = {
  nodes: SvgNode[];
  edges: SvgEdge[];
  /** The area to draw, in graph coordinates (the view); defaults to the bounding box of the nodes. */
  area?: { x1: number; y1: number; x2: number; y2: number };
  title: string;
  /** Legend rows for the types in the picture, already in the user's language. */
  legend?: {
    heading: string;
    nodeTypes: { type: string; label: string }[];
    edgeTypes: { type: string; label: string }[];
  };
  /** The dataset's own declared types, drawn as the graph draws them. */
  types?: CustomTypes;
};

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
/** The path highlighter's yellow, as in the stylesheet. */
const HALO = '#FFD84D';
/** About the stylesheet's text-max-width (110 px at 11 px type). */
const LABEL_CHARS = 18;

/** Splits a label into lines of about `max` characters at spaces, as the graph wraps it. */
export function wrapLabel(text: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
const r = (x: number) => Math.round(x * 100) / 100;

/** The SVG element drawing a node shape centred on (x, y): the legend's own outlines (shapes.ts). */
export function shapeSvg(shape: NodeShape, x: number, y: number, size: number, paint: string): string {
  return `<path d="${nodeShapePath(shape, x, y, size / 2)}"${isRounded(shape) ? ' stroke-linejoin="round"' : ''} ${paint}/>`;
}

const dash = (line: LineStyle) => {
  const d = dashArray(line);
  return d ? ` stroke-dasharray="${d}"${line === 'dotted' ? ' stroke-linecap="round"' : ''}` : '';
};

/** One arrowhead marker per edge type, in the type's colour (hollow where the stylesheet says so). */
function marker(type: string, types: TypeCatalogue): string {
  const a = types.edge(type);
  if (a.arrow === 'none') return '';
  const fill = a.hollow ? '#ffffff' : a.color;
  // the tip at (12, 6) sits on the end of the line; the marker box leaves room for tees and circles
  const d = arrowPath(a.arrow, 12, 6, 10) ?? '';
  return `<marker id="arrow-${type}" viewBox="-4 0 17 12" refX="12" refY="6" markerWidth="17" markerHeight="12" orient="auto" markerUnits="userSpaceOnUse"><path d="${d}" fill="${fill}" stroke="${a.color}" stroke-width="1"/></marker>`;
}

/** Where the line from a node's centre towards (tx, ty) leaves its shape (box or ellipse). */
function boundary(n: SvgNode, tx: number, ty: number, types: TypeCatalogue): [number, number] {
  const dx = tx - n.x;
  const dy = ty - n.y;
  if (dx === 0 && dy === 0) return [n.x, n.y];
  const hw = n.width / 2 + 1;
  const hh = n.height / 2 + 1;
  const boxy = ['rectangle', 'round-rectangle', 'barrel'].includes(types.node(n.type).shape);
  const s = boxy
    ? 1 / Math.max(Math.abs(dx) / hw, Math.abs(dy) / hh)
    : 1 / Math.sqrt((dx / hw) ** 2 + (dy / hh) ** 2);
  return [n.x + dx * Math.min(s, 1), n.y + dy * Math.min(s, 1)];
}

function edgeSvg(e: SvgEdge, a: SvgNode, b: SvgNode, offset: number, types: TypeCatalogue): string {
  const app = types.edge(e.type);
  // parallel edges bow out to either side, as Cytoscape's bezier edges do
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const cx = mx + (-(b.y - a.y) / len) * offset;
  const cy = my + ((b.x - a.x) / len) * offset;
  const [x1, y1] = boundary(a, cx, cy, types);
  const [x2, y2] = boundary(b, cx, cy, types);
  const d =
    offset === 0
      ? `M${r(x1)},${r(y1)} L${r(x2)},${r(y2)}`
      : `M${r(x1)},${r(y1)} Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`;
  const width = e.emphasis ? 4 : 1.6;
  const arrow = app.arrow === 'none' ? '' : ` marker-end="url(#arrow-${e.type})"`;
  const title = e.label ? `<title>${xmlEscape(e.label)}</title>` : '';
  // a double line, as the stylesheet draws it: a white line inside a coloured one
  const line =
    app.line === 'double'
      ? `<path d="${d}" fill="none" stroke="${app.color}" stroke-width="${width + 3}"/><path d="${d}" fill="none" stroke="#ffffff" stroke-width="${width}"/>`
      : `<path d="${d}" fill="none" stroke="${app.color}" stroke-width="${width}"${dash(app.line)}${arrow}/>`;
  const halo = e.halo
    ? `<path d="${d}" fill="none" stroke="${HALO}" stroke-width="${width + 10}" stroke-linecap="round"/>`
    : '';
  return `<g class="edge" data-id="${xmlEscape(e.id)}" opacity="${r(e.opacity ?? 0.85)}">${title}${halo}${line}</g>`;
}

function nodeSvg(n: SvgNode, types: TypeCatalogue): string {
  const a = types.node(n.type);
  const border = n.emphasis ? 'stroke="#000000" stroke-width="4"' : 'stroke="#1a1a1a" stroke-width="1.5"';
  const size = Math.min(n.width, n.height);
  const ty = n.y + n.height / 2 + 15;
  const lines = wrapLabel(n.label)
    .map((line, i) => `<tspan x="${r(n.x)}" dy="${i === 0 ? 0 : 13}">${xmlEscape(line)}</tspan>`)
    .join('');
  return (
    `<g class="node" data-id="${xmlEscape(n.id)}"${n.opacity !== undefined && n.opacity < 1 ? ` opacity="${r(n.opacity)}"` : ''}>` +
    (n.halo ? shapeSvg(a.shape, n.x, n.y, size + 14, `fill="${HALO}" opacity="0.9"`) : '') +
    shapeSvg(a.shape, n.x, n.y, size, `fill="${a.color}" ${border}`) +
    `<text x="${r(n.x)}" y="${r(ty)}" text-anchor="middle" font-size="11"${n.emphasis ? ' font-weight="bold"' : ''} stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" fill="#1a1a1a">${lines}</text>` +
    '</g>'
  );
}

const LEGEND_WIDTH = 240;

/** A legend drawing's primitive as an SVG element. */
export function primitiveSvg(p: SwatchPrimitive): string {
  const paint = attrs({
    fill: p.kind === 'line' ? undefined : (p.fill ?? 'none'),
    stroke: p.stroke,
    'stroke-width': p.strokeWidth,
    'stroke-dasharray': p.dash,
    'stroke-linecap': p.lineCap,
    'stroke-linejoin': p.lineJoin,
  });
  return p.kind === 'line'
    ? `<line${attrs({ x1: r(p.x1), y1: r(p.y1), x2: r(p.x2), y2: r(p.y2) })}${paint}/>`
    : `<path${attrs({ d: p.d })}${paint}/>`;
}

function legendSvg(
  legend: NonNullable<SvgScene['legend']>,
  x: number,
  y: number,
  customTypes: CustomTypes | undefined,
): { svg: string; height: number } {
  const rows: string[] = [
    `<text x="${r(x)}" y="${r(y + 14)}" font-size="13" font-weight="bold" fill="#1a1a1a">${xmlEscape(legend.heading)}</text>`,
  ];
  let cy = y + 34;
  for (const { type, label } of legend.nodeTypes) {
    const box = { x: x + 1, y: cy - 9, width: 18, height: 18 };
    rows.push(...swatchDrawing(nodeEntry(type, customTypes), box).map(primitiveSvg));
    rows.push(
      `<text x="${r(x + 26)}" y="${r(cy + 4)}" font-size="11" fill="#1a1a1a">${xmlEscape(label)}</text>`,
    );
    cy += 22;
  }
  cy += 6;
  for (const { type, label } of legend.edgeTypes) {
    const box = { x: x - 1, y: cy - 8, width: 28, height: 16 };
    rows.push(...swatchDrawing(edgeEntry(type, customTypes), box).map(primitiveSvg));
    rows.push(
      `<text x="${r(x + 32)}" y="${r(cy + 4)}" font-size="11" fill="#1a1a1a">${xmlEscape(label)}</text>`,
    );
    cy += 20;
  }
  return { svg: `<g class="legend">${rows.join('')}</g>`, height: cy - y };
}

/** The nodes' bounding box with room for labels (wider than the node, below it) and a margin. */
function boundingArea(nodes: readonly SvgNode[]): NonNullable<SvgScene['area']> {
  if (nodes.length === 0) return { x1: 0, y1: 0, x2: 200, y2: 100 };
  const pad = 30;
  return {
    x1: Math.min(...nodes.map((n) => n.x - Math.max(n.width / 2, 60))) - pad,
    y1: Math.min(...nodes.map((n) => n.y - n.height / 2)) - pad,
    x2: Math.max(...nodes.map((n) => n.x + Math.max(n.width / 2, 60))) + pad,
    y2: Math.max(...nodes.map((n) => n.y + n.height / 2 + 24)) + pad,
  };
}

/** The scene as a standalone SVG document. */
export function toSvg(scene: SvgScene): string {
  const types = typeCatalogue(scene.types);
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const area = scene.area ?? boundingArea(scene.nodes);
  const legend = scene.legend ? legendSvg(scene.legend, area.x2 + 10, area.y1 + 10, scene.types) : null;
  const width = area.x2 - area.x1 + (legend ? LEGEND_WIDTH : 0);
  const height = Math.max(area.y2 - area.y1, legend ? legend.height + 20 : 0);

  // parallel edges between the same two nodes get distinct offsets
  const groups = new Map<string, SvgEdge[]>();
  for (const e of scene.edges) {
    const key = [e.source, e.target].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const edges: string[] = [];
  for (const group of groups.values()) {
    group.forEach((e, i) => {
      const a = byId.get(e.source);
      const b = byId.get(e.target);
      if (!a || !b) return;
      const flip = e.source > e.target ? -1 : 1;
      edges.push(edgeSvg(e, a, b, (i - (group.length - 1) / 2) * 24 * flip, types));
    });
  }
  const edgeTypes = new Set<string>([
    ...scene.edges.map((e) => e.type),
    ...(scene.legend?.edgeTypes.map((e) => e.type) ?? []),
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(area.x1)} ${r(area.y1)} ${r(width)} ${r(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" role="img" aria-labelledby="svg-title" font-family="${FONT}">`,
    `<title id="svg-title">${xmlEscape(scene.title)}</title>`,
    `<defs>${[...edgeTypes].map((type) => marker(type, types)).join('')}</defs>`,
    `<rect x="${r(area.x1)}" y="${r(area.y1)}" width="${r(width)}" height="${r(height)}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${scene.nodes.map((n) => nodeSvg(n, types)).join('')}</g>`,
    legend?.svg ?? '',
    '</svg>',
    '',
  ].join('\n');
}
