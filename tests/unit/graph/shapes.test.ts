import { describe, expect, it } from 'vitest';
import { EDGE_APPEARANCE, NODE_APPEARANCE, type NodeShape } from '../../../src/graph/appearance';
import { arrowPath, dashArray, nodeShapePath } from '../../../src/graph/shapes';

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('node shape outlines', () => {
  const shapes = Object.values(NODE_APPEARANCE).map((a) => a.shape);

  it('draws every shape the stylesheet uses, each differently', () => {
    const paths = shapes.map((s) => nodeShapePath(s, 10, 10, 8));
    for (const d of paths) expect(d).toMatch(/^M .* Z$/);
    expect(new Set(paths).size).toBe(new Set(shapes).size);
  });

  it('keeps each outline inside its box', () => {
    for (const s of shapes) {
      // arc radii are numbers too, and are within the box size as well
      for (const v of numbers(nodeShapePath(s, 10, 10, 8))) {
        expect(v, s).toBeGreaterThanOrEqual(0);
        expect(v, s).toBeLessThanOrEqual(20.5);
      }
    }
  });

  it('draws a triangle as three corners and a star as ten', () => {
    const corners = (s: NodeShape) => (nodeShapePath(s, 0, 0, 1).match(/[ML]/g) ?? []).length;
    const curves = (s: NodeShape) => (nodeShapePath(s, 0, 0, 1).match(/Q/g) ?? []).length;
    expect(corners('triangle')).toBe(3);
    expect(corners('star')).toBe(10);
    expect(corners('octagon')).toBe(8);
    // rounded shapes bend at each corner; sharp ones do not
    expect(curves('round-diamond')).toBe(4);
    expect(curves('diamond')).toBe(0);
  });
});

describe('edge lines and arrows', () => {
  it('dashes dashed and dotted lines only', () => {
    expect(dashArray('solid')).toBeUndefined();
    expect(dashArray('double')).toBeUndefined();
    expect(dashArray('dashed')).not.toBe(dashArray('dotted'));
  });

  it('draws an arrowhead for every directed type and none for undirected ones', () => {
    for (const [type, a] of Object.entries(EDGE_APPEARANCE)) {
      const d = arrowPath(a.arrow, 40, 8, 8);
      if (a.arrow === 'none') expect(d, type).toBeNull();
      else expect(d, type).toMatch(/^M 40 8/);
    }
  });
});
