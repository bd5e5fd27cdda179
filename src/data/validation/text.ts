/**
 * Text helpers for the validator: "did you mean" (a bounded edit distance), values shortened for
 * messages, and JSON-like paths. Every function here does bounded work whatever it is given, so a
 * 1 MB id or ten thousand candidates cost no more than a short one or a few hundred.
 */

/** Longest word (and candidate) compared for "did you mean": a longer one is no typo of an id. */
export const HINT_MAX_LENGTH = 64;
/** Most candidates compared for one "did you mean" (those of a plausible length only). */
export const HINT_MAX_CANDIDATES = 2000;
/** Longest value quoted in a message (longer ones end in "…"). */
export const SHOWN_MAX_LENGTH = 80;

/** Work done, counted so tests can bound it by steps rather than by time. */
export const work = { cells: 0, hints: 0 };

/**
 * The Levenshtein distance between two strings if it is at most `max`, else `max + 1`.
 * Only a band of width 2·max+1 is computed, and it stops as soon as the band exceeds `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const big = max + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[0] = i <= max ? i : big;
    current[from - 1] = from === 1 ? current[0]! : big; // the cell left of the band
    if (to < b.length) current[to + 1] = big; // and the one right of it, read by the next row
    let rowMin = from === 1 ? current[0]! : big;
    for (let j = from; j <= to; j++) {
      work.cells++;
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution, big);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return big;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, big);
}

/**
 * The closest candidate to a misspelt word, if it is close enough to be a plausible typo
 * (edit distance at most a quarter of the word's length, and at least 1). Used for "did you mean".
 * Bounded: words and candidates longer than HINT_MAX_LENGTH are not compared, and at most
 * HINT_MAX_CANDIDATES candidates of a plausible length are.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | null {
  work.hints++;
  if (word.length === 0 || word.length > HINT_MAX_LENGTH) return null;
  const limit = Math.max(1, Math.floor(word.length / 4));
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = limit + 1;
  let compared = 0;
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || Math.abs(candidate.length - word.length) > limit) continue;
    if (++compared > HINT_MAX_CANDIDATES) break;
    const d = boundedEditDistance(lower, candidate.toLowerCase(), Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      [best, bestDistance] = [candidate, d];
      if (d <= 1) break; // as close as a typo gets
    }
  }
  return best;
}

/**
 * A value as it may appear in a message: at most SHOWN_MAX_LENGTH characters (then "…"), on one
 * line, with control characters and quotes escaped as in JSON.
 */
export function shown(value: string, max = SHOWN_MAX_LENGTH): string {
  const clipped = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(clipped).slice(1, -1);
}

export type Key = string | number;

/** Keys as a path: `edges[12].target`, `nodes[0]["odd key"]`; '' for the whole file. */
export function pathToString(keys: readonly Key[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key) && key.length <= SHOWN_MAX_LENGTH) out += out ? `.${key}` : key;
    else out += `["${shown(key)}"]`;
  }
  return out;
}
