/**
 * Spatial keyboard navigation: which node an arrow key moves to. Pure (points in, id out), so it
 * is tested in Node. An arrow moves to the nearest node that lies in that direction, favouring
 * nodes straight ahead over ones far to the side, like spatial navigation on a TV remote.
 */

export type Point = { x: number; y: number };
export type Placed = Point & { id: string };
export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

const AXES: Record<ArrowDirection, { ax: 'x' | 'y'; sign: 1 | -1 }> = {
  right: { ax: 'x', sign: 1 },
  left: { ax: 'x', sign: -1 },
  down: { ax: 'y', sign: 1 },
  up: { ax: 'y', sign: -1 },
};

/** How much sideways distance counts against a candidate, relative to distance ahead. */
const SIDEWAYS_WEIGHT = 2;

/**
 * The id of the best node to move to from `from` in `dir`, or null if none lies that way.
 * A candidate must be ahead (within a 60° half-angle cone is preferred; beyond it only if
 * nothing else is), scored by distance ahead plus weighted distance to the side.
 */
export function nextInDirection(
  from: Placed,
  candidates: readonly Placed[],
  dir: ArrowDirection,
): string | null {
  const { ax, sign } = AXES[dir];
  const side = ax === 'x' ? 'y' : 'x';
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const ahead = (c[ax] - from[ax]) * sign;
    if (ahead <= 0.5) continue;
    const sideways = Math.abs(c[side] - from[side]);
    const inCone = sideways <= ahead * Math.tan(Math.PI / 3);
    const score = ahead + SIDEWAYS_WEIGHT * sideways;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) {
      best = { id: c.id, score, inCone };
    }
  }
  return best?.id ?? null;
}

/** The id of the node nearest to a point (where keyboard focus starts), or null if there are none. */
export function nearestTo(point: Point, candidates: readonly Placed[]): string | null {
  let best: { id: string; d: number } | null = null;
  for (const c of candidates) {
    const d = (c.x - point.x) ** 2 + (c.y - point.y) ** 2;
    if (!best || d < best.d) best = { id: c.id, d };
  }
  return best?.id ?? null;
}
