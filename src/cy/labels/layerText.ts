/**
 * Names as the label layer draws them (see ../labelLayer.ts): each text wrapped into lines at the
 * balanced width Cytoscape's labels use (balance.ts), once, its lines measured at the very font
 * size they are drawn at, and kept per text and size, so a pass after a pan, or a zoom that leaves the size as it was,
 * measures nothing new. Pure: the caller gives the measure (a canvas context's `measureText` in
 * the browser, a stand-in in Node).
 */
import { balancedWidth, wrapLines } from './balance';
import { LABEL_FONT_FAMILY, MAX_WIDTH_EM } from './fontSize';

/** A text's width in pixels at a font size in pixels. */
export type WidthAt = (text: string, px: number) => number;

/** A name laid out at one font size: its lines and the size of their block, in pixels. */
export type LaidName = { lines: readonly string[]; w: number; h: number };

/** The size names are balanced at (as textSize.ts): large, so that rounding does not matter. */
const REFERENCE = 100;

/**
 * Font sizes are drawn in steps of this many pixels: a zoom between two steps draws (and measures)
 * the names as at the step, so that a slow wheel turn does not measure every name at every notch.
 */
export const PX_STEP = 0.5;
export const stepPx = (px: number) => Math.round(px / PX_STEP) * PX_STEP;

/** The canvas font of a name at `px` (the stylesheet's family and its one weight). */
export const layerFont = (px: number) => `normal normal ${px}px ${LABEL_FONT_FAMILY}`;

export class NameMeasure {
  private laid = new Map<string, LaidName>();
  private balanced = new Map<string, number>();
  private single = new Map<string, { w: number; words: number }>();
  private wrapped = new Map<string, readonly string[]>();
  /** How many texts were measured (a name at a size it was not measured at before). */
  measured = 0;
  constructor(private readonly width: WidthAt) {}

  /** The width to wrap `text` at, in multiples of its font size (as wrapWidthEm in textSize.ts). */
  private wrapEm(text: string): number {
    let em = this.balanced.get(text);
    if (em === undefined) {
      const w = (line: string) => Math.ceil(this.width(line, REFERENCE));
      em = balancedWidth(text, MAX_WIDTH_EM * REFERENCE, w) / REFERENCE;
      this.balanced.set(text, em);
    }
    return em;
  }

  /**
   * A bound on the size of `text` laid out at `px`: no wider than on one line, no more lines than
   * words (from one measure per text, scaled). Lets a pass set aside names that cannot reach the
   * view without laying them out.
   */
  bound(text: string, px: number): { w: number; h: number } {
    let m = this.single.get(text);
    if (!m) {
      m = { w: this.width(text, REFERENCE), words: text.split(/\s+/).filter(Boolean).length };
      this.single.set(text, m);
    }
    // a little more than the scaled measure: text does not scale exactly
    return { w: Math.ceil((m.w * px * 1.05) / REFERENCE) + 1, h: Math.max(m.words, 1) * px };
  }

  /**
   * Measures `text` once for `bound`, if it was not yet; returns whether it was measured now. Lets a
   * network's names be measured ahead of its first pass (see readyLayerPass in measure.ts).
   */
  measureOnce(text: string): boolean {
    if (this.single.has(text)) return false;
    this.bound(text, REFERENCE);
    return true;
  }

  /**
   * The lines of `text`, wrapped once at the size names are balanced at: the same at every size
   * (the balanced width is in multiples of the font size), so a size not seen before measures only
   * the lines, not every arrangement tried.
   */
  private linesOf(text: string): readonly string[] {
    let lines = this.wrapped.get(text);
    if (!lines) {
      const w = (line: string) => Math.ceil(this.width(line, REFERENCE));
      lines = wrapLines(text, this.wrapEm(text) * REFERENCE, w).map((l) => l.trimEnd());
      this.wrapped.set(text, lines);
    }
    return lines;
  }

  /** `text` laid out at `px` (a step of PX_STEP), measured once per text and size. */
  lay(text: string, px: number): LaidName {
    const key = `${px}\u0000${text}`;
    let m = this.laid.get(key);
    if (!m) {
      this.measured++;
      const lines = this.linesOf(text);
      const w = Math.ceil(Math.max(0, ...lines.map((line) => this.width(line, px))));
      m = { lines, w, h: Math.max(lines.length, 1) * px };
      this.laid.set(key, m);
    }
    return m;
  }
}

/** Runs `step` when the page is idle, with the time it may take (ms); returns a cancel. */
export type Idle = (step: (remaining: number) => void) => () => void;

/** The browser's idle callback (a timer where there is none), within 3 s however busy the page. */
export const whenIdle: Idle = (step) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((d) => step(d.timeRemaining()), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => step(8), 50);
  return () => clearTimeout(id);
};

/**
 * Lays `texts` out at `px` with `measure`, a few milliseconds at a time while the page is idle, so
 * that a pass finds them laid out. `done`: whether every text has been.
 */
export function layOutWhileIdle(
  measure: NameMeasure,
  texts: Iterator<string>,
  px: number,
  idle: Idle,
  now: () => number = () => performance.now(),
): { stop: () => void; done: () => boolean } {
  let finished = false;
  let cancel: (() => void) | null = null;
  const step = (remaining: number) => {
    cancel = null;
    // at most 8 ms, at least 2 (an idle callback called at its time-out has none left)
    const until = now() + Math.min(8, Math.max(2, remaining - 1));
    while (now() < until) {
      const next = texts.next();
      if (next.done) return void (finished = true);
      measure.lay(next.value, px);
    }
    cancel = idle(step);
  };
  cancel = idle(step);
  return {
    stop: () => {
      cancel?.();
      cancel = null;
    },
    done: () => finished,
  };
}

/** A measure from a canvas 2D context, or null where there is none (no DOM, or no canvas). */
export function canvasWidth(): WidthAt | null {
  try {
    const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (!ctx || typeof ctx.measureText !== 'function') return null;
    let font = '';
    return (text, px) => {
      const f = layerFont(px);
      if (f !== font) ctx.font = font = f;
      return ctx.measureText(text).width;
    };
  } catch {
    return null;
  }
}
