/**
 * One label pass over the live graph: reads each name's size (measureLabels), sets its boxes for
 * the font size the current zoom calls for in each place a name may go, asks the pure placement
 * which to draw and where, and applies the answer in one batch: drawn labels get their font size
 * (`_fs`, in model units) and their place's class, the rest the class `label-hidden` (styled in
 * the one stylesheet with `text-opacity: 0`). A second, cheap look at the drawn labels' real boxes
 * (Cytoscape's own measurement) hides any that still touch, so no two drawn labels ever overlap
 * even where the estimate was off by a pixel. The same placement, at a camera not yet taken, tells
 * the framing how many names a view would draw (legibleShareAt).
 */
import type { Core } from 'cytoscape';
import { chooseLabels, placeLabels, type Box, type LabelCandidate } from './placement';
import {
  CORNER_MARGIN_EM,
  EDGE_FONT_RATIO,
  LABEL_MARGIN_EM,
  LABEL_PADDING_EM,
  modelFontSize,
  NORMAL_SCALE,
  PRESENT_SCALE,
} from './fontSize';
import {
  freshLabelBox,
  LABEL_HIDDEN,
  LABEL_SHORT,
  measureLabels,
  type Ele,
  type LabelSet,
  type TextSize,
} from './measure';

export { flushStyle, freshLabelBox, LABEL_HIDDEN, LABEL_SHORT } from './measure';

/**
 * Scratch field: the model point the user last zoomed in about (zoom keys, buttons, wheel); the
 * names about it are drawn first, so one step in shows them. Framing and zooming out clear it.
 */
export const ZOOM_ANCHOR = '_zoomAnchor';
/**
 * Where a node's name goes, in order of preference: below it (no class), above, right, left, then
 * the four corners (below right, below left, above right, above left).
 */
export const PLACES = [
  '',
  'label-above',
  'label-right',
  'label-left',
  'label-below-right',
  'label-below-left',
  'label-above-right',
  'label-above-left',
] as const;
const PLACE_CLASSES = PLACES.filter(Boolean).join(' ');
/** Within this distance (screen pixels) of the point zoomed in about, names come first. */
const ANCHOR_RADIUS = 90;

export type Camera = { zoom: number; pan: { x: number; y: number } };

export type PassOptions = {
  presentation: boolean;
  /** Overlays over the graph, in the container's pixels. */
  overlays: readonly Box[];
  /** After a zoom-in: the model point zoomed about; labels near it are drawn first. */
  anchor?: { x: number; y: number } | null;
};

export type PassResult = { candidates: number; placed: number; drawn: number; fontPx: number };

/**
 * A name's box in each of the PLACES, in model units, for a node at (`x`, `y`) with half-size
 * `hw` × `hh`, text `w` × `h` at font `font`, and rim `rim`: the text's anchor as Cytoscape puts it
 * for each alignment, shifted by the stylesheet's margins, grown by its padding and rim.
 */
export function placeBoxes(
  node: { x: number; y: number; hw: number; hh: number; rim: number },
  text: { w: number; h: number },
  font: number,
): Box[] {
  const { x, y, hw, hh } = node;
  const { w, h } = text;
  const m = font * LABEL_MARGIN_EM;
  const c = font * CORNER_MARGIN_EM;
  const e = node.rim + font * LABEL_PADDING_EM;
  const at = (x1: number, y1: number): Box => ({ x1: x1 - e, y1: y1 - e, x2: x1 + w + e, y2: y1 + h + e });
  return [
    at(x - w / 2, y + hh + m),
    at(x - w / 2, y - hh - m - h),
    at(x + hw + m, y - h / 2),
    at(x - hw - m - w, y - h / 2),
    at(x + hw + c, y + hh + c),
    at(x - hw - c - w, y + hh + c),
    at(x + hw + c, y - hh - c - h),
    at(x - hw - c - w, y - hh - c - h),
  ];
}

type Entry = LabelCandidate & { ele: Ele; font: number };

