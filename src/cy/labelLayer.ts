/**
 * The label layer of a large network (see largeGraph.ts): a 2D canvas of the view's size over
 * Cytoscape's canvases, on which the names the label pass chose are drawn. Cytoscape draws only
 * nodes and edges there (the large stylesheet gives no label), so a pass changes nothing on the
 * elements and never throws Cytoscape's layered picture away; redrawing a few hundred names here
 * takes a few milliseconds. While the camera moves, the layer is carried with it by a CSS
 * transform (no redraw: the names scale and shift as Cytoscape's own picture does meanwhile);
 * the pass after the camera settles draws them afresh. A dragged node's name goes with it.
 *
 * The canvas takes no pointer events and is hidden from assistive technology (the graph's names
 * reach it through the keyboard announcer and the panels); it sits under the app's overlays.
 */
import type { Core } from 'cytoscape';
import { setNote } from './scratch';
import { layerCanvas } from './layerCanvas';
import { drawNamesOnLayer } from './labels/measure';
import { canvasWidth, layerFont, layOutWhileIdle, NameMeasure, whenIdle } from './labels/layerText';
import { follow, type LayerCamera, type LayerItem } from './labels/layerItems';

/** The scratch note that tells tests and the console what the layer drew (see LayerNote). */
export const LAYER_NOTE = '_labelLayer';

/**
 * What the layer drew: at which camera, how long the drawing took, and for each name its id, text
 * (lines joined by a space), font size and box on screen (container pixels, at that camera).
 */
export type LayerNote = {
  camera: LayerCamera;
  drawMs: number;
  names: { id: string; text: string; px: number; box: LayerItem['box'] }[];
};

const INK = '#1a1a1a';
const PRESENT_INK = '#000000';
/** The stylesheet's backgrounds: a name's, an emphasised or presented one's, a relationship's. */
const PAPER = 'rgba(255, 255, 255, 0.85)';
const PAPER_EDGE = 'rgba(255, 255, 255, 0.9)';
const PAPER_SOLID = '#ffffff';
/** The frame round an emphasised name (the stylesheet's `text-border-width`, in pixels). */
const FRAME = 1.5;

/**
 * Draws the names into a 2D context, each at `s * k + (x, y)` for a point `s` of the view at the
 * camera they were placed at (k: the canvas's pixel ratio on the layer; another scale for a PNG).
 */
export function drawLabelItems(
  ctx: CanvasRenderingContext2D,
  items: readonly LayerItem[],
  t: { k: number; x: number; y: number },
) {
  ctx.save();
  ctx.setTransform(t.k, 0, 0, t.k, t.x, t.y);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const it of items) {
    const { box, px, pad, look } = it;
    const cx = (box.x1 + box.x2) / 2;
    const cy = (box.y1 + box.y2) / 2;
    ctx.save();
    if (it.angle) {
      ctx.translate(cx, cy);
      ctx.rotate(it.angle);
      ctx.translate(-cx, -cy);
    }
    ctx.beginPath();
    ctx.roundRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1, Math.min(px * 0.25, 4));
    ctx.fillStyle = look.framed || look.present ? PAPER_SOLID : it.edge ? PAPER_EDGE : PAPER;
    ctx.fill();
    if (look.framed) {
      ctx.lineWidth = FRAME;
      ctx.strokeStyle = INK;
      ctx.stroke();
    }
    ctx.fillStyle = look.present ? PRESENT_INK : INK;
    ctx.font = layerFont(px);
    it.lines.forEach((line, i) => ctx.fillText(line, cx, box.y1 + pad + (i + 0.5) * px));
    ctx.restore();
  }
  ctx.restore();
}

export type LabelLayer = {
  /** Draws these names, placed at the camera now; clears what was drawn before. */
  draw(items: readonly LayerItem[]): void;
  /** What was drawn last, and at which camera (for a PNG of the view). */
  drawn(): { items: readonly LayerItem[]; camera: LayerCamera };
  destroy(): void;
};

const layers = new WeakMap<Core, LabelLayer>();

/** The label layer of an instance, if its names are drawn on one. */
export const labelLayerOf = (cy: Core): LabelLayer | null => layers.get(cy) ?? null;

const cameraOf = (cy: Core): LayerCamera => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

/**
 * Puts a label layer over the instance's canvases and has its names drawn there from now on.
 * Null where no canvas can measure text (then Cytoscape keeps drawing them).
 */
