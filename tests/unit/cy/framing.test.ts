import { describe, expect, it } from 'vitest';
import {
  frameBox,
  freeArea,
  LEGIBLE_SHARE,
  legibleFrame,
  namingFrame,
  type FrameOptions,
  type ModelBox,
} from '../../../src/cy/framing';
import { screenFontSize, modelFontSize, NORMAL_SCALE, PRESENT_SCALE } from '../../../src/cy/labels/fontSize';

const OPTS: FrameOptions = {
  padding: { top: 10, right: 10, bottom: 10, left: 10 },
  minZoom: 0.1,
  maxZoom: 4,
};
const bb = (x1: number, y1: number, w: number, h: number): ModelBox => ({
  x1,
  y1,
  x2: x1 + w,
  y2: y1 + h,
  w,
  h,
});
const SIZE = { width: 1000, height: 800 };

describe('frameBox', () => {
  it('without overlays centres the box and fits its larger side', () => {
    const f = frameBox(bb(0, 0, 490, 100), SIZE, [], OPTS);
    expect(f.zoom).toBeCloseTo(2);
    // centre of the box lands at the centre of the view
    expect(f.pan.x + f.zoom * 245).toBeCloseTo(500);
    expect(f.pan.y + f.zoom * 50).toBeCloseTo(400);
  });

  it('steps round a toolbar along the top and an open legend at the bottom left', () => {
    const toolbar = { x1: 600, y1: 0, x2: 1000, y2: 50 };
    const legend = { x1: 0, y1: 450, x2: 320, y2: 800 };
    const box = bb(0, 0, 600, 600);
    const f = frameBox(box, SIZE, [toolbar, legend], OPTS);
    // the framed box on screen touches neither overlay
    const screen = { x1: f.pan.x, y1: f.pan.y, x2: f.pan.x + 600 * f.zoom, y2: f.pan.y + 600 * f.zoom };
    for (const o of [toolbar, legend])
      expect(screen.x1 < o.x2 && o.x1 < screen.x2 && screen.y1 < o.y2 && o.y1 < screen.y2).toBe(false);
    expect(f.zoom).toBeGreaterThan(1);
  });

  it('ignores an overlay that would leave too narrow a strip', () => {
    const panel = { x1: 0, y1: 100, x2: 1000, y2: 750 };
    expect(freeArea({ x1: 0, y1: 0, x2: 1000, y2: 800 }, [panel], bb(0, 0, 10, 10), OPTS)).toEqual({
      x1: 0,
      y1: 0,
      x2: 1000,
      y2: 800,
    });
  });

  it('keeps the zoom within its limits', () => {
    expect(frameBox(bb(0, 0, 1, 1), SIZE, [], OPTS).zoom).toBe(4);
    expect(frameBox(bb(0, 0, 1e6, 1e6), SIZE, [], OPTS).zoom).toBe(0.1);
  });
});

describe('label font size on screen', () => {
  it('never drops below the minimum when zooming out, nor grows without bound zooming in', () => {
    for (const z of [0.05, 0.2, 0.5, 1, 2, 4, 10]) {
      expect(screenFontSize(z, NORMAL_SCALE)).toBeGreaterThanOrEqual(12);
      expect(screenFontSize(z, NORMAL_SCALE)).toBeLessThanOrEqual(16);
      expect(screenFontSize(z, PRESENT_SCALE)).toBeGreaterThanOrEqual(18);
      expect(modelFontSize(z, NORMAL_SCALE) * z).toBeCloseTo(screenFontSize(z, NORMAL_SCALE));
    }
  });
});

