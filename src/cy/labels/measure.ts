/**
 * Reads the live graph for the label pass: for each element that has a name to draw now, how
 * important it is (its tier), where it is, and how large its text is, in model units at the font
 * it was measured at. Nothing here depends on the camera, so one reading serves the pass at the
 * current camera and the framing's look at cameras it might choose.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Box, Tier } from './placement';
import { DEFAULT_FONT, EDGE_FONT_RATIO } from './fontSize';
import { textSizeAt } from './textSize';
import { stepPx, type NameMeasure } from './layerText';
import { marked, MARK_EVENT, offMarksOf } from '../marks';

/** Labels the label controller does not draw (styled with `text-opacity: 0`). */
export const LABEL_HIDDEN = 'label-hidden';
/**
 * The class that draws a node's short name (its acronym) where its full name is called for (a tour
 * step, a path) but finds no room: the full name still shows on hover, focus and selection.
 */
export const LABEL_SHORT = 'label-short';
/** Classes that fade an element: a faded element draws no text and takes no room. */
const FADED = ['faded', 'tour-faded', 'path-dim'];
/** Tiers whose node draws its full name, which may give way to its short name where room is tight. */
const SHORTENS: ReadonlySet<Tier> = new Set<Tier>(['tour', 'path']);

const BOX_OPTS = {
  includeLabels: true,
  includeNodes: false,
  includeEdges: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

export type Ele = NodeSingular | EdgeSingular;
type Styled = { pstyle(name: string): { strValue: string; pfValue: number } };
const style = (ele: Ele, name: string) => (ele as unknown as Styled).pstyle(name);

/** The label text as drawn now (the style's resolved value; `pstyle` is not in the typings). */
export const labelText = (ele: Ele) => style(ele, 'label').strValue;
export const isFaded = (ele: Ele) => FADED.some((c) => ele.hasClass(c));
/** The font size the element's label is drawn at now, in model units. */
export const fontOf = (ele: Ele) =>
  (ele.data('_fs') as number | undefined) ?? (ele.isNode() ? DEFAULT_FONT : DEFAULT_FONT * EDGE_FONT_RATIO);

/** Applies pending style changes now (see freshLabelBox), before boxes are measured. */
export function flushStyle(eles: { forEach(fn: (ele: Ele) => void): unknown }) {
  eles.forEach((ele) => void labelText(ele));
}

/**
 * The element's label box, measured for its current style. Cytoscape applies a changed style
 * lazily, and a bounding box read before that happens is computed from the old label's size and
 * then kept: its label texture is cut to the old size ("ean (EU)" for "European Union (EU)", bold
 * names missing their first and last letters). Reading a style property first applies the new
 * style, so the box (and the texture drawn from it) fits the text drawn.
 */
export function freshLabelBox(ele: Ele): Box & { w: number } {
  labelText(ele);
  return ele.boundingBox(BOX_OPTS);
}

/**
 * What Cytoscape's label box adds round the text on each side, besides the background padding:
 * the frame (half its width) or outline, and its two pixels' margin of error.
 */
const rimOf = (ele: Ele) =>
  Math.max(style(ele, 'text-outline-width').pfValue, style(ele, 'text-border-width').pfValue / 2) + 2;

/** A label's text (without padding and rim) in model units, at the font size it was measured at. */
export type TextSize = { w: number; h: number; font: number };

/** The text's size inside a label box measured now. */
function textSize(ele: Ele, bb: Box): TextSize {
  const e = rimOf(ele) + style(ele, 'text-background-padding').pfValue;
  return { w: Math.max(0, bb.x2 - bb.x1 - 2 * e), h: Math.max(0, bb.y2 - bb.y1 - 2 * e), font: fontOf(ele) };
}

/**
 * A name's text size at a font size (model units). `exact`: measured for that very size from the
 * text (textSize.ts), so the estimate never depends on the size the label had before; otherwise
 * scaled from Cytoscape's box at the size it had (where no canvas measures), and `font` says which.
 */
export type Sizer = {
  at(font: number): { w: number; h: number };
  exact: boolean;
  font: number;
  /** On the label layer: the text, and its size in pixels at a font size in pixels (measured there). */
  text?: string;
  px?(px: number): { w: number; h: number };
  /** On the label layer: a bound on its size at a font size in pixels, without laying it out. */
  bound?(px: number): { w: number; h: number };
};

/** A name on the label layer: measured by the layer's own measure, at the size it is drawn at. */
function layerSizer(text: string, measure: NameMeasure): Sizer {
  // a pass asks each name at one size, and the next pass mostly at the same: the last answers kept
  let laidAt = NaN;
  let laid: { w: number; h: number } | null = null;
  let boundAt = NaN;
  let bound: { w: number; h: number } | null = null;
  const px = (p: number) => {
    if (p !== laidAt || !laid) [laidAt, laid] = [p, measure.lay(text, p)];
    return laid;
  };
  return {
    at: (f) => px(stepPx(f)),
    px,
    bound: (p) => {
      if (p !== boundAt || !bound) [boundAt, bound] = [p, measure.bound(text, p)];
      return bound;
    },
    exact: true,
    font: 0,
    text,
  };
}

function sizerOf(text: string, ele: Ele): Sizer | null {
  if (textSizeAt(text, DEFAULT_FONT)) return { at: (f) => textSizeAt(text, f)!, exact: true, font: 0 };
  // no canvas: scaled from Cytoscape's own box (the text drawn now)
  if (labelText(ele) !== text) return null;
  const bb = freshLabelBox(ele);
  if (!(bb.w > 0)) return null;
  const t = textSize(ele, bb);
  return { at: (f) => ({ w: (t.w * f) / t.font, h: (t.h * f) / t.font }), exact: false, font: t.font };
}

export type NodeLabel = {
  id: string;
  ele: NodeSingular;
  /** Centre and half-size (Cytoscape's width and height: the border is outside them). */
  x: number;
  y: number;
  hw: number;
  hh: number;
  rim: number;
  /** The text as drawn now, and (for a full name that may shorten) the short name's. */
  text: Sizer;
  short?: Sizer;
  tier: Tier;
  weight: number;
  order: number;
  /** On the label layer: how the name is drawn (a frame round an emphasised one; presentation's ink). */
  look?: LabelLook;
};

/** How the label layer draws a name, as the stylesheet draws it on a small network. */
export type LabelLook = { framed: boolean; present: boolean };

export type EdgeLabel = {
  id: string;
  ele: EdgeSingular;
  box: Box;
  font: number;
  tier: Tier;
  order: number;
  /**
   * On the label layer: the text, drawn along its edge (turned by `angle`, upright) about the
   * midpoint of its ends (`x`, `y`, model units); `box` is then unused.
   */
  layer?: { text: string; x: number; y: number; angle: number; look: LabelLook };
};

/** A node's shape, which no other node's name may cover (its centre and half its outer size). */
export type Body = { id: string; x: number; y: number; rw: number; rh: number };

/** `layer`: read for the label layer (names from the data, sizes and rims in screen pixels). */
export type LabelSet = { nodes: NodeLabel[]; edges: EdgeLabel[]; bodies: Body[]; layer?: NameMeasure };

function nodeTier(n: NodeSingular): Tier {
  if (marked(n, 'selected')) return 'selected';
  if (marked(n, 'hover')) return 'hover';
  if (marked(n, 'keyboard-focus')) return 'keyboard';
  if (n.hasClass('tour-focus')) return 'tour';
  if (n.hasClass('path-hop')) return 'path';
  if (n.hasClass('focus-root')) return 'focusRoot';
  if (marked(n, 'nb')) return 'neighbour';
  return 'rest';
}

function edgeTier(e: EdgeSingular): Tier {
  if (marked(e, 'selected')) return 'selected';
  if (marked(e, 'hover')) return 'hover';
  if (e.hasClass('tour-focus')) return 'tour';
  if (e.hasClass('path-hop')) return 'path';
  return 'rest';
}

/** Classes under which a node's full name is drawn, in a frame (the stylesheet's FULL_NAME rules). */
const FULL = ['tour-focus', 'path-hop'];
/** Marks under which it is, as well (see marks.ts). */
const FULL_MARKS = ['selected', 'hover', 'keyboard-focus'] as const;

/**
 * The look of a node's name on the label layer and the text it shows: the full name, framed, where
 * the stylesheet draws it (hovered, selected, focused, in the tour, on a path), the short one
 * otherwise; presenting, a tour's names keep their short form, as the stylesheet has them.
 */
export function layerName(n: NodeSingular): { text: string; look: LabelLook } {
  const present = n.hasClass('present');
  const framed = FULL_MARKS.some((m) => marked(n, m)) || FULL.some((c) => n.hasClass(c));
  const full = framed && !(present && n.hasClass('tour-focus'));
  const short = String(n.data('label') ?? '');
  const text = full ? String(n.data('fullLabel') ?? short) || short : short;
  return { text, look: { framed, present } };
}

/** The angle (radians) a label along the line from `a` to `b` is drawn at, kept upright. */
export function uprightAngle(a: { x: number; y: number }, b: { x: number; y: number }): number {
  let angle = Math.atan2(b.y - a.y, b.x - a.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  else if (angle <= -Math.PI / 2) angle += Math.PI;
  return angle;
}

/** What a reading keeps between passes: everything but the relationship labels' boxes. */
type Reading = {
  nodes: NodeLabel[];
  bodies: Body[];
  /** The relationships with a name to draw now: few (hovered, selected, in a tour or on a path). */
  named: { e: EdgeSingular; order: number }[];
  /** On the label layer: what lets the reading be brought up to date element by element. */
  index?: LayerIndex;
};

/**
 * A layer reading, element by element (see update): each node's slot in dataset order, with what
 * it was read from; the relationships with a tier above `rest` and a name (visible or not: that is
 * looked at each pass, they are few); every node's degree.
 */
type LayerIndex = {
  slots: NodeSlot[];
  slotOf: Map<NodeSingular, NodeSlot>;
  tiered: Map<EdgeSingular, number>;
  edgeOrder: Map<EdgeSingular, number>;
  degree: Map<string, number>;
};
type NodeSlot = { n: NodeSingular; order: number; key: NodeKey; body: Body | null; label: NodeLabel | null };

/**
 * Classes that change nothing a layer reading holds: the emphasis's quietening and relationships'
 * emphasis (opacity and width of lines only), and the classes of the pass on a small network.
 */
const UNREAD: ReadonlySet<string> = new Set(['nb-quiet', 'nb-edge', LABEL_HIDDEN, LABEL_SHORT]);

/**
 * What a node's reading on the layer depends on besides its data and position: whether it is
 * selected, its classes (those in UNREAD apart) and its marks kept off it (see marks.ts).
 */
type NodeKey = { selected: boolean; classes: string[]; marks: string };
const keyOf = (n: NodeSingular): NodeKey => ({
  selected: n.selected(),
  classes: n.classes().filter((c) => !UNREAD.has(c)),
  marks: offMarksOf(n),
});
/** Whether a node's key is still `key` (compared without making a new one: thousands are asked). */
function sameKey(n: NodeSingular, key: NodeKey): boolean {
  if (n.selected() !== key.selected) return false;
  if (offMarksOf(n) !== key.marks) return false;
  let i = 0;
  for (const c of n.classes()) {
    if (UNREAD.has(c)) continue;
    if (key.classes[i++] !== c) return false;
  }
  return i === key.classes.length;
}

/**
 * Whether an element is shown, its style applied first: Cytoscape keeps `visible()` from the last
 * time its style was applied, and applies a changed style only when a style value is read.
 */
export const shownNow = (ele: Ele) => {
  style(ele, 'display');
  if (ele.isEdge()) [ele.source(), ele.target()].forEach((n) => void style(n, 'display'));
  return ele.visible();
};

/** A node's shape as no other name may cover it, or null where it takes no room (hidden, faded). */
function bodyOf(n: NodeSingular): Body | null {
  if (!shownNow(n) || isFaded(n)) return null; // a faded node is a ghost: names may pass over it
  const p = n.position();
  return { id: n.id(), x: p.x, y: p.y, rw: n.outerWidth() / 2, rh: n.outerHeight() / 2 };
}

/** A shown node's name, sized, or null where it has none to draw. */
function labelOf(
  n: NodeSingular,
  tier: Tier,
  order: number,
  degree: ReadonlyMap<string, number>,
  layer?: NameMeasure,
): NodeLabel | null {
  const name = layer ? layerName(n) : null;
  const drawn = name ? name.text : labelText(n);
  if (!drawn) return null;
  const sized = (t: string) => (layer ? layerSizer(t, layer) : sizerOf(t, n));
  const text = sized(drawn);
  if (!text) return null;
  const short = n.data('label') as string | undefined;
  const shortens = SHORTENS.has(tier) && short && short !== drawn ? sized(short) : null;
  const p = n.position();
  return {
    id: n.id(),
    ele: n,
    x: p.x,
    y: p.y,
    hw: n.width() / 2,
    hh: n.height() / 2,
    // on the layer, in screen pixels: half the frame's width round an emphasised name
    rim: name ? (name.look.framed ? 1 : 0) : rimOf(n),
    text,
    ...(shortens ? { short: shortens } : {}),
    tier,
    weight: (n.data('_size') as number | undefined) ?? degree.get(n.id()) ?? 0,
    order,
    ...(name ? { look: name.look } : {}),
  };
}

/** Whether a relationship's name is drawn on the layer, visibility apart (see LayerIndex). */
const layerNamed = (e: EdgeSingular) => edgeTier(e) !== 'rest' && Boolean(e.data('label'));

/**
 * Every name that could be drawn now, with its size; a full name that may shorten, with its short
 * name's too. Node labels are sized from their text (textSize.ts), relationship labels from
 * Cytoscape's box at the size they have (they are few, and turn with their edge).
 */
function read(cy: Core, layer?: NameMeasure): Reading {
  const bodies: Body[] = [];
  const shown: { n: NodeSingular; tier: Tier; order: number }[] = [];
  const allNodes = cy.nodes();
  // every node's degree in one sweep over the edges (asking each node walks its edges again)
  const degree = new Map<string, number>();
  const named: Reading['named'] = [];
  const tiered = new Map<EdgeSingular, number>();
  const edgeOrder = new Map<EdgeSingular, number>();
  let order = allNodes.length;
  cy.edges().forEach((e) => {
    order++;
    const s = e.data('source') as string;
    const t = e.data('target') as string;
    if (s !== t) {
      degree.set(s, (degree.get(s) ?? 0) + 1);
      degree.set(t, (degree.get(t) ?? 0) + 1);
    }
    if (layer) {
      edgeOrder.set(e, order);
      if (layerNamed(e)) tiered.set(e, order);
    } else if (labelText(e) && e.visible() && !isFaded(e)) named.push({ e, order });
  });
  order = 0;
  const wasShort: NodeSingular[] = [];
  const bodyAt = new Map<NodeSingular, Body>();
  allNodes.forEach((n) => {
    order++;
    if (n.hasClass(LABEL_SHORT)) wasShort.push(n);
    const body = bodyOf(n);
    if (!body) return;
    bodies.push(body);
    bodyAt.set(n, body);
    shown.push({ n, tier: nodeTier(n), order });
  });
  // a name left short by an earlier pass is measured as the stylesheet draws it now
  if (wasShort.length) cy.batch(() => wasShort.forEach((n) => void n.removeClass(LABEL_SHORT)));
  const nodes: NodeLabel[] = [];
  const labelAt = new Map<NodeSingular, NodeLabel>();
  for (const { n, tier, order: o } of shown) {
    const label = labelOf(n, tier, o, degree, layer);
    if (!label) continue;
    nodes.push(label);
    labelAt.set(n, label);
  }
  if (!layer) return { nodes, bodies, named };
  const slots: NodeSlot[] = [];
  const slotOf = new Map<NodeSingular, NodeSlot>();
  allNodes.forEach((n, i) => {
    const slot = {
      n,
      order: i + 1,
      key: keyOf(n),
      body: bodyAt.get(n) ?? null,
      label: labelAt.get(n) ?? null,
    };
    slots.push(slot);
    slotOf.set(n, slot);
  });
  const index = { slots, slotOf, tiered, edgeOrder, degree };
  return { nodes, bodies, named: namedOf(index), index };
}

/** The relationships whose names the layer draws now: those of a tier above `rest` now shown. */
function namedOf(index: LayerIndex): Reading['named'] {
  const named: Reading['named'] = [];
  for (const [e, order] of index.tiered)
    if (!e.removed() && shownNow(e) && !isFaded(e)) named.push({ e, order });
  return named.sort((a, b) => a.order - b.order);
}

/**
 * A layer reading brought up to date for the elements changed since (`changed`: a class, a style,
 * a selection; `moved`: data or position, read again whatever they are): a node whose selection
 * and classes are as they were (the emphasis quietening the rest of the graph gives thousands of
 * elements a class no reading depends on) keeps its reading, so that its style is not worked out
 * again here; the others are read again. The node lists are new only where something changed.
 */
function update(
  reading: Reading,
  index: LayerIndex,
  changed: ReadonlySet<Ele>,
  moved: ReadonlySet<Ele>,
  layer: NameMeasure,
): Reading {
  let nodesChanged = false;
  let edgesChanged = false;
  const again = (ele: Ele, forced: boolean) => {
    if (ele.removed()) return;
    if (ele.isEdge()) {
      const had = index.tiered.has(ele);
      const has = layerNamed(ele);
      if (!had && !has) return;
      const order = index.edgeOrder.get(ele);
      if (order === undefined) return;
      edgesChanged = true;
      if (has) index.tiered.set(ele, order);
      else index.tiered.delete(ele);
      return;
    }
    const n = ele as NodeSingular;
    const slot = index.slotOf.get(n);
    if (!slot) return;
    if (!forced && sameKey(n, slot.key)) return;
    slot.key = keyOf(n);
    slot.body = bodyOf(n);
    slot.label = slot.body ? labelOf(n, nodeTier(n), slot.order, index.degree, layer) : null;
    nodesChanged = true;
  };
  for (const ele of moved) again(ele, true);
  for (const ele of changed) if (!moved.has(ele)) again(ele, false);
  // an edge's visibility follows its ends': its name is looked at again whatever changed
  if (!nodesChanged && !edgesChanged) return reading;
  const next: Reading = { ...reading, named: namedOf(index) };
  if (nodesChanged) {
    next.nodes = [];
    next.bodies = [];
    for (const slot of index.slots) {
      if (slot.body) next.bodies.push(slot.body);
      if (slot.label) next.nodes.push(slot.label);
    }
  }
  return next;
}

/** The relationship labels' boxes, measured at the size they have now (on the layer: their lines). */
function edgeLabels(named: Reading['named'], layer?: NameMeasure): EdgeLabel[] {
  const edges: EdgeLabel[] = [];
  for (const { e, order } of named) {
    if (layer) {
      const [a, b] = [e.source().position(), e.target().position()];
      const present = e.hasClass('present');
      edges.push({
        id: e.id(),
        ele: e,
        box: { x1: 0, y1: 0, x2: 0, y2: 0 },
        font: DEFAULT_FONT * EDGE_FONT_RATIO,
        tier: edgeTier(e),
        order,
        layer: {
          text: String(e.data('label')),
          x: (a.x + b.x) / 2,
          y: (a.y + b.y) / 2,
          angle: uprightAngle(a, b),
          look: { framed: false, present },
        },
      });
      continue;
    }
    const bb = freshLabelBox(e);
    if (bb.w > 0) edges.push({ id: e.id(), ele: e, box: bb, font: fontOf(e), tier: edgeTier(e), order });
  }
  return edges;
}

/** Every name that could be drawn now, read afresh (see readLabels). */
export function measureLabels(cy: Core): LabelSet {
  const { nodes, bodies, named } = read(cy);
  return { nodes, edges: edgeLabels(named), bodies };
}

/**
 * Per instance: the last reading (and the layer's measure it was read for, if any), whether
 * changes now are the label pass's own, and (on the layer) the elements changed since the reading.
 */
type Cache = {
  reading: Reading | null;
  layer?: NameMeasure;
  quiet: number;
  changed: Set<Ele>;
  moved: Set<Ele>;
};
const caches = new WeakMap<Core, Cache>();

/**
 * Element changes that can alter a reading: a class (hover, selection, filters, fading), a
 * selection, a mark kept off the elements (see marks.ts), a style (a new stylesheet), data (a language, a size), a position; an element added
 * or removed (which always reads everything afresh).
 */
const CHANGES = `class select unselect style ${MARK_EVENT}`;
const MOVES = 'data position';
const ADDED = 'add remove';

function cacheOf(cy: Core): Cache {
  let c = caches.get(cy);
  if (!c) {
    const cache: Cache = { reading: null, quiet: 0, changed: new Set(), moved: new Set() };
    // on the layer a reading is brought up to date element by element (see update); otherwise read afresh
    const note = (into: Set<Ele>) => (e: { target: Ele }) => {
      if (cache.quiet || !cache.reading) return;
      if (cache.reading.index) into.add(e.target);
      else cache.reading = null;
    };
    cy.on(CHANGES, note(cache.changed));
    cy.on(MOVES, note(cache.moved));
    cy.on(ADDED, () => {
      if (!cache.quiet) cache.reading = null;
    });
    caches.set(cy, cache);
    c = cache;
  }
  return c;
}

/**
 * The names that could be drawn now, as measureLabels reads them, kept while nothing about the
 * elements changes: a pass after the camera moved (the common case: pan and zoom) reads only the
 * few relationship labels again, not thousands of nodes. Any change to the elements (see CHANGES)
 * that is not the label pass's own (see quietly) makes the next call read everything afresh; on
 * the label layer, only the elements changed are looked at again (see update), and an element
 * added or removed reads everything afresh.
 */
export function readLabels(cy: Core): LabelSet {
  const cache = cacheOf(cy);
  const layer = layers.get(cy);
  const index = cache.reading?.index;
  if (!cache.reading || cache.layer !== layer) {
    cache.reading = quietly(cy, () => read(cy, layer));
    cache.layer = layer;
  } else if (layer && index && (cache.changed.size || cache.moved.size)) {
    const reading = cache.reading;
    cache.reading = quietly(cy, () => update(reading, index, cache.changed, cache.moved, layer));
  }
  cache.changed.clear();
  cache.moved.clear();
  const { nodes, bodies, named } = cache.reading;
  return { nodes, edges: edgeLabels(named, layer), bodies, ...(layer ? { layer } : {}) };
}

/** Layer readings whose names have all been measured once (see readyLayerPass). */
const measuredReadings = new WeakSet<Reading>();

/**
 * Readies a pass on the label layer by one step, in the task it is called in: reads every name
 * where there is no reading to keep; otherwise measures once each name of the reading not yet
 * measured (what a pass's first look at every name, `bound`, scales from). Returns whether it did
 * either; the pass is then to follow in a task of its own. At 5,000 nodes a first pass that did
 * it all was one task of 170 ms: about 65 of reading, 60 of measuring, 50 of placing.
 */
export function readyLayerPass(cy: Core): boolean {
  const layer = layers.get(cy);
  if (!layer) return false;
  const cache = cacheOf(cy);
  if (!cache.reading || cache.layer !== layer) {
    readLabels(cy);
    return true;
  }
  const reading = cache.reading;
  if (measuredReadings.has(reading)) return false;
  measuredReadings.add(reading);
  let fresh = false;
  for (const n of reading.nodes)
    for (const sizer of [n.text, n.short]) if (sizer?.text && layer.measureOnce(sizer.text)) fresh = true;
  return fresh;
}

/**
 * Runs `fn`, whose changes to the elements (the label pass's classes and font sizes, which a
 * reading does not depend on) keep the reading.
 */
export function quietly<T>(cy: Core, fn: () => T): T {
  const cache = cacheOf(cy);
  cache.quiet++;
  try {
    return fn();
  } finally {
    cache.quiet--;
  }
}

/** Per instance: the label layer's measure, where names are drawn on the layer (see labelLayer.ts). */
const layers = new WeakMap<Core, NameMeasure>();

/**
 * Names of this instance are drawn on the label layer, measured by `measure` (or, with null, by
 * Cytoscape again): every reading from now on is the layer's (the pass, and the framing's look at
 * cameras it might choose).
 */
export function drawNamesOnLayer(cy: Core, measure: NameMeasure | null): void {
  if (measure) layers.set(cy, measure);
  else layers.delete(cy);
}

/** Whether this instance's names are drawn on the label layer (see drawNamesOnLayer). */
export function namesOnLayer(cy: Core): boolean {
  return layers.has(cy);
}

/**
 * Emitted on the instance when its names were set without Cytoscape's `data()` (no `data` event:
 * see applyLanguage); the reading is forgotten already, and the label pass follows.
 */
export const NAMES_EVENT = 'names';

/** Forgets the reading: the next readLabels reads everything afresh. */
export function forgetLabels(cy: Core): void {
  const cache = cacheOf(cy);
  cache.reading = null;
  cache.changed.clear();
  cache.moved.clear();
}
