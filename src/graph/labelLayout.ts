/**
 * A layout that leaves room for names: starting from a force-directed picture (which keeps related
 * organisations together), nodes are stretched to the shape of a laptop screen and pushed apart
 * until no node's label box (the node with its name hanging below it) touches another's. Pure and
 * deterministic (no randomness, a fixed number of rounds), so `npm run layout` stores the same
 * positions every time. Sizes are in pixels at zoom 1, with names at 12 px, which is how a fitted
 * view of about 1100 × 600 pixels (a 1280 × 720 projector, less the controls) draws them.
 */

/** Widths of characters in ems, in the sans-serif a Linux browser draws labels with (others are close). */
const EM: Record<string, number> = {
  ' ': 0.32,
  f: 0.35,
  i: 0.28,
  j: 0.28,
  l: 0.28,
  r: 0.41,
  t: 0.39,
  s: 0.52,
  z: 0.52,
  c: 0.55,
  m: 0.97,
  w: 0.82,
  I: 0.29,
  J: 0.29,
  M: 0.86,
  W: 0.99,
  '(': 0.39,
  ')': 0.39,
  '-': 0.36,
  ',': 0.32,
  '.': 0.32,
  '/': 0.34,
};
const emOf = (ch: string) =>
  EM[ch] ??
  (ch >= 'A' && ch <= 'Z'
    ? 0.7
    : ch >= '0' && ch <= '9'
      ? 0.64
      : ch === 'Å' || ch === 'Ä'
        ? 0.68
        : ch === 'Ö'
          ? 0.79
          : 0.61);

/** Estimated width of a line of text at a font size, in pixels. */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += emOf(ch);
  return Math.ceil(em * fontPx);
}

/** The lines a name wraps into (greedy, at spaces, as Cytoscape wraps a label). */
export function wrapLines(text: string, fontPx: number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, fontPx) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The box a node and its name take, in pixels: width, and height above and below the node's centre. */
export type NodeBox = { w: number; up: number; down: number };

/** The box of a node of a given size with the name below it, at a font size and wrap width. */
export function nodeBox(names: readonly string[], node: number, fontPx = 12, maxWidth = 120): NodeBox {
  let w = node;
  let lines = 1;
  for (const name of names) {
    const wrapped = wrapLines(name, fontPx, maxWidth);
    w = Math.max(w, ...wrapped.map((l) => textWidth(l, fontPx) + fontPx * 0.4 + 4));
    lines = Math.max(lines, wrapped.length);
  }
  return { w, up: node / 2, down: node / 2 + fontPx * 0.3 + lines * fontPx + fontPx * 0.4 + 4 };
}

export type Point = { x: number; y: number };

export type SpreadOptions = {
  /** The area to fill, in pixels (its shape is the screen's). */
  width: number;
  height: number;
  /** Clear space kept between two boxes. */
  gap: number;
  rounds: number;
};

/** How much of the evening out is by rank (the rest keeps the force layout's distances). */
const EVEN = 0.7;

export const LAPTOP_AREA: SpreadOptions = { width: 1060, height: 560, gap: 4, rounds: 500 };

/**
 * Positions with no two boxes touching (where the area allows): the starting picture is scaled to
 * fill the area, then each round pushes every touching pair apart along the axis where they touch
 * least, pulls each node a little back towards where it started (so the picture keeps its shape),
 * and keeps all inside the area. If boxes still touch after the rounds, the area grows a little and
 * the rounds run again.
 */
export function spreadForLabels(
  ids: readonly string[],
  start: Readonly<Record<string, Point>>,
  boxes: Readonly<Record<string, NodeBox>>,
  o: SpreadOptions = LAPTOP_AREA,
): Record<string, Point> {
  const n = ids.length;
  const bx = ids.map((id) => boxes[id] ?? { w: 30, up: 15, down: 15 });
  const sx = ids.map((id) => start[id]?.x ?? 0);
  const sy = ids.map((id) => start[id]?.y ?? 0);
  const minX = Math.min(...sx);
  const maxX = Math.max(...sx);
  const minY = Math.min(...sy);
  const maxY = Math.max(...sy);
  // each axis evened out: a blend of the linear scale and the rank (a force layout crowds its
  // centre and leaves its corners empty; ranks spread the nodes evenly, keeping their order)
  const even = (v: number[], lo: number, hi: number) => {
    const order = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]! || a - b);
    const rank = new Array<number>(v.length);
    order.forEach((i, r) => (rank[i] = v.length > 1 ? r / (v.length - 1) : 0.5));
    return v.map((val, i) => EVEN * rank[i]! + (1 - EVEN) * ((val - lo) / Math.max(hi - lo, 1)));
  };
  const ux = even(sx, minX, maxX);
  const uy = even(sy, minY, maxY);
  let width = o.width;
  let height = o.height;
  let x: number[] = [];
  let y: number[] = [];
  for (let attempt = 0; attempt < 1; attempt++) {
    const ax = ux.map((v) => v * width);
    const ay = uy.map((v) => v * height);
    x = [...ax];
    y = [...ay];
    let touching = 0;
    for (let round = 0; round < o.rounds; round++) {
      touching = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = bx[i]!;
          const b = bx[j]!;
          const ox = (a.w + b.w) / 2 + o.gap - Math.abs(x[i]! - x[j]!);
          if (ox <= 0) continue;
          // vertical extents: [y - up, y + down]
          const oy = Math.min(y[i]! + a.down, y[j]! + b.down) - Math.max(y[i]! - a.up, y[j]! - b.up) + o.gap;
          if (oy <= 0) continue;
          touching++;
          if (ox < oy) {
            const d = (x[i]! < x[j]! || (x[i] === x[j] && i < j) ? -ox : ox) / 2;
            x[i]! += d;
            x[j]! -= d;
          } else {
            const d = (y[i]! < y[j]! || (y[i] === y[j] && i < j) ? -oy : oy) / 2;
            y[i]! += d;
            y[j]! -= d;
          }
        }
      }
      // late rounds only separate; early ones also keep the picture's shape
      const pull = round < o.rounds / 2 ? 0.03 : 0;
      for (let i = 0; i < n; i++) {
        x[i] = Math.min(width - bx[i]!.w / 2, Math.max(bx[i]!.w / 2, x[i]! + (ax[i]! - x[i]!) * pull));
        y[i] = Math.min(height - bx[i]!.down, Math.max(bx[i]!.up, y[i]! + (ay[i]! - y[i]!) * pull));
      }
      if (touching === 0 && round > o.rounds / 2) break;
    }
    if (touching === 0) break;
    width *= 1.08;
    height *= 1.08;
  }
  const out: Record<string, Point> = {};
  ids.forEach((id, i) => (out[id] = { x: Math.round(x[i]!), y: Math.round(y[i]!) }));
  return out;
}
