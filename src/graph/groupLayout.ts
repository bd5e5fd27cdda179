/**
 * "Grouped" layouts (by level, by type): each group is a compact block of nodes, blocks placed
 * in reading order and wrapped into rows, so that the groups read like a table of the network.
 * Pure: returns positions and one heading anchor per block, which the app labels on screen.
 *
 * Headings are drawn at a fixed size on screen, so the room they need in the model depends on the
 * zoom the layout will be shown at. Given the view and the headings' widths, the layout picks the
 * row width that draws the picture largest while every heading still fits on one line beside the
 * next block, and the gap between rows leaves room for the names above and the heading below.
 */
import type { Position, Positions } from './elements';

export type GroupItem = { id: string; group: string; /** Sorts nodes within a block. */ sortKey: string };

export type GroupBlock = {
  group: string;
  /**
   * Where the block's heading goes, in model coordinates: its bottom-left corner (`start`, a block
   * of a grouped layout) or its centre (`center`, the top of a ring).
   */
  x: number;
  y: number;
  anchor: 'start' | 'center';
  /** A ring's radius about the model origin, for a faint guide circle (rings only; not the centre). */
  ring?: number;
  /** The room its heading has (before the next block, or in the ring's gap), in model units. */
  width: number;
  count: number;
};

/** A model-space rectangle. */
export type Extent = { x1: number; y1: number; x2: number; y2: number };

export type GroupedLayout = {
  positions: Positions;
  blocks: GroupBlock[];
  /** Nodes and the room their headings have, in model coordinates (headings rise above `y1`). */
  extent: Extent;
  /** The zoom the layout was made for (1 without a view). */
  zoom: number;
  /** Lines the headings were given room for. */
  lines: 1 | 2;
};

/** The view a layout is made for, and what its headings and names need there (screen pixels). */
export type HeadingRoom = {
  view: { width: number; height: number };
  /** Width of a group's heading, text and count, on one or two lines (the widest of the languages). */
  headingWidth: (group: string, lines: 1 | 2) => number;
  /** Height of a one-line heading. */
  headingHeight: number;
  /** Lines a heading may take (1 unless a view is too small for the headings on one line). */
  lines?: 1 | 2;
  /** Room a name takes below its node (node half-height included). */
  labelRoom: number;
  /** The part of the view kept free around the picture (the framing's padding). */
  padding: { top: number; right: number; bottom: number; left: number };
  /** The largest zoom the picture is fitted at. */
  maxZoom: number;
};

export const CELL_W = 135;
export const CELL_H = 95;
/** Space between blocks, in cells. */
const GAP = 1;
/** The least space between rows of blocks, in cells. */
const ROW_GAP = 1.5;
/** A heading's bottom edge above its block's first row of nodes, in cells. */
const HEADING_DROP = 0.6;
/** A heading starts this far left of its block's first node, in cells. */
const HEADING_INSET = 0.35;
/** Space kept between a heading's end and the next block's heading, in pixels. */
export const HEADING_MARGIN = 10;

type Shape = { group: string; cols: number; rows: number; /** Heading width, px. */ heading: number };
type Arrangement = { rows: { shapes: Shape[]; slots: number[] }[]; widthCells: number; gaps: number[] };

/** Columns of a group's block: near-square, a little wider than tall. */
const colsFor = (n: number) => Math.max(1, Math.min(n, Math.ceil(Math.sqrt(n * 1.5))));

/** Cells a block takes in its row: its columns, or more when its heading needs them at `zoom`. */
function slotCells(s: Shape, zoom: number): number {
  const need = (s.heading + HEADING_MARGIN) / (zoom * CELL_W) + HEADING_INSET - GAP;
  return Math.max(s.cols, Math.ceil(need - 1e-9));
}

/**
 * Space between rows of blocks at `zoom`, in cells: the names above, then the heading (in a small
 * view, `room.labelRoom` may be 0: the heading only, and names that would reach it are not drawn).
 */
