/**
 * One label pass over the live graph: reads each name's size (readLabels: kept from the last pass
 * while the elements have not changed, so a pass after a pan or zoom reads nothing), sets its boxes for
 * the font size the current zoom calls for in each place a name may go, asks the pure placement
 * which to draw and where, and applies the answer in one batch: drawn labels get their font size
 * (`_fs`, in model units) and their place's class, the rest the class `label-hidden` (styled in
 * the one stylesheet with `text-opacity: 0`). A second, cheap look at the drawn labels' real boxes
 * (Cytoscape's own measurement) hides any that still touch, so no two drawn labels ever overlap
 * even where the estimate was off by a pixel. The same placement, at a camera not yet taken, tells
 * the framing how many names a view would draw (legibleShares).
 */
import type { Core } from 'cytoscape';
import {
  chooseLabels,
  compareCandidates,
  placeLabels,
  thinOut,
  TIERS,
  type Box,
  type LabelCandidate,
} from './placement';
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
  quietly,
  readLabels,
  type Ele,
  type LabelLook,
  type LabelSet,
  type NodeLabel,
  type Sizer,
} from './measure';
import { stepPx } from './layerText';
import { shrink, turnedBox, type LayerItem } from './layerItems';

export {
  flushStyle,
  forgetLabels,
  freshLabelBox,
  LABEL_HIDDEN,
  LABEL_SHORT,
  NAMES_EVENT,
  namesOnLayer,
  quietly,
  readyLayerPass,
} from './measure';

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
/** Within this distance (screen pixels) of the point zoomed in about, names come first. */
const ANCHOR_RADIUS = 90;
/**
 * Beyond this many names that could be in view, only a few per cell of the screen are tried: a
 * view of thousands of nodes draws a few hundred names at most. Far above the built-in network.
 */
const DENSE = 1000;
/** The cell (screen pixels) and the names tried in each, in a view beyond DENSE. */
const DENSE_CELL = 48;
const DENSE_PER_CELL = 3;

export type Camera = { zoom: number; pan: { x: number; y: number } };

export type PassOptions = {
  presentation: boolean;
  /** Overlays over the graph, in the container's pixels. */
  overlays: readonly Box[];
  /** After a zoom-in: the model point zoomed about; labels near it are drawn first. */
  anchor?: { x: number; y: number } | null;
};

export type PassResult = {
  /** Names that could be in view. */
  candidates: number;
  /** Names the placement tried (in a crowded view, a few per cell: see DENSE). */
  tried: number;
  placed: number;
  drawn: number;
  fontPx: number;
  /**
   * Some names were measured at another font size and scaled: the next pass measures them at this
   * one, so that a view looks the same however it was reached (text does not scale exactly).
   */
  rescaled: boolean;
};

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

/**
 * A candidate, with its element, the font it is to be drawn at and the one it was measured at;
 * `exact`: its size was measured from its text (so it does not depend on the size it has now).
 */
type Entry = LabelCandidate & {
  ele: Ele;
  font: number;
  measured: number;
  exact: boolean;
  /** On the label layer: the texts of its places (the full name's, then the short name's), and its look. */
  layer?: { px: number; texts: readonly string[]; rim: number; pad: number; look: LabelLook; angle: number };
};

/**
 * A reading's names in priority order (tier, weight, dataset order; see compareCandidates), sorted
 * once per reading: at a camera only the names about the point zoomed in on move (up), so a pass
 * walks the names in this order and needs no sort of thousands of them.
 */
const ranked = new WeakMap<readonly NodeLabel[], readonly NodeLabel[]>();
function rankedOf(nodes: readonly NodeLabel[]): readonly NodeLabel[] {
  let r = ranked.get(nodes);
  if (!r) {
    // the tier's rank looked up once per name, not at each comparison
    const keyed = nodes.map((n) => ({ n, rank: TIERS.indexOf(n.tier) }));
    keyed.sort((a, b) => a.rank - b.rank || b.n.weight - a.n.weight || a.n.order - b.n.order);
    ranked.set(nodes, (r = keyed.map((k) => k.n)));
  }
  return r;
}

/** Padding round a relationship's name on the layer, in pixels (the stylesheet's 1px). */
const EDGE_PADDING = 1;

/**
 * The candidates for the placement, in screen pixels, as the names would be drawn at `camera`.
 * Boxes are set in screen pixels directly (the camera only scales and shifts), and a name none of
 * whose places could lie in the view is left out at once, as is a node's shape outside it: a pass
 * over a large network zoomed in costs what the part in view costs.
 */
