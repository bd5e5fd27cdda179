/**
 * Pictures of the view for the export tool: a PNG from Cytoscape's own renderer (at a chosen
 * scale of the on-screen size, so 2× means twice the pixels whatever the screen's density), with
 * the legend drawn beside it on request; the SVG scene (positions, sizes, opacity, emphasis) that
 * src/graph/svg.ts serializes; and the node positions for GEXF and GraphML. Each takes the instance
 * the graph view registered in the store (null when no graph is mounted).
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import {
  EDGE_TYPE_IDS,
  EDGE_TYPES,
  NODE_TYPE_IDS,
  NODE_TYPES,
  type EdgeType,
  type NodeType,
} from '../data/vocabulary';
import type { Lang } from '../data/schema';
import { EDGE_APPEARANCE, NODE_APPEARANCE } from '../graph/appearance';
import type { Position, Positions } from '../graph/elements';
import { arrowPath, dashArray, nodeShapePath } from '../graph/shapes';
import type { SvgScene } from '../graph/svg';

export type Legend = NonNullable<SvgScene['legend']>;

const upperFirst = (text: string, lang: Lang) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** The node and edge types among the elements on screen, named in the language given. */
export function viewLegend(cy: Core | null, heading: string, lang: Lang): Legend | null {
  if (!cy) return null;
  const nodeTypes = new Set(cy.nodes(':visible').map((n) => n.data('type') as NodeType));
  const edgeTypes = new Set(cy.edges(':visible').map((e) => e.data('type') as EdgeType));
  return {
    heading,
    nodeTypes: NODE_TYPE_IDS.filter((x) => nodeTypes.has(x)).map((type) => ({
      type,
      label: NODE_TYPES[type][lang],
    })),
    // relationship names are written to sit mid-sentence ("member of"); a legend row starts upper case
    edgeTypes: EDGE_TYPE_IDS.filter((x) => edgeTypes.has(x)).map((type) => ({
      type,
      label: upperFirst(EDGE_TYPES[type][lang], lang),
    })),
  };
}

/** Width and height in pixels of the PNG at `scale` (the view on screen, or the whole graph). */
export function pngSize(cy: Core | null, scale: number, whole: boolean): { width: number; height: number } | null {
  if (!cy) return null;
  if (whole) {
    const bb = cy.elements(':visible').boundingBox();
    return { width: Math.round(Math.ceil(bb.w) * scale), height: Math.round(Math.ceil(bb.h) * scale) };
  }
  return { width: Math.round(cy.width() * scale), height: Math.round(cy.height() * scale) };
}

/** The legend's width in CSS pixels: its longest row, measured in the font it is drawn in. */
function legendWidth(legend: Legend): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 300;
  ctx.font = '12px system-ui, sans-serif';
  const rows = [...legend.nodeTypes.map((r) => r.label), ...legend.edgeTypes.map((r) => r.label)];
  const widest = Math.max(0, ...rows.map((text) => ctx.measureText(text).width));
  ctx.font = 'bold 14px system-ui, sans-serif';
  return Math.ceil(Math.max(widest + 52, ctx.measureText(legend.heading).width + 16) + 28);
}
const ROW = 24;

/** Draws the legend into a 2D canvas at (x, y), `scale` times its CSS size. */
function drawLegend(ctx: CanvasRenderingContext2D, legend: Legend, x: number, y: number, scale: number) {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#1a1a1a';
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 14px system-ui, sans-serif';
  ctx.fillText(legend.heading, 16, 20);
  ctx.font = '12px system-ui, sans-serif';
  let cy = 46;
  for (const { type, label } of legend.nodeTypes) {
    const a = NODE_APPEARANCE[type];
    const shape = new Path2D(nodeShapePath(a.shape, 26, cy, 8));
    ctx.fillStyle = a.color;
    ctx.fill(shape);
    ctx.strokeStyle = '#1a1a1a';
    ctx.lineWidth = 1;
    ctx.stroke(shape);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(label, 44, cy);
    cy += ROW;
  }
  cy += 6;
  for (const { type, label } of legend.edgeTypes) {
    const a = EDGE_APPEARANCE[type];
    ctx.strokeStyle = a.color;
    ctx.fillStyle = a.color;
    ctx.setLineDash((dashArray(a.line) ?? '').split(' ').filter(Boolean).map(Number));
    ctx.lineWidth = a.line === 'double' ? 4.6 : 1.8;
    ctx.beginPath();
    ctx.moveTo(14, cy);
    ctx.lineTo(40, cy);
    ctx.stroke();
    if (a.line === 'double') {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.6;
      ctx.stroke();
    }
    ctx.setLineDash([]);
    const arrow = arrowPath(a.arrow, 44, cy, 8);
    if (arrow) {
      const p = new Path2D(arrow);
      ctx.fillStyle = a.hollow ? '#ffffff' : a.color;
      ctx.fill(p);
      ctx.strokeStyle = a.color;
      ctx.lineWidth = 1;
      ctx.stroke(p);
    }
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(label, 52, cy);
    cy += ROW;
  }
  ctx.restore();
  return cy + 10;
}

