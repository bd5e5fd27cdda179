import { describe, expect, it } from 'vitest';
import { type GroupItem, type HeadingRoom } from '../../../src/graph/groupLayout';
import { ringLayout } from '../../../src/graph/ringLayout';

const items = (spec: Record<string, number>): GroupItem[] =>
  Object.entries(spec).flatMap(([group, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${group}-${i}`, group, sortKey: `${group}-${i}` })),
  );

const room = (width: number, height: number): HeadingRoom => ({
  view: { width, height },
  padding: { top: 20, right: 24, bottom: 44, left: 24 },
  headingHeight: 21,
  labelRoom: 55,
  maxZoom: 1.6,
  headingWidth: (g) => g.length * 8 + 40,
});

describe('ringLayout', () => {
  const spec = {
    local: 1,
    national: 27,
    nordic: 10,
    baltic: 9,
    european: 16,
    atlantic: 2,
    americas: 3,
    global: 12,
  };
  const data = items(spec);
  const order = Object.keys(spec);

  for (const [w, h] of [
    [1330, 820],
    [390, 600],
  ] as const) {
    it(`at ${w}×${h}: one ring per group, outward in order, each labelled in a gap of its own`, () => {
      const laid = ringLayout(data, order, undefined, room(w, h));
      expect(laid.blocks.map((b) => b.group)).toEqual(order);
      const radius = (id: string) => Math.hypot(laid.positions.get(id)!.x, laid.positions.get(id)!.y);
      expect(radius('local-0')).toBe(0);
      for (let i = 1; i < order.length; i++) {
        const inner = data.filter((d) => d.group === order[i - 1]).map((d) => radius(d.id));
        const ring = data.filter((d) => d.group === order[i]).map((d) => radius(d.id));
        expect(Math.min(...ring), order[i]).toBeGreaterThan(Math.max(...inner));
        // every node of a ring is on it
        expect(Math.max(...ring) - Math.min(...ring)).toBeLessThan(1e-6);
      }
      // each ring's guide circle goes through its members
      for (const b of laid.blocks.slice(1)) {
        const members = data.filter((d) => d.group === b.group).map((d) => radius(d.id));
        for (const r of members) expect(r).toBeCloseTo(b.ring!, 6);
      }
      expect(laid.blocks[0]!.ring).toBeUndefined();
      const z = laid.zoom;
      const headingW = (g: string) => (room(w, h).headingWidth(g, 1) / z) as number;
      for (const b of laid.blocks) {
        // no node of its ring (or any other) under the heading
        const hw = headingW(b.group) / 2;
        const hh = 21 / z / 2;
        const under = data.filter((d) => {
          const p = laid.positions.get(d.id)!;
          return Math.abs(p.x - b.x) < hw && Math.abs(p.y - b.y) < hh;
        });
        expect(
          under.map((d) => d.id),
          b.group,
        ).toEqual([]);
      }
      // headings on the same side of the centre are a heading's height apart on screen
      const ys = laid.blocks.map((b) => b.y * z).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(21 - 1e-6);
    });
  }
});
