/**
 * Pictures of the view for the export tool: a PNG from Cytoscape's own renderer (at a chosen
 * scale of the on-screen size, so 2× means twice the pixels whatever the screen's density), with
 * the legend drawn beside it on request; the SVG scene (positions, sizes, opacity, emphasis) that
 * src/graph/svg.ts serializes; and the node positions for the formats that keep a layout.
 * Each takes the instance from its caller, at the moment the user asks for a file.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { CustomTypes, Lang } from '../data/schema';
import type { Position, Positions } from '../graph/elements';
import {
  edgeEntry,
  entryLabel,
  legendEntries,
  LEGEND_STYLE,
  nodeEntry,
  swatchDrawing,
  type Box,
  type LegendEntry,
} from '../graph/legend';
import type { SvgScene } from '../graph/svg';
import { drawLabelItems, labelLayerOf } from './labelLayer';
import { emphasisScene, paintEmphasis } from './emphasisLayer';
import { marked, marksOff } from './marks';
import { follow } from './labels/layerItems';

/** The legend rows, with the dataset's declared types they may name. */
export type Legend = NonNullable<SvgScene['legend']> & { types?: CustomTypes };

/** The node and edge types among the elements on screen, named in the language given. */
export function viewLegend(cy: Core, heading: string, lang: Lang, types?: CustomTypes): Legend {
  const { nodes, edges } = legendEntries(
    cy.nodes(':visible').map((n) => n.data('type') as string),
    cy.edges(':visible').map((e) => e.data('type') as string),
    types,
  );
  return {
    heading,
    ...(types ? { types } : {}),
    nodeTypes: nodes.map((entry) => ({ type: entry.type, label: entryLabel(entry, lang) })),
    edgeTypes: edges.map((entry) => ({ type: entry.type, label: entryLabel(entry, lang) })),
  };
}

/** Width and height in pixels of the PNG at `scale` (the view on screen, or the whole graph). */
export function pngSize(cy: Core, scale: number, whole: boolean): { width: number; height: number } {
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

/** Draws one legend swatch into a 2D canvas, from the same primitives as the on-screen legend. */
function drawSwatch(ctx: CanvasRenderingContext2D, entry: LegendEntry, box: Box) {
  for (const p of swatchDrawing(entry, box)) {
    const path = new Path2D(p.kind === 'line' ? `M ${p.x1} ${p.y1} L ${p.x2} ${p.y2}` : p.d);
    if (p.kind === 'path' && p.fill) {
      ctx.fillStyle = p.fill;
      ctx.fill(path);
    }
    ctx.strokeStyle = p.stroke;
    ctx.lineWidth = p.strokeWidth;
    ctx.setLineDash((p.dash ?? '').split(' ').filter(Boolean).map(Number));
    ctx.lineCap = p.lineCap ?? 'butt';
    ctx.lineJoin = p.lineJoin ?? 'miter';
    ctx.stroke(path);
  }
  ctx.setLineDash([]);
}

/** Draws the legend into a 2D canvas at (x, y), `scale` times its CSS size. */
function drawLegend(ctx: CanvasRenderingContext2D, legend: Legend, x: number, y: number, scale: number) {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  ctx.fillStyle = LEGEND_STYLE.ink;
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 14px system-ui, sans-serif';
  ctx.fillText(legend.heading, 16, 20);
  ctx.font = '12px system-ui, sans-serif';
  let cy = 46;
  for (const { type, label } of legend.nodeTypes) {
    drawSwatch(ctx, nodeEntry(type, legend.types), { x: 16, y: cy - 10, width: 20, height: 20 });
    ctx.fillStyle = LEGEND_STYLE.ink;
    ctx.fillText(label, 44, cy);
    cy += ROW;
  }
  cy += 6;
  for (const { type, label } of legend.edgeTypes) {
    drawSwatch(ctx, edgeEntry(type, legend.types), { x: 13, y: cy - 8, width: 32, height: 16 });
    ctx.fillStyle = LEGEND_STYLE.ink;
    ctx.fillText(label, 52, cy);
    cy += ROW;
  }
  ctx.restore();
  return cy + 10;
}

const legendHeight = (legend: Legend) => 46 + (legend.nodeTypes.length + legend.edgeTypes.length) * ROW + 16;

/**
 * Where the label layer's names go in a PNG of `image`'s size: a point of the view at the camera
 * the names were placed at, to the PNG's pixels (the view now, or the whole graph's box).
 */
function namesTransform(
  cy: Core,
  drawnAt: { zoom: number; pan: { x: number; y: number } },
  image: { width: number },
  whole: boolean,
) {
  if (whole) {
    const bb = cy.elements().boundingBox();
    const s = image.width / Math.max(1, Math.ceil(bb.w));
    return {
      k: s / drawnAt.zoom,
      x: (-drawnAt.pan.x / drawnAt.zoom - bb.x1) * s,
      y: (-drawnAt.pan.y / drawnAt.zoom - bb.y1) * s,
    };
  }
  const s = image.width / Math.max(1, cy.width());
  const t = follow(drawnAt, { zoom: cy.zoom(), pan: cy.pan() });
  return { k: t.k * s, x: t.x * s, y: t.y * s };
}

/**
 * The view as a PNG. `scale` multiplies the on-screen (CSS pixel) size; Cytoscape multiplies by
 * the device pixel ratio itself, so it is divided out here. With a legend, the picture is
 * widened and the legend drawn to the right, so it never covers the graph. On a large network
 * the emphasis layer's marks and the names the label layer shows are drawn over Cytoscape's
 * picture, as on screen.
 */
export async function viewPng(
  cy: Core,
  opts: { scale: number; whole: boolean; legend: Legend | null },
): Promise<Blob | null> {
  const ratio = window.devicePixelRatio || 1;
  const graph = await cy.png({
    output: 'blob-promise',
    scale: opts.scale / ratio,
    full: opts.whole,
    bg: '#ffffff',
  });
  const names = labelLayerOf(cy)?.drawn();
  const camera = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const emphasis = marksOff(cy) ? emphasisScene(cy, camera) : null;
  const emphasised = emphasis && (emphasis.veil || emphasis.nodes.length || emphasis.edges.length);
  if (!opts.legend && !names?.items.length && !emphasised) return graph;
  const image = await createImageBitmap(graph);
  const canvas = document.createElement('canvas');
  canvas.width = image.width + (opts.legend ? Math.round(legendWidth(opts.legend) * opts.scale) : 0);
  canvas.height = Math.max(
    image.height,
    opts.legend ? Math.round(legendHeight(opts.legend) * opts.scale) : 0,
  );
  const ctx = canvas.getContext('2d');
  if (!ctx) return graph;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, image.width, image.height);
  ctx.clip();
  // the emphasis layer, then the label layer, as on screen
  if (emphasis && emphasised)
    paintEmphasis(ctx, emphasis, namesTransform(cy, camera, image, opts.whole), image);
  if (names?.items.length)
    drawLabelItems(ctx, names.items, namesTransform(cy, names.camera, image, opts.whole));
  ctx.restore();
  if (opts.legend) drawLegend(ctx, opts.legend, image.width, 0, opts.scale);
  image.close(); // after reading its width: a closed bitmap reports 0
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
}

