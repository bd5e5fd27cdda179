import { describe, expect, it, vi } from 'vitest';
import type { Core } from 'cytoscape';
import { keepLabelBoundsFresh, labelBoxStale } from '../../../src/cy/labelBounds';

/** An element as Cytoscape's renderer keeps it: the label's size, and the cached box around it. */
function ele(label: { w: number; h: number }, box: { w: number; h: number } | null) {
  const pads = { leftPad: -5, rightPad: 5, topPad: -3, botPad: 3 };
  return {
    _private: {
      rstyle: { labelWidth: label.w, labelHeight: label.h },
      labelBounds: { main: box && { ...box, ...pads } },
    },
    removed: () => false,
    dirtyBoundingBoxCache: vi.fn(),
  };
}

describe('labelBoxStale', () => {
  it('tells a box computed from another label size', () => {
    expect(labelBoxStale(ele({ w: 93, h: 30 }, { w: 103, h: 36 }))).toBe(false);
    expect(labelBoxStale(ele({ w: 93, h: 30 }, { w: 29, h: 19 }))).toBe(true);
    expect(labelBoxStale(ele({ w: 93, h: 30 }, { w: 103, h: 19 }))).toBe(true);
    // no box cached: nothing to drop
    expect(labelBoxStale(ele({ w: 93, h: 30 }, null))).toBe(false);
  });
});

describe('keepLabelBoundsFresh', () => {
  it('drops, before the frame draws, the boxes of the restyled elements whose label size changed', () => {
    let calcs: ((willDraw: boolean, eles: unknown[]) => void) | undefined;
    const before: { fn: (willDraw: boolean) => void; priority: number }[] = [];
    const renderer = {
      onUpdateEleCalcs: (fn: typeof calcs) => void (calcs = fn),
      beforeRender: (fn: (willDraw: boolean) => void, priority: number) => void before.push({ fn, priority }),
      beforeRenderPriorities: { eleCalcs: 300, eleTxrDeq: 200 },
    };
    const cy = { renderer: () => renderer } as unknown as Core;
    expect(keepLabelBoundsFresh(cy)).toBe(true);
    // after the sizes are worked out (eleCalcs), before textures are drawn (eleTxrDeq)
    expect(before[0]!.priority).toBeLessThan(300);
    expect(before[0]!.priority).toBeGreaterThan(200);

    const stale = ele({ w: 93, h: 30 }, { w: 29, h: 19 });
    const fine = ele({ w: 20, h: 13 }, { w: 30, h: 19 });
    const untouched = ele({ w: 93, h: 30 }, { w: 29, h: 19 });
    calcs!(true, [stale, fine]);
    before[0]!.fn(true);
    expect(stale.dirtyBoundingBoxCache).toHaveBeenCalledTimes(1);
    expect(fine.dirtyBoundingBoxCache).not.toHaveBeenCalled();
    // only the frame's restyled elements are looked at, and only once
    expect(untouched.dirtyBoundingBoxCache).not.toHaveBeenCalled();
    before[0]!.fn(true);
    expect(stale.dirtyBoundingBoxCache).toHaveBeenCalledTimes(1);
  });

  it('does nothing without a canvas renderer (headless)', () => {
    expect(keepLabelBoundsFresh({ renderer: () => undefined } as unknown as Core)).toBe(false);
  });
});
