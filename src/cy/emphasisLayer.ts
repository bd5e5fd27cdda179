/**
 * The emphasis layer of a large network (see largeGraph.ts, marks.ts): a 2D canvas of the view's
 * size between Cytoscape's canvases and the label layer, on which the marks kept off the elements
 * are drawn: a veil that quietens the whole network while a neighbourhood is emphasised, then the
 * neighbourhood's relationships (thick, opaque, each with its type's colour, line style and arrow)
 * and nodes (their shape and colour, a heavier border), the selected element in the selection's
 * colour and a thicker border, and the keyboard focus's halo. Emphasis is carried by the veil, by
 * width and by the border, not by colour alone. The names stay on the label layer above.
 *
 * Elements are drawn at least a few pixels across, so that a neighbourhood reads even with the
 * whole network in view. Redrawn in the frame after a change of marks, of the camera, of a node's
 * place or of a class (a filter hides an element): a neighbourhood is a few dozen elements, drawn
 * in well under a millisecond. No pointer events, hidden from assistive technology (the selection
 * is named in the details panel, the keyboard focus by the announcer).
 */
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { ArrowShape, LineStyle, NodeShape } from '../graph/appearance';
import { arrowPath, nodeShapePath } from '../graph/shapes';
import { markedIds, MARKS_EVENT } from './marks';
import { setNote } from './scratch';
import { shownNow } from './labels/measure';
import { layerCanvas } from './layerCanvas';
import type { LayerCamera } from './labels/layerItems';
import { SELECT_COLOR } from './stylesheet';

/** The scratch note that tells tests and the console what the layer drew (see EmphasisNote). */
export const EMPHASIS_NOTE = '_emphasisLayer';

/** The graph's background (graph.css), over the network while a neighbourhood is emphasised. */
const VEIL = 'rgba(251, 251, 249, 0.82)';
const INK = '#1a1a1a';
/**
 * Smallest half size of a node drawn here (the selected, hovered or focused one: larger), and
 * smallest widths, in CSS pixels.
 */
const MIN_HALF = 6;
const MIN_CENTRE_HALF = 9;
const MIN_EDGE = 2.5;
const MIN_SELECTED_EDGE = 3.5;
/** Widths of the stylesheet's emphasis (model units): a neighbour's border, a relationship. */
const NB_BORDER = 3;
const SELECTED_BORDER = 4;
const NB_EDGE = 3.2;
const SELECTED_EDGE = 4;
/** A relationship's own width in the stylesheet, to which its dash pattern belongs. */
const EDGE_WIDTH = 1.6;
const FOCUS_PAD = 9;

type Point = { x: number; y: number };

export type SceneEdge = {
  id: string;
  from: Point;
  to: Point;
  width: number;
  color: string;
  dash: number[];
  outline: { width: number; color: string } | null;
  arrow: ArrowShape;
  arrowColor: string;
  hollow: boolean;
  alpha: number;
};
export type SceneNode = {
  id: string;
  x: number;
  y: number;
  half: number;
  shape: NodeShape;
  fill: string;
  border: { width: number; color: string };
  alpha: number;
  /** The keyboard focus's halo round the node (its padding), or null. */
  focus: { pad: number } | null;
};
/** What the layer draws, in container pixels at a camera. */
export type EmphasisScene = { veil: boolean; edges: SceneEdge[]; nodes: SceneNode[] };

/** What the layer drew: the veil, the nodes and relationships, which were selected or focused. */
export type EmphasisNote = {
  veil: boolean;
  nodes: string[];
  edges: string[];
  selected: string[];
  focused: string[];
  drawMs: number;
};

/** A style property as Cytoscape parsed it (`pstyle`, missing from its type definitions). */
type Parsed = { strValue?: string; pfValue?: number | number[] };
const parsed = (ele: SingularElementArgument, prop: string): Parsed | undefined =>
  (ele as unknown as { pstyle(p: string): Parsed | undefined }).pstyle(prop);
const str = (ele: SingularElementArgument, prop: string) => String(parsed(ele, prop)?.strValue ?? '');
const num = (ele: SingularElementArgument, prop: string) => Number(parsed(ele, prop)?.pfValue ?? 0);

/** The elements the marks name that are shown, in the order given. */
function shownOf(cy: Core, ids: Iterable<string>): SingularElementArgument[] {
  const out: SingularElementArgument[] = [];
  for (const id of ids) {
    const ele = cy.getElementById(id);
    if (ele.nonempty() && shownNow(ele)) out.push(ele);
  }
  return out;
}

