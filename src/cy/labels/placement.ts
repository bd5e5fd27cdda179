/**
 * Which labels to draw: a pure function of label boxes (in screen pixels) and priorities, so that
 * no two drawn labels ever overlap and none sits outside the view or under the app's own controls.
 * Labels are taken in priority order and each is drawn only if its box is free; a uniform grid of
 * buckets keeps the collision test local (as sigma.js's label grid does), so a pass is about linear
 * in the number of labels. No DOM, no Cytoscape: tested in Node.
 */

/** An axis-aligned box in screen pixels (x2 > x1, y2 > y1). */
export type Box = { x1: number; y1: number; x2: number; y2: number };

/**
 * Why a label matters, most important first. Every tier above `rest` is a reason the user gave
 * (or the tour gives) to see this very name.
 */
export const TIERS = [
  'selected',
  'hover',
  'keyboard',
  'tour',
  'path',
  'focusRoot',
  'neighbour',
  'anchor',
  'rest',
] as const;
export type Tier = (typeof TIERS)[number];

/** Tiers whose labels are always drawn: the names the user is pointing at right now. */
const FORCED: ReadonlySet<Tier> = new Set<Tier>(['selected', 'hover', 'keyboard']);
export const isForced = (tier: Tier) => FORCED.has(tier);

export type LabelCandidate = {
  id: string;
  /** The label's box on screen, as it would be drawn in its preferred place (below its node). */
  box: Box;
  /** Other places it may go instead, in order of preference (above, right, left of its node). */
  alternatives?: readonly Box[];
  tier: Tier;
  /** Importance within a tier (e.g. degree): higher first. */
  weight: number;
  /** Stable tie-breaker (e.g. the node's index in the dataset): lower first, so nothing flickers. */
  order: number;
};

export type PlacementInput = {
  candidates: readonly LabelCandidate[];
  /** The view: a label must lie wholly inside it. */
  view: Box;
  /** Boxes no label may touch: the app's overlays, and labels drawn by others (edge labels). */
  blocked?: readonly Box[];
  /** The nodes' own shapes: no label covers another node (its own node it never covers). */
  bodies?: readonly { id: string; box: Box }[];
  /** Extra clearance around each label, in pixels (measuring is not exact to the pixel). */
  gap?: number;
};

const TIER_RANK: Record<Tier, number> = Object.fromEntries(TIERS.map((t, i) => [t, i])) as Record<
  Tier,
  number
>;

/** Priority order: tier, then weight (higher first), then the stable order. */
type Ranked = Pick<LabelCandidate, 'tier' | 'weight' | 'order'>;
export function compareCandidates(a: Ranked, b: Ranked): number {
  return TIER_RANK[a.tier] - TIER_RANK[b.tier] || b.weight - a.weight || a.order - b.order;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function inside(a: Box, view: Box): boolean {
  return a.x1 >= view.x1 && a.y1 >= view.y1 && a.x2 <= view.x2 && a.y2 <= view.y2;
}

function grow(b: Box, by: number): Box {
  return { x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by };
}

type Entry = { box: Box; owner: string | null };

/** A grid of buckets over the plane, each holding the boxes that touch it. */
class BoxGrid {
  private cells = new Map<number, Entry[]>();
  constructor(private size: number) {}
  private range(b: Box) {
    const s = this.size;
    return [Math.floor(b.x1 / s), Math.floor(b.y1 / s), Math.floor(b.x2 / s), Math.floor(b.y2 / s)] as const;
  }
  private key(cx: number, cy: number) {
    // two 16-bit halves: enough for any screen (cells of tens of pixels)
    return ((cx + 32768) << 16) | (cy + 32768);
  }
  add(box: Box, owner: string | null = null) {
    const e = { box, owner };
    const [ax, ay, bx, by] = this.range(box);
    for (let x = ax; x <= bx; x++)
      for (let y = ay; y <= by; y++) {
        const k = this.key(x, y);
        const list = this.cells.get(k);
        if (list) list.push(e);
        else this.cells.set(k, [e]);
      }
  }
  /**
   * Whether a box, grown by `by` on every side, touches anything in the grid but what belongs to
   * `owner` (grown on the fly: a pass tries many places and keeps few).
   */
  hits(b: Box, owner: string, by = 0): boolean {
    const x1 = b.x1 - by;
    const y1 = b.y1 - by;
    const x2 = b.x2 + by;
    const y2 = b.y2 + by;
    const s = this.size;
    const ax = Math.floor(x1 / s);
    const bx = Math.floor(x2 / s);
    const ay = Math.floor(y1 / s);
    const by2 = Math.floor(y2 / s);
    for (let x = ax; x <= bx; x++)
      for (let y = ay; y <= by2; y++) {
        const list = this.cells.get(this.key(x, y));
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const o = list[i]!;
          if (o.owner !== owner && o.box.x1 < x2 && x1 < o.box.x2 && o.box.y1 < y2 && y1 < o.box.y2)
            return true;
        }
      }
    return false;
  }
}

/**
 * Where to draw each label: its id mapped to the place chosen (0 for its preferred box, 1 and on
 * for its alternatives); labels not drawn are left out. A forced label (selected, hovered,
 * keyboard-focused) is drawn in its preferred place whenever it is in the view, even over a control,
 * so the user sees the name they asked for; every other label takes the first of its places that lies in the view,
 * clear of the blocked boxes, of other nodes and of every label placed before it.
 */
