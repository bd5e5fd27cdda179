/**
 * One label pass over the live graph: reads each label's box (scaled to the font size the current
 * zoom calls for), asks the pure placement which to draw, and applies the answer in one batch:
 * drawn labels get their font size (`_fs`, in model units), the rest the class `label-hidden`
 * (styled in the one stylesheet with `text-opacity: 0`). A second, cheap look at the drawn labels'
 * real boxes (Cytoscape's own measurement) hides any that still touch, so no two drawn labels ever
 * overlap even where the scaled estimate was off by a pixel.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { chooseLabels, placeLabels, type Box, type LabelCandidate, type Tier } from './placement';
import { DEFAULT_FONT, EDGE_FONT_RATIO, modelFontSize, NORMAL_SCALE, PRESENT_SCALE } from './fontSize';

export const LABEL_HIDDEN = 'label-hidden';
/**
 * Scratch field: the model point the user last zoomed in about (zoom keys, buttons, wheel); the
 * names about it are drawn first, so one step in shows them. Framing and zooming out clear it.
 */
export const ZOOM_ANCHOR = '_zoomAnchor';
/** Where a node's name goes, in order of preference: below it (no class), above, right, left. */
export const PLACES = ['', 'label-above', 'label-right', 'label-left'] as const;
const PLACE_CLASSES = PLACES.filter(Boolean).join(' ');
/** Classes that fade an element: a faded element draws no text and takes no room. */
const FADED = ['faded', 'tour-faded', 'path-dim'];

export type PassOptions = {
  presentation: boolean;
  /** Overlays over the graph, in the container's pixels. */
  overlays: readonly Box[];
  /** After a zoom-in: the model point zoomed about; labels near it are drawn first. */
  anchor?: { x: number; y: number } | null;
};

export type PassResult = { candidates: number; placed: number; drawn: number; fontPx: number };