export function attachLabelLayer(cy: Core): LabelLayer | null {
  const width = canvasWidth();
  const layerOn = width ? layerCanvas(cy, 'label-layer', { transformOrigin: '0 0' }) : null;
  if (!width || !layerOn) return null;
  const { canvas, ctx } = layerOn;
  let items: readonly LayerItem[] = [];
  let at = cameraOf(cy);
  // where the nodes whose names are drawn were when drawn (model units), so a name follows its
  // node while it is dragged; relationships' names at the ends of a moved node are left out
  let placedAt = new Map<string, { x: number; y: number }>();
  let frame = 0;

  const paint = () => {
    layerOn.clear();
    drawLabelItems(ctx, items, { k: layerOn.ratio(), x: 0, y: 0 });
  };
  // carried with the camera until the next pass draws it afresh
  const onViewport = () => {
    const t = follow(at, cameraOf(cy));
    canvas.style.transform =
      t.k === 1 && t.x === 0 && t.y === 0 ? '' : `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
  };
  const onResize = () => {
    layerOn.fit();
    paint();
  };
  const follows = () => {
    frame = 0;
    const moved = new Set<string>();
    items = items.flatMap((it) => {
      if (it.edge) {
        const e = cy.getElementById(it.id);
        const ends = e.nonempty() ? [e.source().id(), e.target().id()] : [];
        return ends.some((id) => {
          const p = placedAt.get(id);
          const q = cy.getElementById(id).position();
          return !p || p.x !== q.x || p.y !== q.y;
        })
          ? []
          : [it];
      }
      const p = placedAt.get(it.id);
      const n = cy.getElementById(it.id);
      if (!p || n.empty()) return [it];
      const q = n.position();
      if (p.x === q.x && p.y === q.y) return [it];
      moved.add(it.id);
      const dx = (q.x - p.x) * at.zoom;
      const dy = (q.y - p.y) * at.zoom;
      const { box } = it;
      return [{ ...it, box: { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy } }];
    });
    for (const id of moved) placedAt.set(id, { ...cy.getElementById(id).position() });
    paint();
  };
  const onPosition = () => {
    if (!frame && items.length) frame = requestAnimationFrame(follows);
  };
  cy.on('viewport', onViewport);
  cy.on('resize', onResize);
  cy.on('position', 'node', onPosition);
  const measure = new NameMeasure(width);
  drawNamesOnLayer(cy, measure);
  // While the page is idle, every node's names are laid out at the size the last pass drew them
  // at: a pass that meets names not laid out before (a zoom into another part of the network)
  // would otherwise work out their balanced line breaks there and then, tens of milliseconds. Run
  // again after each drawing, so that a new language's names are laid out too.
  let warming: { px: number; stop: () => void; done: () => boolean } | null = null;
  const warm = (px: number) => {
    if (warming?.px === px && !warming.done()) return;
    warming?.stop();
    const nodes = cy.nodes();
    function* texts() {
      for (let i = 0; i < nodes.length; i++)
        for (const key of ['label', 'fullLabel']) {
          const text = nodes[i]!.data(key) as unknown;
          if (typeof text === 'string' && text) yield text;
        }
    }
    warming = { px, ...layOutWhileIdle(measure, texts(), px, whenIdle) };
  };

  const layer: LabelLayer = {
    draw(next) {
      const started = performance.now();
      items = next;
      at = cameraOf(cy);
      placedAt = new Map();
      for (const it of items) {
        const ele = cy.getElementById(it.id);
        if (it.edge) ele.connectedNodes().forEach((n) => void placedAt.set(n.id(), { ...n.position() }));
        else if (ele.nonempty()) placedAt.set(it.id, { ...ele.position() });
      }
      layerOn.refit();
      canvas.style.transform = '';
      paint();
      const note: LayerNote = {
        camera: at,
        drawMs: performance.now() - started,
        names: items.map((it) => ({ id: it.id, text: it.lines.join(' '), px: it.px, box: it.box })),
      };
      setNote(cy, LAYER_NOTE, note);
      const px = items.find((it) => !it.edge)?.px;
      if (px) warm(px);
    },
    drawn: () => ({ items, camera: at }),
    destroy() {
      cy.removeListener('viewport', onViewport);
      cy.removeListener('resize', onResize);
      cy.removeListener('position', 'node', onPosition);
      if (frame) cancelAnimationFrame(frame);
      warming?.stop();
      if (!cy.destroyed()) drawNamesOnLayer(cy, null);
      canvas.remove();
      layers.delete(cy);
    },
  };
  layers.set(cy, layer);
  return layer;
}