function candidatesAt(set: LabelSet, camera: Camera, view: Box, opts: PassOptions) {
  const { zoom, pan } = camera;
  const layer = set.layer;
  const nodeFont = modelFontSize(zoom, opts.presentation ? PRESENT_SCALE : NORMAL_SCALE);
  const edgeFont = nodeFont * EDGE_FONT_RATIO;
  // on screen (on the layer, in the steps it draws at)
  const font = layer ? stepPx(nodeFont * zoom) : nodeFont * zoom;
  const margin = font * Math.max(LABEL_MARGIN_EM, CORNER_MARGIN_EM);
  const anchor = opts.anchor ? { x: opts.anchor.x * zoom + pan.x, y: opts.anchor.y * zoom + pan.y } : null;
  // a name may graze another node's outline, never cover its middle
  const bodies: { id: string; box: Box }[] = [];
  for (const b of set.bodies) {
    const x = b.x * zoom + pan.x;
    const y = b.y * zoom + pan.y;
    const rw = b.rw * zoom * 0.7;
    const rh = b.rh * zoom * 0.7;
    if (x + rw < view.x1 || x - rw > view.x2 || y + rh < view.y1 || y - rh > view.y2) continue;
    bodies.push({ id: b.id, box: { x1: x - rw, y1: y - rh, x2: x + rw, y2: y + rh } });
  }
  // the names that could reach the view, with their priority at this camera, most important
  // first (the order kept from the reading; the names about the point zoomed in on moved up)
  const onScreen = (t: { w: number; h: number }) => ({ w: t.w * zoom, h: t.h * zoom });
  // on the layer, the reach is bounded without laying the text out: only the names that may
  // reach the view and are tried are measured at this size
  const reach = (s: Sizer) => (s.bound ? s.bound(font) : s.px ? s.px(font) : onScreen(s.at(nodeFont)));
  const pad = font * LABEL_PADDING_EM;
  type Near = {
    n: NodeLabel;
    node: { x: number; y: number; hw: number; hh: number; rim: number };
    text: { w: number; h: number };
    short: { w: number; h: number } | null;
    tier: NodeLabel['tier'];
    weight: number;
    order: number;
    x: number;
    y: number;
  };
  const head: Near[] = [];
  const anchored: Near[] = [];
  const rest: Near[] = [];
  for (const n of rankedOf(set.nodes)) {
    const x = n.x * zoom + pan.x;
    const y = n.y * zoom + pan.y;
    const hw = n.hw * zoom;
    const hh = n.hh * zoom;
    // a layer's rim is in screen pixels already
    const rim = layer ? n.rim : n.rim * zoom;
    const text = reach(n.text);
    const short = n.short ? reach(n.short) : null;
    // the reach of its farthest place (left or right, above or below)
    const e = rim + pad;
    const rx = hw + margin + Math.max(text.w, short?.w ?? 0) + e;
    const ry = hh + margin + Math.max(text.h, short?.h ?? 0) + e;
    if (x + rx < view.x1 || x - rx > view.x2 || y + ry < view.y1 || y - ry > view.y2) continue;
    const near: Near = {
      n,
      node: { x, y, hw, hh, rim },
      text,
      short,
      tier: n.tier,
      weight: n.weight,
      order: n.order,
      x,
      y,
    };
    if (n.tier !== 'rest') head.push(near);
    else if (!anchor) rest.push(near);
    else {
      const d = Math.hypot(x - anchor.x, y - anchor.y);
      if (d < ANCHOR_RADIUS) anchored.push({ ...near, tier: 'anchor', weight: -d });
      else rest.push(near);
    }
  }
  const near = head.concat(anchored.sort(compareCandidates), rest);
  // thousands of names in view: a few per cell, the most important first (see thinOut)
  const tried = near.length > DENSE ? thinOut(near, DENSE_CELL, DENSE_PER_CELL) : near;
  const entries: Entry[] = [];
  for (const { n, node, tier, weight, ...reached } of tried) {
    const exact = (s: NonNullable<typeof n.short>) => (s.px ? s.px(font) : null);
    const text = exact(n.text) ?? reached.text;
    const short = n.short ? (exact(n.short) ?? reached.short) : null;
    // the full name in every place first, then the short one
    const places = placeBoxes(node, text, font);
    if (short) places.push(...placeBoxes(node, short, font));
    entries.push({
      id: n.id,
      box: places[0]!,
      alternatives: places.slice(1),
      tier,
      weight,
      order: n.order,
      ele: n.ele,
      font: nodeFont,
      measured: n.text.exact ? nodeFont : n.text.font,
      exact: n.text.exact,
      ...(layer && n.look
        ? {
            layer: {
              px: font,
              texts: [n.text.text ?? '', ...(n.short ? [n.short.text ?? ''] : [])],
              rim: node.rim,
              pad: font * LABEL_PADDING_EM,
              look: n.look,
              angle: 0,
            },
          }
        : {}),
    });
  }
  const edgePx = stepPx(edgeFont * zoom);
  for (const e of set.edges) {
    if (layer && e.layer) {
      // on the layer: the name along its line, about the middle of its ends
      const t = layer.lay(e.layer.text, edgePx);
      const x = e.layer.x * zoom + pan.x;
      const y = e.layer.y * zoom + pan.y;
      entries.push({
        id: e.id,
        box: turnedBox(x, y, t.w, t.h, EDGE_PADDING, e.layer.angle),
        tier: e.tier,
        weight: -1,
        order: e.order,
        ele: e.ele,
        font: edgeFont,
        measured: edgeFont,
        exact: true,
        layer: {
          px: edgePx,
          texts: [e.layer.text],
          rim: 0,
          pad: EDGE_PADDING,
          look: e.layer.look,
          angle: e.layer.angle,
        },
      });
      continue;
    }
    const k = edgeFont / e.font;
    const cx = (e.box.x1 + e.box.x2) / 2;
    const cy = (e.box.y1 + e.box.y2) / 2;
    const box = {
      x1: (cx + (e.box.x1 - cx) * k) * zoom + pan.x,
      y1: (cy + (e.box.y1 - cy) * k) * zoom + pan.y,
      x2: (cx + (e.box.x2 - cx) * k) * zoom + pan.x,
      y2: (cy + (e.box.y2 - cy) * k) * zoom + pan.y,
    };
    // relationship labels yield to organisation names of the same tier
    entries.push({
      id: e.id,
      box,
      tier: e.tier,
      weight: -1,
      order: e.order,
      ele: e.ele,
      font: edgeFont,
      measured: e.font,
      exact: false,
    });
  }
  return { entries, bodies, nodeFont, near: near.length + set.edges.length };
}

