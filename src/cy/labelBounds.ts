/**
 * Keeps Cytoscape's cached label boxes (3.34) true to the labels it draws.
 *
 * An element's box is cached with its label's size as the renderer last worked it out, and the
 * renderer works a label's size out again only in the frame after it hears of a restyle. A box
 * read in between (a node brought into view just as its full name replaced its short one, a label
 * measured inside a batch) is computed from the old size and kept once the new size is known, and
 * the label's texture is cut to it: "Nationella operativa avdelningen" was drawn as "tionel /
 * erati", and every reader of the box (framing, the label pass, the tests) saw the short name's
 * size. After the renderer has worked out the sizes of a frame's restyled elements, and before it
 * draws any, the box of each whose label size no longer matches its cached box is dropped, so the
 * frame draws, and the next reader reads, a box computed from the new size.
 */
import type { Core } from 'cytoscape';

type LabelBox = { w: number; h: number; leftPad: number; rightPad: number; topPad: number; botPad: number };
type Internal = {
  _private: {
    rstyle: { labelWidth?: number; labelHeight?: number };
    labelBounds?: { main?: LabelBox | null };
  };
  removed(): boolean;
  dirtyBoundingBoxCache?: () => void;
};
type Renderer = {
  onUpdateEleCalcs?: (fn: (willDraw: boolean, eles: ArrayLike<Internal>) => void) => void;
  beforeRender?: (fn: (willDraw: boolean) => void, priority: number) => void;
  beforeRenderPriorities?: { eleCalcs: number; eleTxrDeq: number };
};

/** Whether the element's cached label box was computed from another size than its label has. */
export function labelBoxStale(ele: Internal): boolean {
  const box = ele._private.labelBounds?.main;
  if (!box) return false;
  const { labelWidth: w = 0, labelHeight: h = 0 } = ele._private.rstyle;
  return (
    Math.abs(box.w - (w + box.rightPad - box.leftPad)) > 0.5 ||
    Math.abs(box.h - (h + box.botPad - box.topPad)) > 0.5
  );
}

/** Installs the check on `cy`'s renderer (once per instance; none without a canvas renderer). */
export function keepLabelBoundsFresh(cy: Core): boolean {
  const r = (cy as unknown as { renderer?: () => Renderer | undefined }).renderer?.();
  if (!r?.onUpdateEleCalcs || !r.beforeRender || !r.beforeRenderPriorities) return false;
  let updated: ArrayLike<Internal> = [];
  // told of the frame's restyled elements just before their sizes are worked out …
  r.onUpdateEleCalcs((willDraw, eles) => {
    if (willDraw) updated = eles;
  });
  // … and checked once they are, before anything is drawn
  const { eleCalcs, eleTxrDeq } = r.beforeRenderPriorities;
  r.beforeRender(
    () => {
      const eles = updated;
      updated = [];
      for (let i = 0; i < eles.length; i++) {
        const ele = eles[i]!;
        if (!ele.removed() && labelBoxStale(ele)) ele.dirtyBoundingBoxCache?.();
      }
    },
    (eleCalcs + eleTxrDeq) / 2,
  );
  return true;
}
