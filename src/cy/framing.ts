/**
 * Framing: the zoom and pan that show a set of elements as large as they fit in the part of the
 * view that the app's own overlays (toolbar, legend, status line, panels over the graph) leave
 * free. One pure function, used by every camera move that frames something: fit, "zoom to the
 * paths", focus, a search result and each tour step.
 */
import type { Box } from './labels/placement';

/** A model-space bounding box, as Cytoscape gives it. */
export type ModelBox = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };

/** Room kept around the framed elements, in screen pixels (labels hang below and beside nodes). */
export type Padding = { top: number; right: number; bottom: number; left: number };

export type FrameOptions = { padding: Padding; minZoom: number; maxZoom: number };

export type Frame = { zoom: number; pan: { x: number; y: number }; free: Box };

/** A cut leaves at least this share of the view's width or height, or the overlay is ignored. */
const MIN_SHARE = 0.4;

const area = (b: Box) => Math.max(0, b.x2 - b.x1) * Math.max(0, b.y2 - b.y1);

function crosses(a: Box, b: Box) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The padding, shrunk where it would take more than a quarter of a small free area. */
function padFor(free: Box, p: Padding): Padding {
  const k = Math.min(
    1,
    (free.x2 - free.x1) / 4 / Math.max(p.left + p.right, 1e-9),
    (free.y2 - free.y1) / 4 / Math.max(p.top + p.bottom, 1e-9),
  );
  return { top: p.top * k, right: p.right * k, bottom: p.bottom * k, left: p.left * k };
}

function zoomFor(free: Box, bb: ModelBox, o: FrameOptions): number {
  const pad = padFor(free, o.padding);
  const w = free.x2 - free.x1 - pad.left - pad.right;
  const h = free.y2 - free.y1 - pad.top - pad.bottom;
  const z = Math.min(Math.max(w, 1) / Math.max(bb.w, 1), Math.max(h, 1) / Math.max(bb.h, 1));
  return Math.min(o.maxZoom, Math.max(o.minZoom, z));
}

/** The four rectangles of `free` beside an overlay: above, below, left and right of it. */
function cuts(free: Box, o: Box): Box[] {
  return [
    { ...free, y2: Math.min(free.y2, o.y1) },
    { ...free, y1: Math.max(free.y1, o.y2) },
    { ...free, x2: Math.min(free.x2, o.x1) },
    { ...free, x1: Math.max(free.x1, o.x2) },
  ];
}

/**
 * The largest useful part of the view clear of the overlays, for a box of this shape: every way of
 * stepping around each overlay (above, below, left or right of it) is tried, and the one that lets
 * the box be drawn largest wins (then the larger area). An overlay that would leave too narrow a
 * strip is ignored rather than letting it squeeze the picture.
 */
export function freeArea(view: Box, overlays: readonly Box[], bb: ModelBox, o: FrameOptions): Box {
  const minW = (view.x2 - view.x1) * MIN_SHARE;
  const minH = (view.y2 - view.y1) * MIN_SHARE;
  const list = overlays.filter((b) => crosses(b, view)).slice(0, 6);
  let best = view;
  let bestScore = [-1, -1];
  const visit = (i: number, free: Box) => {
    if (i === list.length) {
      const score = [zoomFor(free, bb, o), area(free)];
      if (
        score[0]! > bestScore[0]! + 1e-9 ||
        (Math.abs(score[0]! - bestScore[0]!) <= 1e-9 && score[1]! > bestScore[1]!)
      ) {
        best = free;
        bestScore = score;
      }
      return;
    }
    const ov = list[i]!;
    if (!crosses(ov, free)) return visit(i + 1, free);
    const options = cuts(free, ov).filter((c) => c.x2 - c.x1 >= minW && c.y2 - c.y1 >= minH);
    if (!options.length) return visit(i + 1, free);
    for (const c of options) visit(i + 1, c);
  };
  visit(0, view);
  return best;
}

/** Zoom and pan that centre `bb` in the free part of a view `width` × `height`. */
export function frameBox(
  bb: ModelBox,
  size: { width: number; height: number },
  overlays: readonly Box[],
  o: FrameOptions,
): Frame {
  const view = { x1: 0, y1: 0, x2: size.width, y2: size.height };
  const free = freeArea(view, overlays, bb, o);
  const zoom = zoomFor(free, bb, o);
  // centre of the padded free area
  const pad = padFor(free, o.padding);
  const cx = (free.x1 + pad.left + free.x2 - pad.right) / 2;
  const cy = (free.y1 + pad.top + free.y2 - pad.bottom) / 2;
  return { zoom, pan: { x: cx - zoom * (bb.x1 + bb.w / 2), y: cy - zoom * (bb.y1 + bb.h / 2) }, free };
}

/** A camera: zoom and pan, as Cytoscape has them. */
export type Camera = { zoom: number; pan: { x: number; y: number } };

/** The share of the nodes in view whose names each camera would draw (asked of the label pass). */
export type ShareOf = (cameras: readonly Camera[]) => number[];