describe('legibleFrame', () => {
  const box = bb(0, 0, 400, 200);
  const frame = frameBox(box, SIZE, [], OPTS);

  it('keeps the frame when its names are legible already', () => {
    const asked: number[] = [];
    const f = legibleFrame(frame, box, { x: 200, y: 100 }, 4, (cams) => {
      asked.push(...cams.map((c) => c.zoom));
      return cams.map(() => 0.9);
    });
    expect(f.zoom).toBe(frame.zoom);
    expect(f.pan).toEqual(frame.pan);
    // and no closer camera is weighed
    expect(asked).toEqual([frame.zoom]);
  });

  it('zooms in to the first step where enough names are drawn, about the point given', () => {
    // legible from 1.5 times the fitted zoom on
    const f = legibleFrame(frame, box, { x: 100, y: 50 }, 4, (cams) =>
      cams.map((c) => (c.zoom >= frame.zoom * 1.5 ? LEGIBLE_SHARE : 0.3)),
    );
    expect(f.zoom).toBeGreaterThanOrEqual(frame.zoom * 1.5);
    expect(f.zoom).toBeLessThan(frame.zoom * 1.5 * 1.1);
    // the point asked about sits where the frame put the box's centre
    expect(f.pan.x + f.zoom * 100).toBeCloseTo(frame.pan.x + frame.zoom * 200);
    expect(f.pan.y + f.zoom * 50).toBeCloseTo(frame.pan.y + frame.zoom * 100);
  });

  it('never passes the zoom limit, and short of the target takes the most legible view', () => {
    const f = legibleFrame(frame, box, { x: 200, y: 100 }, frame.zoom * 1.3, (cams) =>
      cams.map((c) => (Math.abs(c.zoom - frame.zoom * 1.1) < 1e-9 ? 0.5 : 0.2)),
    );
    expect(f.zoom).toBeCloseTo(frame.zoom * 1.1);
    expect(
      legibleFrame(frame, box, { x: 200, y: 100 }, frame.zoom * 1.3, (cams) => cams.map(() => 0.1)).zoom,
    ).toBe(frame.zoom);
  });
});

describe('namingFrame', () => {
  const box = bb(0, 0, 400, 200);
  const frame = frameBox(box, SIZE, [], OPTS);
  const limits = { minZoom: 0.1, maxZoom: 4 };

  it('keeps the fitted camera when it names them all, asking about it alone', () => {
    const asked: number[] = [];
    const f = namingFrame(frame, box, limits, 3, (c) => (asked.push(c.zoom), 3));
    expect(f).toEqual(frame);
    expect(asked).toEqual([frame.zoom]);
  });

  it('takes the nearest camera that names them all: a step out before a step in, no shift before one', () => {
    const f = namingFrame(frame, box, limits, 3, (c) => (c.zoom < frame.zoom * 0.95 ? 3 : 2));
    expect(f.zoom).toBeCloseTo(frame.zoom / 1.1);
    // the box's centre stays where the frame put it
    expect(f.pan.x + f.zoom * 200).toBeCloseTo(frame.pan.x + frame.zoom * 200);
    expect(f.pan.y + f.zoom * 100).toBeCloseTo(frame.pan.y + frame.zoom * 100);
    const into = namingFrame(frame, box, limits, 3, (c) => (c.zoom > frame.zoom * 1.15 ? 3 : 2));
    expect(into.zoom).toBeCloseTo(frame.zoom * 1.21);
  });

  it('shifts the picture sideways when that is what names them all', () => {
    // only with the box's centre 24 px right of where the frame put it
    const f = namingFrame(frame, box, limits, 2, (c) =>
      Math.abs(c.pan.x + c.zoom * 200 - (frame.pan.x + frame.zoom * 200) - 24) < 1e-6 ? 2 : 1,
    );
    expect(f.zoom).toBe(frame.zoom);
    expect(f.pan.x).toBeCloseTo(frame.pan.x + 24);
  });

  it('stays within the zoom limits, and with none that names all takes the first that names most', () => {
    const asked: number[] = [];
    const tight = { minZoom: frame.zoom / 1.25, maxZoom: frame.zoom * 1.25 };
    const f = namingFrame(frame, box, tight, 4, (c) => {
      asked.push(c.zoom);
      return c.zoom > frame.zoom * 1.05 ? 3 : 1;
    });
    expect(Math.min(...asked)).toBeGreaterThanOrEqual(tight.minZoom - 1e-9);
    expect(Math.max(...asked)).toBeLessThanOrEqual(tight.maxZoom + 1e-9);
    expect(f.zoom).toBeCloseTo(frame.zoom * 1.1);
    expect(f.pan.x + f.zoom * 200).toBeCloseTo(frame.pan.x + frame.zoom * 200);
  });
});
