/**
 * Rings by level: the innermost ring holds the first group (local), each next group a wider ring
 * around it. Each ring leaves a gap where its heading goes, at the top or (every other ring) the
 * bottom, so every ring is labelled with what it holds, and the headings stack up and down the
 * middle of the picture without touching. Pure:
 * returns positions and one heading anchor per ring, which the app labels on screen.
 *
 * As in the grouped layout, headings are drawn at a fixed size on screen: the gaps and the space
 * between rings are sized for the zoom the picture will be shown at in the given view.
 */
import type { Position } from './elements';
import {
  CELL_H,
  CELL_W,
  HEADING_MARGIN,
  MIN_PLAN_ZOOM,
  orderedGroups,
  type GroupBlock,
  type GroupedLayout,
  type GroupItem,
  type HeadingRoom,
} from './groupLayout';

/** The least distance between neighbours on a ring, and between rings, in model units. */
const SPACING = 90;
const RING_STEP = 0.9 * CELL_H;
/** Half a node's height, in pixels (nodes are drawn at about their model size near fit zoom). */
const NODE_HALF_PX = 10;
/** Where a lone centre node's ring heading sits above it, in model units. */
const CENTRE_LIFT = 0.5 * CELL_H;

/** A ring; `radius` 0 is a lone node at the centre, its heading `lift` above it. */
type Ring = {
  group: string;
  members: GroupItem[];
  radius: number;
  /** The gap at its heading's side, and the one at the other side (where its neighbours' are). */
  gap: number;
  otherGap: number;
  top: boolean;
  lift: number;
};

/**
 * Rings at `zoom`: radii and gaps that leave room for each heading at that zoom. Headings take
 * turns at the top and the bottom of the picture, so each only has to clear the next but one.
 * `strict` keeps each heading clear of the rings inside and outside it by the space between them,
 * and its gap to a third of its ring; without it (a small view, where rings are too close for
 * that), each ring also leaves a gap on the other side, where its neighbours' headings are.
 */
function rings(
  groups: readonly { group: string; members: GroupItem[] }[],
  zoom: number,
  room: HeadingRoom | undefined,
  strict: boolean,
) {
  const headingH = (room?.headingHeight ?? 18) / zoom;
  const lift = Math.max(CENTRE_LIFT, headingH / 2 + (NODE_HALF_PX + 2) / zoom);
  const out: Ring[] = [];
  const widths = groups.map((g) => ((room?.headingWidth(g.group, 1) ?? 120) + 2 * HEADING_MARGIN) / zoom);
  for (const [i, g] of groups.entries()) {
    const n = g.members.length;
    const top = i % 2 === 0;
    const w = widths[i]!;
    const other = strict ? 0 : Math.max(0, widths[i - 1] ?? 0, widths[i + 1] ?? 0);
    if (i === 0 && n === 1) {
      out.push({ ...g, radius: 0, gap: 0, otherGap: 0, top, lift });
      continue;
    }
    const prev = out[i - 1];
    const prevR = prev ? (prev.radius === 0 ? lift : prev.radius) : 0;
    const sameSide = out[i - 2];
    const sameR = sameSide ? (sameSide.radius === 0 ? lift : sameSide.radius) : -Infinity;
    const lone = out[0]?.radius === 0 ? (room?.headingWidth(out[0].group, 1) ?? 120) / 2 / zoom : 0;
    const radius = Math.max(
      prev ? prevR + RING_STEP : 0,
      sameR + headingH + 4 / zoom,
      strict && prev ? prevR + headingH / 2 + (NODE_HALF_PX + 2) / zoom : 0,
      // the heading takes at most a third of its ring (half in a small view)
      Math.max(w, other) / (2 * Math.sin(strict ? Math.PI / 3 : Math.PI / 2)),
      (n * SPACING + w + other) / (2 * Math.PI),
      // clear of the centre node's heading
      lone + SPACING / 2,
    );
    const gap = 2 * Math.asin(Math.min(1, w / (2 * radius)));
    const otherGap = 2 * Math.asin(Math.min(1, other / (2 * radius)));
    out.push({ ...g, radius, gap, otherGap, top, lift });
  }
  return out;
}

