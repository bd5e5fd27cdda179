import { describe, expect, it } from 'vitest';
import { follow, turnedBox } from '../../../../src/cy/labels/layerItems';

describe('follow', () => {
  it('carries a point drawn at one camera to where it is at another', () => {
    const from = { zoom: 0.5, pan: { x: 100, y: 40 } };
    const to = { zoom: 1.25, pan: { x: -300, y: 75 } };
    const model = { x: 321, y: -87 };
    const at = (c: typeof from) => ({ x: model.x * c.zoom + c.pan.x, y: model.y * c.zoom + c.pan.y });
    const t = follow(from, to);
    const s = at(from);
    expect(s.x * t.k + t.x).toBeCloseTo(at(to).x, 9);
    expect(s.y * t.k + t.y).toBeCloseTo(at(to).y, 9);
    expect(follow(to, to)).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('turnedBox', () => {
  it('is the level box unturned, and holds every corner of the turned one', () => {
    expect(turnedBox(50, 20, 40, 10, 1, 0)).toEqual({ x1: 29, y1: 14, x2: 71, y2: 26 });
    const angle = 0.6;
    const b = turnedBox(0, 0, 40, 10, 1, angle);
    for (const [x, y] of [
      [-21, -6],
      [21, -6],
      [21, 6],
      [-21, 6],
    ] as const) {
      const rx = x * Math.cos(angle) - y * Math.sin(angle);
      const ry = x * Math.sin(angle) + y * Math.cos(angle);
      expect(rx).toBeGreaterThanOrEqual(b.x1 - 1e-9);
      expect(rx).toBeLessThanOrEqual(b.x2 + 1e-9);
      expect(ry).toBeGreaterThanOrEqual(b.y1 - 1e-9);
      expect(ry).toBeLessThanOrEqual(b.y2 + 1e-9);
    }
  });
});