export function placeLabels({
  candidates,
  view,
  blocked = [],
  bodies = [],
  gap = 2,
}: PlacementInput): Map<string, number> {
  const sorted = [...candidates].sort(compareCandidates);
  const placed = new Map<string, number>();
  // forced labels first, clear of each other only (they are few: selected, hovered, focused)
  const forced: Box[] = [];
  for (const c of sorted) {
    if (!isForced(c.tier)) break;
    const box = grow(c.box, gap / 2);
    // out of the view it could not be seen anyway (a panel narrowed the view, the user panned)
    if (!inside(c.box, view) || forced.some((f) => overlaps(f, box))) continue;
    forced.push(box);
    placed.set(c.id, 0);
  }
  // buckets about the size of a short label: a box touches few of them
  let grid = new BoxGrid(64);
  for (const b of blocked) grid.add(b);
  for (const b of bodies) grid.add(b.box, b.id);
  for (const b of forced) grid.add(b);
  const half = gap / 2;
  // the names a tour step or a path is about, as placed so far (for the second try below)
  const named: { c: LabelCandidate; box: Box }[] = [];
  const missed: LabelCandidate[] = [];
  let repaired = false;
  for (const c of sorted) {
    if (isForced(c.tier)) continue;
    if (!repaired && !MUST.has(c.tier)) {
      repaired = true;
      if (missed.length && makeRoom(missed, named, placed, { view, blocked, bodies, forced, half }))
        grid = gridOf(named, { blocked, bodies, forced, half });
    }
    const alternatives = c.alternatives ?? [];
    let i = 0;
    for (; i <= alternatives.length; i++) {
      const place = i === 0 ? c.box : alternatives[i - 1]!;
      if (!inside(place, view) || grid.hits(place, c.id, half)) continue;
      grid.add(grow(place, half));
      placed.set(c.id, i);
      if (MUST.has(c.tier)) named.push({ c, box: place });
      break;
    }
    if (i > alternatives.length && MUST.has(c.tier)) missed.push(c);
  }
  if (!repaired && missed.length) makeRoom(missed, named, placed, { view, blocked, bodies, forced, half });
  return placed;
}

/** Tiers whose names a second try makes room for (the names a tour step or a path is about). */
const MUST: ReadonlySet<Tier> = new Set<Tier>(['tour', 'path']);

type Room = {
  view: Box;
  blocked: readonly Box[];
  bodies: readonly { id: string; box: Box }[];
  forced: readonly Box[];
  half: number;
};

const placesOf = (c: LabelCandidate) => [c.box, ...(c.alternatives ?? [])];

/** The grid of what is placed: blocked boxes, bodies, forced labels and the names placed. */
function gridOf(named: readonly { c: LabelCandidate; box: Box }[], r: Omit<Room, 'view'>) {
  const grid = new BoxGrid(64);
  for (const b of r.blocked) grid.add(b);
  for (const b of r.bodies) grid.add(b.box, b.id);
  for (const b of r.forced) grid.add(b);
  for (const n of named) grid.add(grow(n.box, r.half));
  return grid;
}

/**
 * A second try for the names that must be drawn but found no free place: a place that only one
 * name placed before it is in the way of is taken, if that name can move to another of its places
 * that is free. Returns whether anything moved (`named` and `placed` are updated).
 */
function makeRoom(
  missed: readonly LabelCandidate[],
  named: { c: LabelCandidate; box: Box }[],
  placed: Map<string, number>,
  r: Room,
): boolean {
  const free = (box: Box, id: string, except: string | null) =>
    inside(box, r.view) &&
    !r.blocked.some((b) => overlaps(b, grow(box, r.half))) &&
    !r.forced.some((b) => overlaps(b, grow(box, r.half))) &&
    !r.bodies.some((b) => b.id !== id && overlaps(b.box, grow(box, r.half))) &&
    !named.some(
      (n) => n.c.id !== except && n.c.id !== id && overlaps(grow(n.box, r.half), grow(box, r.half)),
    );
  let moved = false;
  for (const c of missed) {
    const places = placesOf(c);
    search: for (let i = 0; i < places.length; i++) {
      const place = places[i]!;
      const inWay = named.filter((n) => overlaps(grow(n.box, r.half), grow(place, r.half)));
      if (inWay.length !== 1) continue;
      const other = inWay[0]!;
      if (!free(place, c.id, other.c.id)) continue;
      const theirs = placesOf(other.c);
      for (let j = 0; j < theirs.length; j++) {
        const there = theirs[j]!;
        if (there === other.box || overlaps(grow(there, r.half), grow(place, r.half))) continue;
        if (!free(there, other.c.id, null)) continue;
        other.box = there;
        placed.set(other.c.id, j);
        named.push({ c, box: place });
        placed.set(c.id, i);
        moved = true;
        break search;
      }
    }
  }
  return moved;
}

/** The ids of the labels to draw (see placeLabels). */
export function chooseLabels(input: PlacementInput): Set<string> {
  return new Set(placeLabels(input).keys());
}

/**
 * At most `perCell` ordinary names (tier `rest`) whose nodes lie in each `cell` × `cell` square of
 * the screen, the most important first, as sigma.js's label grid keeps them; every name of a
 * higher tier is kept. For a view of thousands of nodes, where only a few hundred names can ever
 * be drawn: the placement then tries a bounded number of names instead of all of them. Returns
 * the candidates kept, in priority order.
 */
export function thinOut<T extends Ranked & { x: number; y: number }>(
  candidates: readonly T[],
  cell: number,
  perCell: number,
): T[] {
  const sorted = [...candidates].sort(compareCandidates);
  const counts = new Map<number, number>();
  const kept: T[] = [];
  for (const c of sorted) {
    if (c.tier !== 'rest') {
      kept.push(c);
      continue;
    }
    const key = ((Math.floor(c.x / cell) + 32768) << 16) | (Math.floor(c.y / cell) + 32768);
    const n = counts.get(key) ?? 0;
    if (n >= perCell) continue;
    counts.set(key, n + 1);
    kept.push(c);
  }
  return kept;
}