/** The zoom at which rings fit the view (heading above the outer ring, names below it). */
function fitZoom(rs: readonly Ring[], room: HeadingRoom): number {
  const r = Math.max(CENTRE_LIFT, ...rs.map((x) => x.radius));
  const p = room.padding;
  const w = room.view.width - p.left - p.right;
  const h = room.view.height - p.top - Math.max(p.bottom, room.labelRoom / 2) - room.headingHeight;
  return Math.max(0.01, Math.min(room.maxZoom, w / (2 * r + CELL_W), h / (2 * r)));
}

/**
 * Lays out items on rings by `group`, groups in the order given from the centre out (unknown
 * groups outermost, by name); on each ring by `sortKey`, clockwise from its heading.
 */
export function ringLayout(
  items: readonly GroupItem[],
  order: readonly string[],
  collator = new Intl.Collator('en'),
  room?: HeadingRoom,
): GroupedLayout {
  const { byGroup, groups: ordered } = orderedGroups(items, order, collator);
  const groups = ordered.map((group) => ({
    group,
    members: [...byGroup.get(group)!].sort(
      (a, b) => collator.compare(a.sortKey, b.sortKey) || collator.compare(a.id, b.id),
    ),
  }));

  let zoom = 1;
  let strict = true;
  if (room) {
    // the largest zoom at which rings sized for it still fit the view at it: strictly if that
    // can be had at a zoom the graph allows, else with headings only clear of each other
    const settle = (st: boolean) => {
      let lo = MIN_PLAN_ZOOM;
      let hi = Math.max(lo, room.maxZoom);
      if (fitZoom(rings(groups, hi, room, st), room) >= hi) return hi;
      if (fitZoom(rings(groups, lo, room, st), room) < lo) return null;
      for (let i = 0; i < 24; i++) {
        const mid = (lo + hi) / 2;
        if (fitZoom(rings(groups, mid, room, st), room) >= mid) lo = mid;
        else hi = mid;
      }
      return lo;
    };
    const z = settle(true);
    strict = z !== null;
    zoom = z ?? settle(false) ?? MIN_PLAN_ZOOM;
  }
  const rs = rings(groups, zoom, room, strict);

  const positions = new Map<string, Position>();
  const blocks: GroupBlock[] = [];
  for (const r of rs) {
    const n = r.members.length;
    // clockwise from the heading's gap (at the top or the bottom), on the two arcs between the gaps
    const from = r.top ? -Math.PI / 2 : Math.PI / 2;
    const arc = Math.PI - (r.gap + r.otherGap) / 2;
    r.members.forEach((m, j) => {
      let t = (2 * arc * (j + 0.5)) / n; // along both arcs
      if (t > arc) t += r.otherGap; // past the other gap
      const a = from + r.gap / 2 + t;
      positions.set(
        m.id,
        r.radius === 0 ? { x: 0, y: 0 } : { x: r.radius * Math.cos(a), y: r.radius * Math.sin(a) },
      );
    });
    blocks.push({
      group: r.group,
      x: 0,
      y: r.radius === 0 ? -r.lift : r.top ? -r.radius : r.radius,
      anchor: 'center',
      ...(r.radius > 0 ? { ring: r.radius } : {}),
      width: r.radius === 0 ? 2 * (rs[1]?.radius ?? CELL_W) - SPACING : 2 * r.radius * Math.sin(r.gap / 2),
      count: n,
    });
  }
  const outer = Math.max(CENTRE_LIFT, ...rs.map((r) => r.radius));
  // the headings at the bottom hang half their height below the outer ring: room for it
  const below = room ? room.headingHeight / 2 / zoom : 0;
  return {
    positions,
    blocks,
    extent: { x1: -outer - CELL_W / 2, y1: -outer, x2: outer + CELL_W / 2, y2: outer + below },
    zoom,
    lines: 1,
  };
}