const opacity = (ele: NodeSingular | EdgeSingular) => {
  const o = Number.parseFloat(String(ele.style('opacity')));
  return Number.isFinite(o) ? o : 1;
};

/** The elements on screen as an SVG scene: the whole graph, or the area the view shows. */
export function viewScene(
  cy: Core,
  opts: { whole: boolean; title: string; legend: Legend | null; types?: CustomTypes },
): SvgScene {
  const nodes = cy.nodes(':visible').map((n) => ({
    id: n.id(),
    x: n.position('x'),
    y: n.position('y'),
    width: n.width(),
    height: n.height(),
    type: n.data('type') as string,
    label: String(n.data('label') ?? ''),
    opacity: opacity(n),
    emphasis: marked(n, 'selected') || n.hasClass('path-hop') || n.hasClass('tour-focus'),
    halo: n.hasClass('path-hop'),
  }));
  const edges = cy.edges(':visible').map((e) => ({
    id: e.id(),
    source: e.source().id(),
    target: e.target().id(),
    type: e.data('type') as string,
    label: String(e.data('label') ?? ''),
    opacity: opacity(e),
    emphasis: marked(e, 'selected') || e.hasClass('path-hop') || e.hasClass('tour-focus'),
    halo: e.hasClass('path-hop'),
  }));
  const ext = cy.extent();
  return {
    title: opts.title,
    nodes,
    edges,
    ...(opts.whole ? {} : { area: { x1: ext.x1, y1: ext.y1, x2: ext.x2, y2: ext.y2 } }),
    ...(opts.legend ? { legend: opts.legend } : {}),
    ...(opts.types ? { types: opts.types } : {}),
  };
}

/** Where the nodes on screen are, for files that keep a layout (GEXF, GraphML). */
export function viewPositions(cy: Core): Positions {
  const out = new Map<string, Position>();
  cy.nodes().forEach((n) => {
    out.set(n.id(), { x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 });
  });
  return out;
}