function rowGapCells(room: HeadingRoom | undefined, zoom: number): number {
  if (!room) return ROW_GAP;
  const px = room.labelRoom + headingTall(room) + 6;
  return Math.max(ROW_GAP, px / (zoom * CELL_H) + HEADING_DROP - 1);
}

/** Height of a heading box with the lines it may take, in pixels. */
const headingTall = (room: HeadingRoom) => room.headingHeight * (room.lines ?? 1);

/** Wraps the blocks into rows of at most `wrap` cells (a block wider than that has a row of its own). */
function arrange(shapes: readonly Shape[], wrap: number, zoom: number, room?: HeadingRoom): Arrangement {
  const rows: Arrangement['rows'] = [];
  let col = 0;
  for (const s of shapes) {
    const slot = room ? slotCells(s, zoom) : s.cols;
    if (!rows.length || (col > 0 && col + slot > wrap)) {
      rows.push({ shapes: [], slots: [] });
      col = 0;
    }
    rows.at(-1)!.shapes.push(s);
    rows.at(-1)!.slots.push(slot);
    col += slot + GAP;
  }
  const widthCells = Math.max(1, ...rows.map((r) => r.slots.reduce((t, w) => t + w + GAP, 0) - GAP));
  const gap = rowGapCells(room, zoom);
  return { rows, widthCells, gaps: rows.map((_, i) => (i === 0 ? 0 : gap)) };
}

/** Height in cells from the first row of nodes to the last. */
const heightCells = (a: Arrangement) =>
  a.rows.reduce((t, r, i) => t + Math.max(...r.shapes.map((s) => s.rows)) + (a.gaps[i] ?? 0), 0) - 1;

/** The zoom at which an arrangement fits the view, headings above the first row included. */
function fitZoom(a: Arrangement, room: HeadingRoom): number {
  const p = room.padding;
  const w = room.view.width - p.left - p.right;
  const h = room.view.height - p.top - Math.max(p.bottom, room.labelRoom) - headingTall(room);
  const zw = w / ((a.widthCells + GAP - HEADING_INSET) * CELL_W);
  const zh = h / ((heightCells(a) + HEADING_DROP) * CELL_H);
  return Math.max(0.01, Math.min(room.maxZoom, zw, zh));
}

/** The least zoom a picture is planned for (the graph's own least zoom is 0.15). */
export const MIN_PLAN_ZOOM = 0.16;

/**
 * The zoom an arrangement of this row width is shown at: the largest zoom `z` at which the room
 * reserved for the headings (which grows as `z` falls) still lets the picture be drawn at `z`;
 * -1 if there is none the graph allows.
 */