/** The candidates for the placement, in screen pixels, as the names would be drawn at `camera`. */
function candidatesAt(set: LabelSet, camera: Camera, opts: PassOptions) {
  const { zoom, pan } = camera;
  const nodeFont = modelFontSize(zoom, opts.presentation ? PRESENT_SCALE : NORMAL_SCALE);
  const edgeFont = nodeFont * EDGE_FONT_RATIO;
  const toScreen = (b: Box): Box => ({
    x1: b.x1 * zoom + pan.x,
    y1: b.y1 * zoom + pan.y,
    x2: b.x2 * zoom + pan.x,
    y2: b.y2 * zoom + pan.y,
  });
  const anchor = opts.anchor ? { x: opts.anchor.x * zoom + pan.x, y: opts.anchor.y * zoom + pan.y } : null;
  // a name may graze another node's outline, never cover its middle
  const bodies = set.bodies.map((b) => ({
    id: b.id,
    box: toScreen({ x1: b.x - b.rw * 0.7, y1: b.y - b.rh * 0.7, x2: b.x + b.rw * 0.7, y2: b.y + b.rh * 0.7 }),
  }));
  const entries: Entry[] = [];
  for (const n of set.nodes) {
    const sized = (t: TextSize) => {
      const k = nodeFont / t.font;
      return placeBoxes(n, { w: t.w * k, h: t.h * k }, nodeFont).map(toScreen);
    };
    // the full name in every place first, then the short one
    const places = n.short ? [...sized(n.text), ...sized(n.short)] : sized(n.text);
    let tier = n.tier;
    let weight = n.weight;
    if (tier === 'rest' && anchor) {
      const d = Math.hypot(n.x * zoom + pan.x - anchor.x, n.y * zoom + pan.y - anchor.y);
      if (d < ANCHOR_RADIUS) {
        tier = 'anchor';
        weight = -d;
      }
    }
    entries.push({
      id: n.id,
      box: places[0]!,
      alternatives: places.slice(1),
      tier,
      weight,
      order: n.order,
      ele: n.ele,
      font: nodeFont,
    });
  }
  for (const e of set.edges) {
    const k = edgeFont / e.font;
    const cx = (e.box.x1 + e.box.x2) / 2;
    const cy = (e.box.y1 + e.box.y2) / 2;
    const box = toScreen({
      x1: cx + (e.box.x1 - cx) * k,
      y1: cy + (e.box.y1 - cy) * k,
      x2: cx + (e.box.x2 - cx) * k,
      y2: cy + (e.box.y2 - cy) * k,
    });
    // relationship labels yield to organisation names of the same tier
    entries.push({ id: e.id, box, tier: e.tier, weight: -1, order: e.order, ele: e.ele, font: edgeFont });
  }
  return { entries, bodies, nodeFont };
}

/** The view a label must lie in: a pixel in from the edges (the container may be a fraction narrower). */
const viewOf = (cy: Core): Box => ({ x1: 1, y1: 1, x2: cy.width() - 1, y2: cy.height() - 1 });

export function runLabelPass(cy: Core, opts: PassOptions): PassResult {
  const camera = { zoom: cy.zoom(), pan: cy.pan() };
  const view = viewOf(cy);
  const { entries, bodies, nodeFont } = candidatesAt(measureLabels(cy), camera, opts);
  const chosen = placeLabels({ candidates: entries, view, blocked: opts.overlays, bodies, gap: 2 });
  cy.batch(() => {
    for (const en of entries) {
      const at = chosen.get(en.id);
      if (at === undefined) {
        en.ele.addClass(LABEL_HIDDEN);
        continue;
      }
      const from = en.ele.data('_fs') as number | undefined;
      if (from === undefined || Math.abs(from - en.font) > en.font * 1e-3) en.ele.data('_fs', en.font);
      en.ele.removeClass(LABEL_HIDDEN);
      if (!en.ele.isNode()) continue;
      const place = PLACES[at % PLACES.length]!;
      if (!place || !en.ele.hasClass(place)) {
        en.ele.removeClass(PLACE_CLASSES);
        if (place) en.ele.addClass(place);
      }
      if (at >= PLACES.length) en.ele.addClass(LABEL_SHORT);
    }
  });

  // the real boxes of the drawn labels, as Cytoscape measures them now: drop any that still touch
  const { zoom, pan } = camera;
  const drawn = entries
    .filter((en) => chosen.has(en.id))
    .map((en) => {
      const b = freshLabelBox(en.ele);
      const box = {
        x1: b.x1 * zoom + pan.x,
        y1: b.y1 * zoom + pan.y,
        x2: b.x2 * zoom + pan.x,
        y2: b.y2 * zoom + pan.y,
      };
      return { ...en, box, alternatives: [] };
    });
  const kept = chooseLabels({ candidates: drawn, view, blocked: opts.overlays, bodies, gap: 0 });
  if (kept.size < drawn.length) {
    cy.batch(() => {
      for (const en of drawn) if (!kept.has(en.id)) en.ele.addClass(LABEL_HIDDEN);
    });
  }
  return { candidates: entries.length, placed: chosen.size, drawn: kept.size, fontPx: nodeFont * zoom };
}

/**
 * How legible a view would be from `camera`, without moving there: the share of the nodes whose
 * centres lie in the view that would have their name drawn. Measures once and places for each
 * camera asked about.
 */
export function legibleShares(cy: Core, cameras: readonly Camera[], opts: PassOptions): number[] {
  const set = measureLabels(cy);
  const view = viewOf(cy);
  const [w, h] = [cy.width(), cy.height()];
  const all = cy.nodes(':visible').map((n) => n.position());
  return cameras.map((camera) => {
    const { zoom, pan } = camera;
    const inView = all.filter((p) => {
      const x = p.x * zoom + pan.x;
      const y = p.y * zoom + pan.y;
      return x >= 0 && y >= 0 && x <= w && y <= h;
    }).length;
    if (!inView) return 0;
    const { entries, bodies } = candidatesAt(set, camera, opts);
    const chosen = placeLabels({ candidates: entries, view, blocked: opts.overlays, bodies, gap: 2 });
    const named = set.nodes.filter((n) => {
      const x = n.x * zoom + pan.x;
      const y = n.y * zoom + pan.y;
      return chosen.has(n.id) && x >= 0 && y >= 0 && x <= w && y <= h;
    }).length;
    return named / inView;
  });
}
