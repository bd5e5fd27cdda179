/**
 * Label size in screen pixels. Cytoscape sizes text in model units, so it shrinks and grows with
 * the zoom; here the on-screen size follows the zoom only within a band, so that zooming out never
 * makes a drawn label smaller than the minimum and zooming in does not grow it without bound. The
 * controller turns the screen size back into model units for the current zoom.
 */

export type LabelScale = { base: number; min: number; max: number };

/**
 * Laptop and phone: never below 12 px (legible is 11 px and up), never above 16 px; names keep
 * their size until the view is well zoomed in (1.5×), so zooming in first makes room for more.
 */
export const NORMAL_SCALE: LabelScale = { base: 8, min: 12, max: 16 };
/** Presentation: type a room can read, never below 18 px (legible from the back is 16 px and up). */
export const PRESENT_SCALE: LabelScale = { base: 12, min: 18, max: 24 };

/** On-screen font size in pixels at this zoom. */
export function screenFontSize(zoom: number, scale: LabelScale): number {
  return Math.min(scale.max, Math.max(scale.min, scale.base * zoom));
}

/** Font size in model units that draws at `screenFontSize` on screen at this zoom. */
export function modelFontSize(zoom: number, scale: LabelScale): number {
  return screenFontSize(zoom, scale) / Math.max(zoom, 1e-6);
}

/** Relationship labels: a little smaller than node labels, still legible (11 px and up, 16 presenting). */
export const EDGE_FONT_RATIO = 0.92;

/** The widest a label line may grow, in multiples of its font size (longer names wrap). */
export const MAX_WIDTH_EM = 10;

/** Model font size before the first pass (the stylesheet's default). */
export const DEFAULT_FONT = 12;

/** Space between a node and its name, in multiples of the font size (the stylesheet's margins). */
export const LABEL_MARGIN_EM = 0.3;

/** The label's background padding, in multiples of the font size. */
export const LABEL_PADDING_EM = 0.18;

/** Space between a node's corner and a name set at that corner, in multiples of the font size. */
export const CORNER_MARGIN_EM = 0.1;

/** The typeface of every label (one weight for all: see the stylesheet). */
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