/** A framing counts as legible when at least this share of the nodes in view have their names drawn. */
export const LEGIBLE_SHARE = 0.65;
/** The zoom steps tried towards a legible framing (10 % each: the picture changes little per step). */
const LEGIBLE_STEP = 1.1;

/**
 * A framing a person can read: from `frame` (which fits `bb`), the camera zooms in step by step,
 * up to `maxZoom`, with `about` (a model point: the framed elements' centre, or the organisation
 * opened) in the middle of where the frame put the box, until at least LEGIBLE_SHARE of the nodes
 * in view would have their names drawn. The first zoom that reaches it wins, so as much of the
 * picture as possible stays in view; if none does, the one that comes closest. On a large screen
 * the frame itself is legible and nothing changes; on a phone or a projector in presentation mode
 * a little overview is traded for names a person can read. The frame is weighed first, alone: when
 * it is legible (the usual start-up), no closer camera is placed at all.
 */
export function legibleFrame(
  frame: Frame,
  bb: ModelBox,
  about: { x: number; y: number },
  maxZoom: number,
  shareOf: ShareOf,
): Frame {
  const sx = (bb.x1 + bb.w / 2) * frame.zoom + frame.pan.x;
  const sy = (bb.y1 + bb.h / 2) * frame.zoom + frame.pan.y;
  const cameras: Camera[] = [{ zoom: frame.zoom, pan: frame.pan }];
  for (let z = frame.zoom * LEGIBLE_STEP; z <= maxZoom + 1e-9; z *= LEGIBLE_STEP)
    cameras.push({ zoom: z, pan: { x: sx - about.x * z, y: sy - about.y * z } });
  if (cameras.length === 1) return frame;
  const [own] = shareOf(cameras.slice(0, 1));
  if (own! >= LEGIBLE_SHARE) return frame;
  const shares = [own!, ...shareOf(cameras.slice(1))];
  let best = 0;
  for (let i = 0; i < cameras.length; i++) {
    if (shares[i]! >= LEGIBLE_SHARE) {
      best = i;
      break;
    }
    if (shares[i]! > shares[best]! + 1e-9) best = i;
  }
  return { ...frame, ...cameras[best]! };
}

/** Padding around framed elements: room for labels beside and below the outermost nodes. */
export function framePadding(presentation: boolean, small: boolean): Padding {
  const k = presentation ? 1.5 : 1;
  const side = small ? 24 : 56;
  return { top: 20 * k, right: side * k, bottom: 44 * k, left: side * k };
}

/** How many of the names that must be drawn a camera would draw (asked of the label pass). */
export type NamedAt = (camera: Camera) => number;

/** The zoom steps tried towards a framing that names every element it is about. */
const NAMING_STEP = 1.1;
/** How far from the fitted zoom the search goes, in steps each way. */
const NAMING_STEPS = 8;
/** The sideways shifts tried at each zoom, in screen pixels (nearest first). */
const NAMING_SHIFTS = [0, -24, 24, -48, 48] as const;

/**
 * A framing in which every name that must be drawn (a tour step's organisations) is drawn: the
 * camera that `frame` chose if it names them all, or else the nearest one that does, trying zooms
 * a step (10 %) out and in from it, each with the picture shifted a little sideways. Zooming out
 * leaves room at the view's edges for names that would reach past them (names keep their size on
 * screen); zooming in gives crowded names room between their nodes. Nearest first (the least zoom
 * change, then the least shift), so a step that is legible as fitted keeps its picture; with none
 * that names them all, the first that names most. `need` is how many names must be drawn.
 */
export function namingFrame(
  frame: Frame,
  bb: ModelBox,
  { minZoom, maxZoom }: { minZoom: number; maxZoom: number },
  need: number,
  namedAt: NamedAt,
): Frame {
  if (need === 0) return frame;
  let most = namedAt(frame);
  if (most >= need) return frame;
  const [mx, my] = [bb.x1 + bb.w / 2, bb.y1 + bb.h / 2];
  const sx = mx * frame.zoom + frame.pan.x;
  const sy = my * frame.zoom + frame.pan.y;
  // zooms nearest the fitted one first: out, then in, a step further each time
  const zooms: number[] = [frame.zoom];
  for (let k = 1; k <= NAMING_STEPS; k++) {
    const out = frame.zoom / NAMING_STEP ** k;
    const into = frame.zoom * NAMING_STEP ** k;
    if (out >= minZoom - 1e-9) zooms.push(out);
    if (into <= maxZoom + 1e-9) zooms.push(into);
  }
  let best: Camera = frame;
  for (const zoom of zooms)
    for (const dx of NAMING_SHIFTS) {
      if (zoom === frame.zoom && dx === 0) continue;
      const camera = { zoom, pan: { x: sx + dx - mx * zoom, y: sy - my * zoom } };
      const named = namedAt(camera);
      if (named >= need) return { ...frame, ...camera };
      if (named > most) {
        most = named;
        best = camera;
      }
    }
  return { ...frame, ...best };
}
