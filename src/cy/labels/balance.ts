/**
 * Wrapping a name into lines, as Cytoscape's `text-wrap: wrap` does (greedily, at spaces, each
 * line measured with the space after its last word), and the width that wraps it into balanced
 * lines. Wrapped at the widest a line may be, a long name can end with one short word alone on its
 * last line ("Baltic Sea summit" / "1996"). The narrowest width that still wraps it into as many
 * lines makes the lines about equally long. Cytoscape measures the text at the size it draws it,
 * which differs a little from a measure at another size, so the width chosen is one whose lines
 * stay the same a few per cent narrower or wider. Pure: the caller measures.
 */

/** Width of a text, in the caller's units. */
export type Measure = (text: string) => number;

/**
 * The lines `text` wraps into at `maxW`, and the band of widths that wrap it into the same lines:
 * from the widest test that fitted up to (not including) the narrowest that did not.
 */
function wrapBand(
  text: string,
  maxW: number,
  width: Measure,
): { lines: string[]; low: number; high: number } {
  const out: string[] = [];
  let low = 0;
  let high = Infinity;
  const fits = (test: string) => {
    const w = width(test);
    if (w <= maxW) low = Math.max(low, w);
    else high = Math.min(high, w);
    return w <= maxW;
  };
  for (const line of text.split('\n')) {
    if (fits(line)) {
      out.push(line);
      continue;
    }
    let sub = '';
    let from = 0;
    for (const m of line.matchAll(/[\s\u200b]+|$/g)) {
      const word = line.substring(from, m.index);
      from = m.index + m[0].length;
      const test = sub.length === 0 ? word : sub + word + m[0];
      if (sub.length === 0 || fits(test)) sub += word + m[0];
      else {
        out.push(sub);
        sub = word + m[0];
      }
      if (m[0] === '') break;
    }
    if (!/^[\s\u200b]*$/.test(sub)) out.push(sub);
  }
  return { lines: out, low, high };
}

/** The lines `text` wraps into at `maxW`, as Cytoscape makes them. */
export const wrapLines = (text: string, maxW: number, width: Measure): string[] =>
  wrapBand(text, maxW, width).lines;

/** How far (as a share) the width may be off and the lines still be the same (see above). */
export const BALANCE_TOLERANCE = 0.04;

/**
 * The width to wrap `text` at so that its lines are balanced: the narrowest that wraps it into no
 * more lines than `maxW` does (found by bisection: fewer lines never need a narrower width), moved
 * up to the first arrangement of lines that stays the same within the tolerance either way. Never
 * above `maxW`; a text that fits on one line, or has no such arrangement, keeps `maxW`.
 */
export function balancedWidth(text: string, maxW: number, width: Measure): number {
  const lines = wrapLines(text, maxW, width).length;
  if (lines <= 1) return maxW;
  let lo = 1;
  let hi = Math.ceil(maxW);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapLines(text, mid, width).length <= lines) hi = mid;
    else lo = mid + 1;
  }
  // from the narrowest arrangement up, the first whose band holds the tolerance on both sides
  let w = hi;
  while (w <= maxW) {
    const band = wrapBand(text, w, width);
    const chosen = Math.ceil(band.low / (1 - BALANCE_TOLERANCE));
    if (chosen * (1 + BALANCE_TOLERANCE) < band.high) return Math.min(chosen, maxW);
    if (!Number.isFinite(band.high)) break;
    w = band.high;
  }
  return maxW;
}
