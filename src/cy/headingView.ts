/**
 * How layout headings are drawn (their type size, in one place) and the view a layout with
 * headings is planned for: the graph's size less the controls over it, and the headings' widths
 * as the browser draws them.
 */
import type { Core } from 'cytoscape';
import type { ModelBox } from './framing';
import { framePadding, freeArea } from './framing';
import { FIT_MAX_ZOOM } from './commands';
import { overlayBoxes } from './overlays';
import type { HeadingView, LayoutGroups } from './layouts';

/** A heading's type size on screen, in pixels: normal, and for a room. */
export const HEADING_FONT_PX = { normal: 13, presentation: 18 } as const;
/** Its line height (in ems), side padding and bottom rule, in pixels. */
export const HEADING_LINE = 1.25;
export const HEADING_PAD_X = 5;
const HEADING_RULE = 4;

const headingFont = (presentation: boolean) => HEADING_FONT_PX[presentation ? 'presentation' : 'normal'];

/** Height of a one-line heading box, in pixels. */
export const headingHeight = (presentation: boolean) =>
  Math.ceil(headingFont(presentation) * HEADING_LINE + HEADING_RULE);

/** Room a name takes below its node: half a node and three lines at the least label size. */
const labelRoom = (presentation: boolean) => (presentation ? 12 + 3 * 18 * 1.2 : 12 + 3 * 12 * 1.2);

let canvas: HTMLCanvasElement | null = null;

/** Measures text in the heading's font (bold, the container's family), padding included. */
function measurer(container: Element | null, presentation: boolean): (text: string) => number {
  const px = headingFont(presentation);
  const family = container ? getComputedStyle(container).fontFamily : 'sans-serif';
  canvas ??= typeof document !== 'undefined' ? document.createElement('canvas') : null;
  const ctx = canvas?.getContext('2d') ?? null;
  if (!ctx) return (text) => text.length * px * 0.62 + 2 * HEADING_PAD_X;
  ctx.font = `600 ${px}px ${family || 'sans-serif'}`;
  // a pixel to spare for rounding
  return (text) => Math.ceil(ctx.measureText(text).width) + 2 * HEADING_PAD_X + 1;
}

/** The view for a layout with headings on this instance, the whole graph area. */
export function headingView(cy: Core, presentation: boolean): HeadingView {
  const small = cy.width() < 560;
  return {
    view: { width: cy.width(), height: cy.height() },
    padding: framePadding(presentation, small),
    headingHeight: headingHeight(presentation),
    labelRoom: labelRoom(presentation),
    maxZoom: FIT_MAX_ZOOM,
    measure: measurer(cy.container(), presentation),
  };
}

/**
 * The same view, shrunk to the part of it the controls leave free for a picture of this extent
 * (as framing will find it), so that a second plan is made for the room it will really have.
 */
export function freeHeadingView(cy: Core, v: HeadingView, groups: NonNullable<LayoutGroups>): HeadingView {
  const e = groups.extent;
  const bb: ModelBox = { ...e, w: e.x2 - e.x1, h: e.y2 - e.y1 };
  const view = { x1: 0, y1: 0, x2: v.view.width, y2: v.view.height };
  const free = freeArea(view, overlayBoxes(cy.container(), { marks: false }), bb, {
    padding: v.padding,
    minZoom: cy.minZoom(),
    maxZoom: v.maxZoom,
  });
  return { ...v, view: { width: free.x2 - free.x1, height: free.y2 - free.y1 } };
}