const BOX_OPTS = {
  includeLabels: true,
  includeNodes: false,
  includeEdges: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;
const ANCHOR_RADIUS = 90;

function nodeTier(n: NodeSingular): Tier {
  if (n.selected()) return 'selected';
  if (n.hasClass('hover')) return 'hover';
  if (n.hasClass('keyboard-focus')) return 'keyboard';
  if (n.hasClass('tour-focus')) return 'tour';
  if (n.hasClass('path-hop')) return 'path';
  if (n.hasClass('focus-root')) return 'focusRoot';
  if (n.hasClass('nb')) return 'neighbour';
  return 'rest';
}

function edgeTier(e: EdgeSingular): Tier {
  if (e.selected()) return 'selected';
  if (e.hasClass('hover')) return 'hover';
  if (e.hasClass('tour-focus')) return 'tour';
  if (e.hasClass('path-hop')) return 'path';
  return 'rest';
}

type Ele = NodeSingular | EdgeSingular;
const faded = (ele: Ele) => FADED.some((c) => ele.hasClass(c));
/** The label text as drawn now (the style's resolved value; `pstyle` is not in the typings). */
const labelText = (ele: Ele) =>
  (ele as unknown as { pstyle(name: string): { strValue: string } }).pstyle('label').strValue;

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

/** The label's model box scaled from font `from` to font `to` about a fixed point. */
function scaled(bb: Box, about: { x: number; y: number }, k: number): Box {
  return {
    x1: about.x + (bb.x1 - about.x) * k,
    y1: about.y + (bb.y1 - about.y) * k,
    x2: about.x + (bb.x2 - about.x) * k,
    y2: about.y + (bb.y2 - about.y) * k,
  };
}

type Entry = LabelCandidate & { ele: Ele; font: number; prefs?: number[] };

export function runLabelPass(cy: Core, opts: PassOptions): PassResult {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const scale = opts.presentation ? PRESENT_SCALE : NORMAL_SCALE;
  const nodeFont = modelFontSize(zoom, scale);
  const edgeFont = nodeFont * EDGE_FONT_RATIO;
  // a pixel in from the edges: the container may be a fraction of a pixel narrower than cy.width()
  const view = { x1: 1, y1: 1, x2: cy.width() - 1, y2: cy.height() - 1 };
  const toScreen = (b: Box): Box => ({
    x1: b.x1 * zoom + pan.x,
    y1: b.y1 * zoom + pan.y,
    x2: b.x2 * zoom + pan.x,
    y2: b.y2 * zoom + pan.y,
  });
  const anchor = opts.anchor ? { x: opts.anchor.x * zoom + pan.x, y: opts.anchor.y * zoom + pan.y } : null;
  const entries: Entry[] = [];

  const bodies: { id: string; box: Box }[] = [];
  let order = 0;
  cy.nodes().forEach((n) => {
    order++;
    if (!n.visible()) return;
    const p = n.position();
    const rw = n.outerWidth() / 2;
    const rh = n.outerHeight() / 2;
    // a name may graze another node's outline, never cover its middle
    bodies.push({
      id: n.id(),
      box: toScreen({ x1: p.x - rw * 0.7, y1: p.y - rh * 0.7, x2: p.x + rw * 0.7, y2: p.y + rh * 0.7 }),
    });
    if (faded(n) || !labelText(n)) return;
    const bb = freshLabelBox(n);
    if (!(bb.w > 0)) return;
    const from = (n.data('_fs') as number | undefined) ?? DEFAULT_FONT;
    const k = nodeFont / from;
    const current = Math.max(
      0,
      PLACES.findIndex((c) => c && n.hasClass(c)),
    );
    // the label's size and its distance from the node, as measured where it is now, scaled
    const w = (bb.x2 - bb.x1) * k;
    const h = (bb.y2 - bb.y1) * k;
    const g = [bb.y1 - (p.y + rh), p.y - rh - bb.y2, bb.x1 - (p.x + rw), p.x - rw - bb.x2][current]! * k;
    const places: Box[] = [
      { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + rh + g, y2: p.y + rh + g + h },
      { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - rh - g - h, y2: p.y - rh - g },
      { x1: p.x + rw + g, x2: p.x + rw + g + w, y1: p.y - h / 2, y2: p.y + h / 2 },
      { x1: p.x - rw - g - w, x2: p.x - rw - g, y1: p.y - h / 2, y2: p.y + h / 2 },
    ].map(toScreen);
    // always the same order of places, so a view reached one way looks as the same view reached another
    const prefs = [0, 1, 2, 3];
    let tier = nodeTier(n);
    let weight = (n.data('_size') as number | undefined) ?? n.degree(false);
    if (tier === 'rest' && anchor) {
      const d = Math.hypot(p.x * zoom + pan.x - anchor.x, p.y * zoom + pan.y - anchor.y);
      if (d < ANCHOR_RADIUS) {
        tier = 'anchor';
        weight = -d;
      }
    }
    entries.push({
      id: n.id(),
      box: places[prefs[0]!]!,
      alternatives: prefs.slice(1).map((i) => places[i]!),
      tier,
      weight,
      order,
      ele: n,
      font: nodeFont,
      prefs,
    });
  });
  cy.edges().forEach((e) => {
    order++;
    if (!e.visible() || faded(e) || !labelText(e)) return;
    const bb = freshLabelBox(e);
    if (!(bb.w > 0)) return;
    const from = (e.data('_fs') as number | undefined) ?? DEFAULT_FONT * EDGE_FONT_RATIO;
    const box = toScreen(scaled(bb, { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 }, edgeFont / from));
    // relationship labels yield to organisation names of the same tier
    entries.push({ id: e.id(), box, tier: edgeTier(e), weight: -1, order, ele: e, font: edgeFont });
  });

  const chosen = placeLabels({ candidates: entries, view, blocked: opts.overlays, bodies, gap: 3 });
  cy.batch(() => {
    for (const en of entries) {
      const at = chosen.get(en.id);
      if (at !== undefined) {
        const from = en.ele.data('_fs') as number | undefined;
        if (from === undefined || Math.abs(from - en.font) > en.font * 1e-3) en.ele.data('_fs', en.font);
        en.ele.removeClass(LABEL_HIDDEN);
        if (en.prefs) {
          const place = PLACES[en.prefs[at]!]!;
          if (!place || !en.ele.hasClass(place)) {
            en.ele.removeClass(PLACE_CLASSES);
            if (place) en.ele.addClass(place);
          }
        }
      } else en.ele.addClass(LABEL_HIDDEN);
    }
  });

  // the real boxes of the drawn labels, as Cytoscape measures them now: drop any that still touch
  const drawn = entries
    .filter((en) => chosen.has(en.id))
    .map((en) => ({ ...en, box: toScreen(freshLabelBox(en.ele)) }));
  const kept = chooseLabels({
    candidates: drawn.map((d) => ({ ...d, alternatives: [] })),
    view,
    blocked: opts.overlays,
    bodies,
    gap: 0,
  });
  if (kept.size < drawn.length) {
    cy.batch(() => {
      for (const en of drawn) if (!kept.has(en.id)) en.ele.addClass(LABEL_HIDDEN);
    });
  }
  return { candidates: entries.length, placed: chosen.size, drawn: kept.size, fontPx: nodeFont * zoom };
}
