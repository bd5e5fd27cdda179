import { describe, expect, it } from 'vitest';
import {
  CELL_H,
  CELL_W,
  groupedLayout,
  HEADING_MARGIN,
  MIN_PLAN_ZOOM,
  type GroupBlock,
  type GroupItem,
  type HeadingRoom,
} from '../../../src/graph/groupLayout';

const items = (spec: Record<string, number>): GroupItem[] =>
  Object.entries(spec).flatMap(([group, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${group}-${i}`, group, sortKey: `${group}-${i}` })),
  );

describe('groupedLayout', () => {
  const data = items({ national: 9, european: 5, global: 3, local: 1 });
  const order = ['local', 'national', 'nordic', 'european', 'global'];
  const laid = groupedLayout(data, order);
  const { positions, blocks } = laid;

  it('places every item once, at least a cell apart from every other', () => {
    expect([...positions.keys()].sort()).toEqual(data.map((d) => d.id).sort());
    const ps = [...positions.values()];
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const apart = Math.abs(ps[i]!.x - ps[j]!.x) >= CELL_W || Math.abs(ps[i]!.y - ps[j]!.y) >= CELL_H;
        expect(apart, `${i} and ${j}`).toBe(true);
      }
    }
  });

  it('makes one block per group, in the order given, with its count', () => {
    expect(blocks.map((b) => [b.group, b.count])).toEqual([
      ['local', 1],
      ['national', 9],
      ['european', 5],
      ['global', 3],
    ]);
  });

  it('keeps groups apart: no block’s box contains another group’s node', () => {
    const box = (g: string) => {
      const ps = data.filter((d) => d.group === g).map((d) => positions.get(d.id)!);
      return {
        x1: Math.min(...ps.map((p) => p.x)),
        x2: Math.max(...ps.map((p) => p.x)),
        y1: Math.min(...ps.map((p) => p.y)),
        y2: Math.max(...ps.map((p) => p.y)),
      };
    };
    for (const g of ['local', 'national', 'european', 'global']) {
      const b = box(g);
      const intruders = data
        .filter((d) => d.group !== g)
        .filter((d) => {
          const p = positions.get(d.id)!;
          return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
        });
      expect(intruders, g).toEqual([]);
    }
  });

  it('puts unknown groups last and is deterministic', () => {
    const more = groupedLayout([...data, { id: 'x', group: 'zzz', sortKey: 'x' }], order);
    expect(more.blocks.at(-1)!.group).toBe('zzz');
    expect(groupedLayout(data, order)).toEqual(laid);
  });
});

/** Heading widths as a browser would draw them: about 8 px a character, bold. */
const room = (width: number, height: number, lines: 1 | 2 = 1): HeadingRoom => ({
  view: { width, height },
  padding: { top: 20, right: 24, bottom: 44, left: 24 },
  headingHeight: 21,
  labelRoom: 55,
  maxZoom: 1.6,
  headingWidth: (g, l) => (l === 1 ? g.length * 8 + 30 : (g.length * 8) / 2 + 30),
  lines,
});

describe('groupedLayout for a view', () => {
  const groups = {
    'an-agency-of-sweden': 10,
    'unit-or-office': 5,
    'joint-body': 4,
    'international-organisation': 7,
    'cooperation-or-forum': 9,
    group: 10,
    country: 6,
    programme: 2,
    'non-governmental-organisation': 1,
    mission: 3,
    document: 5,
    event: 1,
  };
  const data = items(groups);
  const order = Object.keys(groups);

  for (const [w, h] of [
    [1330, 820],
    [1170, 640],
    [390, 600],
  ] as const) {
    it(`at ${w}×${h}: gives each heading room for its text beside the next block, and fits the view`, () => {
      const r = room(w, h);
      const laid = groupedLayout(data, order, undefined, r);
      expect(laid.zoom).toBeGreaterThanOrEqual(MIN_PLAN_ZOOM);
      for (const b of laid.blocks) {
        const need = r.headingWidth(b.group, laid.lines) + HEADING_MARGIN;
        expect(b.width * laid.zoom, b.group).toBeGreaterThanOrEqual(need - 1e-6);
      }
      // blocks of a row are in order and their headings' room does not overlap
      const rows = new Map<number, GroupBlock[]>();
      for (const b of laid.blocks) rows.set(b.y, [...(rows.get(b.y) ?? []), b]);
      for (const row of rows.values())
        for (let i = 1; i < row.length; i++)
          expect(row[i]!.x).toBeGreaterThanOrEqual(row[i - 1]!.x + row[i - 1]!.width - 1e-6);
      // the extent fits the view at the planned zoom
      const e = laid.extent;
      expect((e.x2 - e.x1) * laid.zoom).toBeLessThanOrEqual(w - 48 + 1e-6);
      expect((e.y2 - e.y1) * laid.zoom).toBeLessThanOrEqual(h - 20 - 44 + 1e-6);
    });
  }

  it('wide views put more blocks in a row than narrow ones', () => {
    const rowsOf = (w: number, h: number) =>
      new Set(groupedLayout(data, order, undefined, room(w, h)).blocks.map((b) => b.y)).size;
    expect(rowsOf(1330, 820)).toBeLessThan(rowsOf(390, 600));
  });
});