/**
 * The placement of a pass at `camera`: which names are drawn and in which place (see placeLabels;
 * a place past the eighth is the short name's). Pure, given the reading of the graph.
 */
export function placeAt(set: LabelSet, camera: Camera, view: Box, opts: PassOptions) {
  const { entries, bodies, nodeFont, near } = candidatesAt(set, camera, view, opts);
  const chosen = placeLabels({ candidates: entries, view, blocked: opts.overlays, bodies, gap: 2 });
  return { entries, bodies, nodeFont, chosen, near };
}

/** Gives or takes a class only where the element's state differs (see runLabelPass). */
function setClass(ele: Ele, cls: string, on: boolean) {
  if (ele.hasClass(cls) !== on) {
    if (on) ele.addClass(cls);
    else ele.removeClass(cls);
  }
}

/** The view a label must lie in: a pixel in from the edges (the container may be a fraction narrower). */
const viewOf = (cy: Core): Box => ({ x1: 1, y1: 1, x2: cy.width() - 1, y2: cy.height() - 1 });

/**
 * What the label layer draws for a placement: each chosen name in the place chosen for it, its
 * text (the short name's in a place past the eighth) laid out at the layer's font size.
 */
function layerItems(set: LabelSet, entries: readonly Entry[], chosen: ReadonlyMap<string, number>) {
  const items: LayerItem[] = [];
  for (const en of entries) {
    const at = chosen.get(en.id);
    if (at === undefined || !en.layer || !set.layer) continue;
    const { px, texts, rim, pad, look, angle } = en.layer;
    const text = texts[Math.floor(at / PLACES.length)] ?? texts[0]!;
    const place = at === 0 ? en.box : en.alternatives![at - 1]!;
    const laid = set.layer.lay(text, px);
    if (en.ele.isNode()) {
      items.push({
        id: en.id,
        lines: laid.lines,
        px,
        box: shrink(place, rim),
        pad,
        angle,
        look,
        edge: false,
      });
    } else {
      // a relationship's name: the level box about the same centre, turned when drawn
      const cx = (place.x1 + place.x2) / 2;
      const cy = (place.y1 + place.y2) / 2;
      const box = turnedBox(cx, cy, laid.w, laid.h, pad, 0);
      items.push({ id: en.id, lines: laid.lines, px, box, pad, angle, look, edge: true });
    }
  }
  return items;
}

/**
 * One label pass. On a network whose names are drawn on the label layer (see drawNamesOnLayer),
 * it changes nothing on the elements (no class, no data: Cytoscape keeps its picture) and returns
 * what the layer is to draw (`items`); otherwise it applies the placement to the elements.
 */
