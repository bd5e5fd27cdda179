/**
 * The size of a name's text, measured once per text and reused by every label pass: Cytoscape
 * measures a label again whenever its font size changes (every zoom), which at thousands of nodes
 * costs more than the whole placement, and its measure at one size is not exactly its measure at
 * another scaled, so a pass estimating from whatever size a label last had would place names
 * differently depending on how the view was reached. Here each text is measured in a canvas at one
 * reference size, wrapped as Cytoscape wraps it (at spaces, at most `MAX_WIDTH_EM` ems wide and
 * narrower where that balances the lines, each line measured with the space after its last word),
 * and scaled to the size asked for, rounded up to a
 * whole unit as Cytoscape rounds.
 */
import { balancedWidth, wrapLines } from './balance';
import { LABEL_FONT_FAMILY, MAX_WIDTH_EM } from './fontSize';

/** The font size texts are measured at: large, so that rounding does not matter. */
const REFERENCE = 100;

type Measured = { w: number; lines: number };
const cache = new Map<string, Measured>();
let context: CanvasRenderingContext2D | null | undefined;

/** The canvas's 2D context for measuring, or null where there is none (no DOM, or no canvas). */
function measuringContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = null;
  try {
    const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (ctx && typeof ctx.measureText === 'function') {
      ctx.font = `normal normal ${REFERENCE}px ${LABEL_FONT_FAMILY}`;
      context = ctx;
    }
  } catch {
    context = null;
  }
  return context;
}

const widthOf = (ctx: CanvasRenderingContext2D, line: string) => Math.ceil(ctx.measureText(line).width);

/**
 * `widthOf` for one text's wrapping: the search for its balanced width wraps it at a dozen widths,
 * and each wrapping measures the same runs of words again (the first words of each line); each is
 * measured once. Every node's style asks for its width when the graph is first drawn.
 */
function measurer(ctx: CanvasRenderingContext2D): (line: string) => number {
  const seen = new Map<string, number>();
  return (line) => {
    let w = seen.get(line);
    if (w === undefined) seen.set(line, (w = widthOf(ctx, line)));
    return w;
  };
}

/** The lines a text wraps into at the reference size, as Cytoscape wraps it at its balanced width. */
const wrap = (ctx: CanvasRenderingContext2D, text: string) =>
  wrapLines(text, wrapWidthEm(text) * REFERENCE, (line) => widthOf(ctx, line));

const balancedEm = new Map<string, number>();

/**
 * The width to wrap a name at, in multiples of its font size: at most `MAX_WIDTH_EM`, narrower
 * where that balances its lines (see balance.ts). The stylesheet's `text-max-width` and the
 * measure here both use it, so the label pass measures the lines Cytoscape draws.
 */
export function wrapWidthEm(text: string): number {
  let em = balancedEm.get(text);
  if (em === undefined) {
    const ctx = measuringContext();
    if (!ctx) return MAX_WIDTH_EM;
    em = balancedWidth(text, MAX_WIDTH_EM * REFERENCE, measurer(ctx)) / REFERENCE;
    balancedEm.set(text, em);
  }
  return em;
}

/**
 * The text's width and height, in the units of `font` (a font size in model units), as Cytoscape
 * would lay it out at that size; null where no canvas can measure (then Cytoscape's box is read).
 */
export function textSizeAt(text: string, font: number): { w: number; h: number } | null {
  let m = cache.get(text);
  if (!m) {
    const ctx = measuringContext();
    if (!ctx) return null;
    const lines = wrap(ctx, text);
    m = { w: Math.max(0, ...lines.map((l) => ctx.measureText(l).width)), lines: Math.max(lines.length, 1) };
    cache.set(text, m);
  }
  return { w: Math.ceil((m.w * font) / REFERENCE), h: m.lines * font };
}

/**
 * Measures a name ahead of its first use, as the stylesheet (its wrap width) and the label pass
 * (its size) will: balancing a name's lines takes a few dozen measures of its words.
 */
export function measureAhead(text: string) {
  wrapWidthEm(text);
  textSizeAt(text, 1);
}
