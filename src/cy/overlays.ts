/**
 * The app's own controls that float over the graph (toolbar, legend, status line, panels drawn
 * over it) publish themselves here, each as a function that returns its rectangle on the page. The
 * graph layer reads these rectangles (never the components' markup) to keep labels out from under
 * them and to frame elements in the part of the view they leave free. Components also say when a
 * rectangle changed (resize, open, close), so labels are placed again.
 */
import type { Box } from './labels/placement';

type RectSource = () => {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
} | null;

const sources = new Map<string, RectSource>();
/** Marks: parts of the picture drawn over the canvas (layout headings), which names keep clear of. */
const marks = new Map<string, () => readonly DOMRect[]>();
const listeners = new Set<() => void>();

/** Publishes (or, with null, withdraws) an overlay by name. */
export function publishOverlay(name: string, source: RectSource | null) {
  if (source) sources.set(name, source);
  else sources.delete(name);
  overlaysChanged();
}

/**
 * Publishes (or, with null, withdraws) marks by name: drawn over the graph as part of the picture,
 * so labels keep clear of them, but not controls (framing does not step around them).
 */
export function publishMarks(name: string, source: (() => readonly DOMRect[]) | null) {
  if (source) marks.set(name, source);
  else marks.delete(name);
  overlaysChanged();
}

/** Tells the graph layer that an overlay moved or changed size. */
export function overlaysChanged() {
  for (const fn of listeners) fn();
}

/** Calls `fn` whenever an overlay changes; returns the function that stops it. */
export function onOverlaysChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

/**
 * The overlays' rectangles in the coordinates of an element (the graph's container): only those
 * that are shown and cross it, clipped to it; with the marks unless `marks` is false.
 */
export function overlayBoxes(container: Element | null, { marks: withMarks = true } = {}): Box[] {
  if (!container) return [];
  const c = container.getBoundingClientRect();
  const out: Box[] = [];
  const rects = [...sources.values()].map((source) => source());
  if (withMarks) for (const source of marks.values()) rects.push(...source());
  for (const r of rects) {
    if (!r || r.width === 0 || r.height === 0) continue;
    const box = {
      x1: Math.max(r.left - c.left, 0),
      y1: Math.max(r.top - c.top, 0),
      x2: Math.min(r.right - c.left, c.width),
      y2: Math.min(r.bottom - c.top, c.height),
    };
    if (box.x2 > box.x1 && box.y2 > box.y1) out.push(box);
  }
  return out;
}