export function runLabelPass(cy: Core, opts: PassOptions): PassResult & { items?: LayerItem[] } {
  const camera = { zoom: cy.zoom(), pan: cy.pan() };
  const view = viewOf(cy);
  const set = readLabels(cy);
  const { entries, bodies, nodeFont, chosen, near } = placeAt(set, camera, view, opts);
  if (set.layer) {
    const items = layerItems(set, entries, chosen);
    return {
      candidates: near,
      tried: entries.length,
      placed: chosen.size,
      drawn: items.length,
      fontPx: entries.find((en) => en.layer && !en.ele.isEdge())?.layer?.px ?? nodeFont * camera.zoom,
      rescaled: false,
      items,
    };
  }
  // the pass's own changes (classes, font sizes) keep the reading for the next pass
  const kept = quietly(cy, () => apply(cy, set, entries, chosen, camera, view, opts, bodies));
  return {
    candidates: near,
    tried: entries.length,
    placed: chosen.size,
    drawn: kept,
    fontPx: nodeFont * camera.zoom,
    rescaled: entries.some((en) => Math.abs(en.measured - en.font) > en.font * 1e-3),
  };
}

/**
 * Per instance: the elements the last pass left a font size (`_fs`) or a place on (see apply).
 */
const dressedBy = new WeakMap<Core, Set<Ele>>();

/**
 * Takes the pass's font size and place off an element whose name it no longer draws. The size is
 * set to null, not removed: Cytoscape does not restyle an element whose data is removed, so its
 * label would keep the old size.
 */
function undress(ele: Ele) {
  if (ele.data('_fs') != null) ele.data('_fs', null);
  setClass(ele, LABEL_SHORT, false);
  if (ele.isNode()) for (const p of PLACES) if (p) setClass(ele, p, false);
}

/**
 * Applies a placement to the graph; returns how many labels are drawn.
 *
 * What the pass leaves on the elements depends on the view alone, never on the views before: a
 * drawn name has the font size and place of this pass; a name sized from Cytoscape's box has this
 * pass's font size, drawn or not; every other element (a name not drawn, faded, out of view) has
 * neither. A name not drawn is still part of Cytoscape's bounding box of the graph, and that box
 * is where the picture at rest is drawn from (its layered texture starts at the box's corner, and
 * names are copied into it pixel for pixel): a faded name left at the size of the step before
 * would shift the names of a step reached with Next by a pixel from the same step opened from
 * its link. Only elements whose state changes are touched (those the last pass dressed).
 */
function apply(
  cy: Core,
  set: LabelSet,
  entries: readonly Entry[],
  chosen: ReadonlyMap<string, number>,
  camera: Camera,
  view: Box,
  opts: PassOptions,
  bodies: readonly { id: string; box: Box }[],
): number {
  const before = dressedBy.get(cy);
  const dressed = new Set<Ele>();
  cy.batch(() => {
    // Only what changes is touched: Cytoscape restyles (and redraws) every element given a class,
    // even one it already has, which at thousands of nodes costs far more than the placement.
    // Names that could not be in the view at all are not drawn (nor measured again).
    for (const n of set.nodes) if (!chosen.has(n.id)) setClass(n.ele, LABEL_HIDDEN, true);
    for (const e of set.edges) if (!chosen.has(e.id)) setClass(e.ele, LABEL_HIDDEN, true);
    for (const en of entries) {
      // a drawn name takes its font size; so does one sized from Cytoscape's box, drawn or not,
      // so that the next pass measures it at this size (see `rescaled`)
      const at = chosen.get(en.id);
      if (at === undefined && en.exact) continue;
      dressed.add(en.ele);
      const from = en.ele.data('_fs') as number | null | undefined;
      if (from == null || Math.abs(from - en.font) > en.font * 1e-3) en.ele.data('_fs', en.font);
      if (at !== undefined) setClass(en.ele, LABEL_HIDDEN, false);
      if (!en.ele.isNode()) continue;
      const place = at === undefined ? null : PLACES[at % PLACES.length]!;
      for (const p of PLACES) if (p) setClass(en.ele, p, p === place);
      setClass(en.ele, LABEL_SHORT, at !== undefined && at >= PLACES.length);
    }
    // the rest of what the last pass dressed goes back to the stylesheet's defaults
    if (before) for (const ele of before) if (!dressed.has(ele) && !ele.removed()) undress(ele);
  });
  dressedBy.set(cy, dressed);

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
      for (const en of drawn) if (!kept.has(en.id)) setClass(en.ele, LABEL_HIDDEN, true);
    });
  }
  return kept.size;
}

/**
 * How legible a view would be from `camera`, without moving there: the share of the nodes whose
 * centres lie in the view that would have their name drawn. Measures once and places for each
 * camera asked about.
 */
export function legibleShares(cy: Core, cameras: readonly Camera[], opts: PassOptions): number[] {
  const set = readLabels(cy);
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
    const { chosen } = placeAt(set, camera, view, opts);
    const named = set.nodes.filter((n) => {
      const x = n.x * zoom + pan.x;
      const y = n.y * zoom + pan.y;
      return chosen.has(n.id) && x >= 0 && y >= 0 && x <= w && y <= h;
    }).length;
    return named / inView;
  });
}