const legendHeight = (legend: Legend) => 46 + (legend.nodeTypes.length + legend.edgeTypes.length) * ROW + 16;

/**
 * The view as a PNG. `scale` multiplies the on-screen (CSS pixel) size; Cytoscape multiplies by
 * the device pixel ratio itself, so it is divided out here. With a legend, the picture is
 * widened and the legend drawn to the right, so it never covers the graph.
 */
export async function viewPng(cy: Core | null, opts: {
  scale: number;
  whole: boolean;
  legend: Legend | null;
}): Promise<Blob | null> {
  if (!cy) return null;
  const ratio = window.devicePixelRatio || 1;
  const graph = await cy.png({
    output: 'blob-promise',
    scale: opts.scale / ratio,
    full: opts.whole,
    bg: '#ffffff',
  });
  if (!opts.legend) return graph;
  const image = await createImageBitmap(graph);
  const canvas = document.createElement('canvas');
  canvas.width = image.width + Math.round(legendWidth(opts.legend) * opts.scale);
  canvas.height = Math.max(image.height, Math.round(legendHeight(opts.legend) * opts.scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return graph;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  drawLegend(ctx, opts.legend, image.width, 0, opts.scale);
  image.close(); // after reading its width: a closed bitmap reports 0
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
}

const opacity = (ele: NodeSingular | EdgeSingular) => {
  const o = Number.parseFloat(String(ele.style('opacity')));
  return Number.isFinite(o) ? o : 1;
};

/** The elements on screen as an SVG scene: the whole graph, or the area the view shows. */
export function viewScene(cy: Core | null, opts: { whole: boolean; title: string; legend: Legend | null }): SvgScene | null {
  if (!cy) return null;
  const nodes = cy.nodes(':visible').map((n) => ({
    id: n.id(),
    x: n.position('x'),
    y: n.position('y'),
    width: n.width(),
    height: n.height(),
    type: n.data('type') as NodeType,
    label: String(n.data('label') ?? ''),
    opacity: opacity(n),
    emphasis: n.selected() || n.hasClass('path-hop') || n.hasClass('tour-focus'),
    halo: n.hasClass('path-hop'),
  }));
  const edges = cy.edges(':visible').map((e) => ({
    id: e.id(),
    source: e.source().id(),
    target: e.target().id(),
    type: e.data('type') as EdgeType,
    label: String(e.data('label') ?? ''),
    opacity: opacity(e),
    emphasis: e.selected() || e.hasClass('path-hop') || e.hasClass('tour-focus'),
    halo: e.hasClass('path-hop'),
  }));
  const ext = cy.extent();
  return {
    title: opts.title,
    nodes,
    edges,
    ...(opts.whole ? {} : { area: { x1: ext.x1, y1: ext.y1, x2: ext.x2, y2: ext.y2 } }),
    ...(opts.legend ? { legend: opts.legend } : {}),
  };
}

/** Where the nodes on screen are, for files that keep a layout (GEXF, GraphML). */
export function viewPositions(cy: Core | null): Positions | undefined {
  if (!cy) return undefined;
  const out = new Map<string, Position>();
  cy.nodes().forEach((n) => {
    out.set(n.id(), { x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 });
  });
  return out;
}
