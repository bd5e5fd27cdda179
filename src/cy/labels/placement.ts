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
  /** The label's box on screen, as it would be drawn. */
  box: Box;
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
  /** Extra clearance around each label, in pixels (measuring is not exact to the pixel). */
  gap?: number;
};

const TIER_RANK: Record<Tier, number> = Object.fromEntries(TIERS.map((t, i) => [t, i])) as Record<
  Tier,
  number
>;

/** Priority order: tier, then weight (higher first), then the stable order. */
export function compareCandidates(a: LabelCandidate, b: LabelCandidate): number {
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

/** A grid of buckets over the plane, each holding the boxes that touch it. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  constructor(private size: number) {}
  private range(b: Box) {
    const s = this.size;
    return [Math.floor(b.x1 / s), Math.floor(b.y1 / s), Math.floor(b.x2 / s), Math.floor(b.y2 / s)] as const;
  }
  private key(cx: number, cy: number) {
    // two 16-bit halves: enough for any screen (cells of tens of pixels)
    return ((cx + 32768) << 16) | (cy + 32768);
  }
  add(b: Box) {
    const [ax, ay, bx, by] = this.range(b);
    for (let x = ax; x <= bx; x++)
      for (let y = ay; y <= by; y++) {
        const k = this.key(x, y);
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
  }
  hits(b: Box): boolean {
    const [ax, ay, bx, by] = this.range(b);
    for (let x = ax; x <= bx; x++)
      for (let y = ay; y <= by; y++) {
        const list = this.cells.get(this.key(x, y));
        if (list) for (const o of list) if (overlaps(o, b)) return true;
      }
    return false;
  }
}

/**
 * The ids of the labels to draw. A forced label (selected, hovered, keyboard-focused) is always drawn, wherever
 * it is, so the user sees the name they asked for; every other label is drawn only if it lies in
 * the view, clear of the blocked boxes and of every label drawn before it.
 */
export function chooseLabels({ candidates, view, blocked = [], gap = 2 }: PlacementInput): Set<string> {
  const sorted = [...candidates].sort(compareCandidates);
  const drawn = new Set<string>();
  // forced labels first, clear of each other only (they are few: selected, hovered, focused)
  const forced: Box[] = [];
  for (const c of sorted) {
    if (!isForced(c.tier)) break;
    const box = grow(c.box, gap / 2);
    if (forced.some((f) => overlaps(f, box))) continue;
    forced.push(box);
    drawn.add(c.id);
  }
  // buckets about the size of a short label: a box touches few of them
  const grid = new BoxGrid(64);
  for (const b of blocked) grid.add(b);
  for (const b of forced) grid.add(b);
  for (const c of sorted) {
    if (isForced(c.tier)) continue;
    const box = grow(c.box, gap / 2);
    if (!inside(c.box, view) || grid.hits(box)) continue;
    grid.add(box);
    drawn.add(c.id);
  }
  return drawn;
}