/** What the marks kept off the elements draw at `camera` (by default, the instance's own). */
export function emphasisScene(
  cy: Core,
  camera: LayerCamera = { zoom: cy.zoom(), pan: cy.pan() },
): EmphasisScene {
  const { zoom, pan } = camera;
  const selected = markedIds(cy, 'selected');
  const nbNodes = markedIds(cy, 'nb');
  const focused = markedIds(cy, 'keyboard-focus');
  const hovered = markedIds(cy, 'hover');
  const at = (p: Point): Point => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
  const central = (id: string) => selected.has(id) || hovered.has(id) || focused.has(id);
  const halfOf = (n: NodeSingular) =>
    Math.max((n.width() / 2) * zoom, central(n.id()) ? MIN_CENTRE_HALF : MIN_HALF);

  const edgeIds = new Set([...markedIds(cy, 'nb-edge'), ...hovered, ...selected]);
  const edges: SceneEdge[] = [];
  for (const ele of shownOf(cy, edgeIds)) {
    if (!ele.isEdge()) continue;
    const e = ele as EdgeSingular;
    const isSelected = selected.has(e.id());
    const width = isSelected
      ? Math.max(SELECTED_EDGE * zoom, MIN_SELECTED_EDGE)
      : Math.max(NB_EDGE * zoom, MIN_EDGE);
    const a = at(e.source().position());
    const b = at(e.target().position());
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
    const [ha, hb] = [halfOf(e.source()), halfOf(e.target())];
    if (len <= ha + hb) continue; // its ends overlap: the nodes drawn over it cover it
    const style = str(e, 'line-style') as LineStyle;
    const dashes = parsed(e, 'line-dash-pattern')?.pfValue;
    const pattern = Array.isArray(dashes) ? dashes : [6, 3];
    const outlineWidth = num(e, 'line-outline-width');
    edges.push({
      id: e.id(),
      from: { x: a.x + ux * ha, y: a.y + uy * ha },
      to: { x: b.x - ux * hb, y: b.y - uy * hb },
      width,
      color: isSelected ? SELECT_COLOR : str(e, 'line-color'),
      dash: style === 'dashed' || style === 'dotted' ? pattern.map((v) => (v / EDGE_WIDTH) * width) : [],
      outline:
        outlineWidth > 0
          ? { width: Math.max(outlineWidth * zoom, 1.2), color: str(e, 'line-outline-color') }
          : null,
      arrow: str(e, 'target-arrow-shape') as ArrowShape,
      arrowColor: isSelected ? SELECT_COLOR : str(e, 'target-arrow-color'),
      hollow: str(e, 'target-arrow-fill') === 'hollow',
      alpha: e.effectiveOpacity(),
    });
  }
  // the selected edge above the rest
  edges.sort((x, y) => Number(selected.has(x.id)) - Number(selected.has(y.id)));

  const nodeIds = new Set([...nbNodes, ...hovered, ...focused, ...selected]);
  const nodes: SceneNode[] = [];
  for (const ele of shownOf(cy, nodeIds)) {
    if (!ele.isNode()) continue;
    const n = ele as NodeSingular;
    const isSelected = selected.has(n.id());
    const p = at(n.position());
    nodes.push({
      id: n.id(),
      ...p,
      half: halfOf(n),
      // the stylesheet's, from the types' catalogue (see stylesheet.ts)
      shape: str(n, 'shape') as NodeShape,
      fill: str(n, 'background-color'),
      border: isSelected
        ? { width: Math.max(SELECTED_BORDER * zoom, 3), color: SELECT_COLOR }
        : { width: Math.max(NB_BORDER * zoom, 2), color: nbNodes.has(n.id()) ? INK : str(n, 'border-color') },
      alpha: n.effectiveOpacity(),
      focus: focused.has(n.id()) ? { pad: Math.max(FOCUS_PAD * zoom, 5) } : null,
    });
  }
  // the focused and the selected node above the rest
  const rank = (n: SceneNode) => (selected.has(n.id) ? 2 : n.focus ? 1 : 0);
  nodes.sort((x, y) => rank(x) - rank(y));
  return { veil: nbNodes.size > 0, edges, nodes };
}

/**
 * Draws a scene into a 2D context whose transform maps container pixels to its own; the veil
 * covers `area` (in the context's own pixels).
 */
