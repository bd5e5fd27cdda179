/**
 * One label pass over the live graph: reads each label's box (scaled to the font size the current
 * zoom calls for), asks the pure placement which to draw, and applies the answer in one batch:
 * drawn labels get their font size (`_fs`, in model units), the rest the class `label-hidden`
 * (styled in the one stylesheet with `text-opacity: 0`). A second, cheap look at the drawn labels'
 * real boxes (Cytoscape's own measurement) hides any that still touch, so no two drawn labels ever
 * overlap even where the scaled estimate was off by a pixel.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { chooseLabels, type Box, type LabelCandidate, type Tier } from './placement';
import { DEFAULT_FONT, EDGE_FONT_RATIO, modelFontSize, NORMAL_SCALE, PRESENT_SCALE } from './fontSize';

export const LABEL_HIDDEN = 'label-hidden';
/** Classes that fade an element: a faded element draws no text and takes no room. */
const FADED = ['faded', 'tour-faded', 'path-dim'];

export type PassOptions = {
  presentation: boolean;
  /** Overlays over the graph, in the container's pixels. */
  overlays: readonly Box[];
  /** After a zoom-in: the model point zoomed about; labels near it are drawn first. */
  anchor?: { x: number; y: number } | null;
};

export type PassResult = { candidates: number; drawn: number; fontPx: number };

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

type Entry = LabelCandidate & { ele: Ele; font: number };

export function runLabelPass(cy: Core, opts: PassOptions): PassResult {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const scale = opts.presentation ? PRESENT_SCALE : NORMAL_SCALE;
  const nodeFont = modelFontSize(zoom, scale);
  const edgeFont = nodeFont * EDGE_FONT_RATIO;
  const view = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const toScreen = (b: Box): Box => ({
    x1: b.x1 * zoom + pan.x,
    y1: b.y1 * zoom + pan.y,
    x2: b.x2 * zoom + pan.x,
    y2: b.y2 * zoom + pan.y,
  });
  const anchor = opts.anchor ? { x: opts.anchor.x * zoom + pan.x, y: opts.anchor.y * zoom + pan.y } : null;
  const entries: Entry[] = [];

  let order = 0;
  cy.nodes().forEach((n) => {
    order++;
    if (!n.visible() || faded(n) || !labelText(n)) return;
    const bb = freshLabelBox(n);
    if (!(bb.w > 0)) return;
    const from = (n.data('_fs') as number | undefined) ?? DEFAULT_FONT;
    const p = n.position();
    // the label hangs from the node's bottom edge: that point stays put as the font changes
    const box = toScreen(scaled(bb, { x: p.x, y: p.y + n.outerHeight() / 2 }, nodeFont / from));
    let tier = nodeTier(n);
    let weight = (n.data('_size') as number | undefined) ?? n.degree(false);
    if (tier === 'rest' && anchor) {
      const d = Math.hypot(p.x * zoom + pan.x - anchor.x, p.y * zoom + pan.y - anchor.y);
      if (d < ANCHOR_RADIUS) {
        tier = 'anchor';
        weight = -d;
      }
    }
    entries.push({ id: n.id(), box, tier, weight, order, ele: n, font: nodeFont });
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

  const chosen = chooseLabels({ candidates: entries, view, blocked: opts.overlays, gap: 3 });
  cy.batch(() => {
    for (const en of entries) {
      if (chosen.has(en.id)) {
        const from = en.ele.data('_fs') as number | undefined;
        if (from === undefined || Math.abs(from - en.font) > en.font * 1e-3) en.ele.data('_fs', en.font);
        en.ele.removeClass(LABEL_HIDDEN);
      } else en.ele.addClass(LABEL_HIDDEN);
    }
  });

  // the real boxes of the drawn labels, as Cytoscape measures them now: drop any that still touch
  const drawn = entries
    .filter((en) => chosen.has(en.id))
    .map((en) => ({ ...en, box: toScreen(freshLabelBox(en.ele)) }));
  const kept = chooseLabels({ candidates: drawn, view, blocked: opts.overlays, gap: 0 });
  if (kept.size < drawn.length) {
    cy.batch(() => {
      for (const en of drawn) if (!kept.has(en.id)) en.ele.addClass(LABEL_HIDDEN);
    });
  }
  return { candidates: entries.length, drawn: kept.size, fontPx: nodeFont * zoom };
}
