/**
 * What the label layer draws (see ../labelLayer.ts): each name the placement chose, as lines of
 * text at a font size in pixels, in its box on screen (the background behind the text, in the
 * container's pixels at the camera of the pass that placed it), with its look. Pure: tested in Node.
 */
import type { Box } from './placement';
import type { LabelLook } from './measure';

export type LayerItem = {
  id: string;
  lines: readonly string[];
  /** Font size on screen, in pixels. */
  px: number;
  /** The background behind the text, on screen; a relationship's is turned by `angle` about its centre. */
  box: Box;
  /** Padding between the box's edge and the text, in pixels. */
  pad: number;
  /** Relationships: the angle (radians) of their line, kept upright; nodes' names are level. */
  angle: number;
  look: LabelLook;
  /** A relationship's name (drawn on its own, paler background). */
  edge: boolean;
};

/** The box a text of `w` × `h` with padding `pad` takes when turned by `angle` about (`x`, `y`). */
export function turnedBox(x: number, y: number, w: number, h: number, pad: number, angle: number): Box {
  const hw = w / 2 + pad;
  const hh = h / 2 + pad;
  const c = Math.abs(Math.cos(angle));
  const s = Math.abs(Math.sin(angle));
  const rx = c * hw + s * hh;
  const ry = s * hw + c * hh;
  return { x1: x - rx, y1: y - ry, x2: x + rx, y2: y + ry };
}

/** Boxes shrunk by `by` on every side. */
export const shrink = (b: Box, by: number): Box => ({
  x1: b.x1 + by,
  y1: b.y1 + by,
  x2: b.x2 - by,
  y2: b.y2 - by,
});

/** The camera a picture was drawn at. */
export type LayerCamera = { zoom: number; pan: { x: number; y: number } };

/**
 * The transform that carries a picture drawn at camera `from` to where its points are at camera
 * `to`: a point at `s` on screen goes to `s * k + (x, y)` (the same scale and shift Cytoscape
 * gives its own picture while the camera moves).
 */
export function follow(from: LayerCamera, to: LayerCamera): { k: number; x: number; y: number } {
  const k = to.zoom / from.zoom;
  return { k, x: to.pan.x - from.pan.x * k, y: to.pan.y - from.pan.y * k };
}