export function paintEmphasis(
  ctx: CanvasRenderingContext2D,
  scene: EmphasisScene,
  t: { k: number; x: number; y: number },
  area: { width: number; height: number },
) {
  ctx.save();
  if (scene.veil) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, area.width, area.height);
  }
  ctx.setTransform(t.k, 0, 0, t.k, t.x, t.y);
  ctx.lineCap = 'butt';
  for (const e of scene.edges) {
    ctx.globalAlpha = e.alpha;
    const line = (width: number, color: string) => {
      ctx.beginPath();
      ctx.moveTo(e.from.x, e.from.y);
      ctx.lineTo(e.to.x, e.to.y);
      ctx.lineWidth = width;
      ctx.strokeStyle = color;
      ctx.stroke();
    };
    ctx.setLineDash(e.dash);
    if (e.outline) line(e.width + 2 * e.outline.width, e.outline.color);
    line(e.width, e.color);
    ctx.setLineDash([]);
    const size = Math.max(e.width * 3.2, 10);
    const d = arrowPath(e.arrow, 0, 0, size);
    if (d) {
      ctx.save();
      ctx.translate(e.to.x, e.to.y);
      ctx.rotate(Math.atan2(e.to.y - e.from.y, e.to.x - e.from.x));
      const head = new Path2D(d);
      ctx.fillStyle = e.hollow ? '#ffffff' : e.arrowColor;
      ctx.fill(head);
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = e.arrowColor;
      ctx.stroke(head);
      ctx.restore();
    }
  }
  for (const n of scene.nodes) {
    ctx.globalAlpha = n.alpha;
    if (n.focus) {
      const { pad } = n.focus;
      ctx.beginPath();
      ctx.roundRect(n.x - n.half - pad, n.y - n.half - pad, 2 * (n.half + pad), 2 * (n.half + pad), pad);
      ctx.fillStyle = 'rgba(194, 24, 91, 0.3)';
      ctx.fill();
    }
    const body = new Path2D(nodeShapePath(n.shape, n.x, n.y, n.half));
    ctx.fillStyle = n.fill;
    ctx.fill(body);
    ctx.lineWidth = n.border.width;
    ctx.strokeStyle = n.border.color;
    ctx.stroke(body);
  }
  ctx.restore();
}

export type EmphasisLayer = { destroy(): void };

/**
 * Puts an emphasis layer over the instance's canvases, under its label layer. Null where no canvas
 * can be drawn on (the marks are then kept but not drawn).
 */
export function attachEmphasisLayer(cy: Core): EmphasisLayer | null {
  if (typeof Path2D === 'undefined') return null;
  // under the names (same stacking level, earlier in the document)
  const layer = layerCanvas(cy, 'emphasis-layer', {}, cy.container()?.querySelector('.label-layer') ?? null);
  if (!layer) return null;
  const { canvas, ctx } = layer;
  let frame = 0;
  let blank = true;
  const draw = () => {
    frame = 0;
    if (cy.destroyed()) return;
    const started = performance.now();
    const scene = emphasisScene(cy);
    const empty = !scene.veil && !scene.edges.length && !scene.nodes.length;
    if (empty && blank) return;
    layer.refit();
    layer.clear();
    paintEmphasis(ctx, scene, { k: layer.ratio(), x: 0, y: 0 }, canvas);
    blank = empty;
    const note: EmphasisNote = {
      veil: scene.veil,
      nodes: scene.nodes.map((n) => n.id),
      edges: scene.edges.map((e) => e.id),
      selected: [...markedIds(cy, 'selected')],
      focused: scene.nodes.filter((n) => n.focus).map((n) => n.id),
      drawMs: performance.now() - started,
    };
    setNote(cy, EMPHASIS_NOTE, note);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  // a camera move, a filter or a drag while nothing is marked draws nothing
  const ifMarked = () => {
    if (!blank) schedule();
  };
  const onResize = () => {
    layer.fit();
    blank = false; // a resized canvas is cleared: drawn again (or left blank) next frame
    schedule();
  };
  // marks set before the layer came (it is loaded with the first large network)
  schedule();
  cy.on(MARKS_EVENT, schedule);
  cy.on('viewport class', ifMarked);
  cy.on('position', 'node', ifMarked);
  cy.on('resize', onResize);
  return {
    destroy() {
      cy.removeListener(MARKS_EVENT, schedule);
      cy.removeListener('viewport class', ifMarked);
      cy.removeListener('position', 'node', ifMarked);
      cy.removeListener('resize', onResize);
      if (frame) cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
}