function settledZoom(shapes: readonly Shape[], wrap: number, room: HeadingRoom): number {
  let lo = MIN_PLAN_ZOOM;
  let hi = Math.max(lo, room.maxZoom);
  if (fitZoom(arrange(shapes, wrap, hi, room), room) >= hi) return hi;
  if (fitZoom(arrange(shapes, wrap, lo, room), room) < lo) return -1;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (fitZoom(arrange(shapes, wrap, mid, room), room) >= mid) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Items by group, and the groups in the order given (unknown groups last, by name). */
export function orderedGroups(
  items: readonly GroupItem[],
  order: readonly string[],
  collator: Intl.Collator,
): { byGroup: Map<string, GroupItem[]>; groups: string[] } {
  const byGroup = new Map<string, GroupItem[]>();
  for (const it of items) {
    const list = byGroup.get(it.group);
    if (list) list.push(it);
    else byGroup.set(it.group, [it]);
  }
  const rank = (g: string) => {
    const i = order.indexOf(g);
    return i === -1 ? order.length : i;
  };
  const groups = [...byGroup.keys()].sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
  return { byGroup, groups };
}

/**
 * Lays out items grouped by `group`, groups in the order given (unknown groups last, by name).
 * Blocks are near-square grids. Without `room`, rows of blocks wrap at about the width of a square
 * of all nodes (a little wider, since screens are wider than tall); with it, at the width that
 * shows the picture largest in that view with room for every heading.
 */
export function groupedLayout(
  items: readonly GroupItem[],
  order: readonly string[],
  collator = new Intl.Collator('en'),
  room?: HeadingRoom,
): GroupedLayout {
  const { byGroup, groups } = orderedGroups(items, order, collator);
  const shapesFor = (r?: HeadingRoom): Shape[] =>
    groups.map((g) => {
      const n = byGroup.get(g)!.length;
      const cols = colsFor(n);
      return { group: g, cols, rows: Math.ceil(n / cols), heading: r?.headingWidth(g, r.lines ?? 1) ?? 0 };
    });
  let shapes = shapesFor(room);

  let arrangement: Arrangement;
  let zoom = 1;
  let lines: 1 | 2 = 1;
  if (!room) {
    const wrapCols = Math.max(4, Math.ceil(Math.sqrt(Math.max(items.length, 1)) * 1.6));
    arrangement = arrange(shapes, wrapCols, 1);
  } else {
    // every row width from the widest block to one row of all; at most 40 tried, evenly spread
    const search = (r: HeadingRoom) => {
      shapes = shapesFor(r);
      const lo = Math.max(1, ...shapes.map((s) => slotCells(s, r.maxZoom)));
      const hi = Math.max(lo, arrange(shapes, Infinity, MIN_PLAN_ZOOM, r).widthCells);
      const step = Math.max(1, Math.ceil((hi - lo) / 40));
      let best = { zoom: -Infinity, wrap: lo };
      for (let wrap = lo; wrap <= hi; wrap += step) {
        // where none fits at a zoom the graph allows, the one that comes closest
        const z = settledZoom(shapes, wrap, r);
        const score = z > 0 ? z : fitZoom(arrange(shapes, wrap, MIN_PLAN_ZOOM, r), r) - 1;
        if (score > best.zoom + 1e-6) best = { zoom: score, wrap };
      }
      return best;
    };
    // a view too small for names between the rows (a phone): headings only keep clear of them,
    // and then may take two lines
    let used: HeadingRoom = { ...room, lines: 1 };
    let best = search(used);
    for (const next of [
      { ...room, labelRoom: 0, lines: 1 as const },
      { ...room, labelRoom: 0, lines: 2 as const },
    ]) {
      if (best.zoom > 0) break;
      const tried = search(next);
      if (tried.zoom > best.zoom) [used, best] = [next, tried];
    }
    shapes = shapesFor(used);
    zoom = best.zoom > 0 ? best.zoom : MIN_PLAN_ZOOM;
    lines = used.lines ?? 1;
    arrangement = arrange(shapes, best.wrap, zoom, used);
  }

  const positions = new Map<string, Position>();
  const blocks: GroupBlock[] = [];
  let row = 0;
  arrangement.rows.forEach((r, ri) => {
    row += arrangement.gaps[ri] ?? 0;
    let col = 0;
    r.shapes.forEach((s, si) => {
      const members = [...byGroup.get(s.group)!].sort(
        (a, b) => collator.compare(a.sortKey, b.sortKey) || collator.compare(a.id, b.id),
      );
      members.forEach((m, i) => {
        positions.set(m.id, {
          x: (col + (i % s.cols)) * CELL_W,
          y: (row + Math.floor(i / s.cols)) * CELL_H,
        });
      });
      const slot = r.slots[si]!;
      blocks.push({
        group: s.group,
        x: col * CELL_W - CELL_W * HEADING_INSET,
        y: row * CELL_H - CELL_H * HEADING_DROP,
        anchor: 'start',
        width: (slot + GAP) * CELL_W,
        count: members.length,
      });
      col += slot + GAP;
    });
    row += Math.max(...r.shapes.map((s) => s.rows));
  });
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const extent: Extent = {
    x1: Math.min(0, ...blocks.map((b) => b.x)),
    y1: Math.min(0, ...blocks.map((b) => b.y)),
    x2: Math.max(0, ...xs, ...blocks.map((b) => b.x + b.width - HEADING_INSET * CELL_W)),
    y2: Math.max(0, ...ys),
  };
  return { positions, blocks, extent, zoom, lines };
}
