import { describe, expect, it } from 'vitest';
import { PLACES, placeBoxes } from '../../../../src/cy/labels/pass';
import { overlaps } from '../../../../src/cy/labels/placement';
import { CORNER_MARGIN_EM, LABEL_MARGIN_EM, LABEL_PADDING_EM } from '../../../../src/cy/labels/fontSize';

describe('placeBoxes', () => {
  const node = { x: 100, y: 50, hw: 12, hh: 12, rim: 2 };
  const text = { w: 80, h: 15 };
  const font = 12;
  const boxes = placeBoxes(node, text, font);
  const e = node.rim + font * LABEL_PADDING_EM;
  const m = font * LABEL_MARGIN_EM;

  it('gives one box for each place a name may go, each the text grown by padding and rim', () => {
    expect(boxes).toHaveLength(PLACES.length);
    for (const b of boxes) {
      expect(b.x2 - b.x1).toBeCloseTo(text.w + 2 * e);
      expect(b.y2 - b.y1).toBeCloseTo(text.h + 2 * e);
    }
  });

  it('puts the name below, above, right and left of its node at the stylesheet margin, then at the corners', () => {
    const [below, above, right, left, ...corners] = boxes;
    expect(below!.y1 + e).toBeCloseTo(node.y + node.hh + m);
    expect((below!.x1 + below!.x2) / 2).toBeCloseTo(node.x);
    expect(above!.y2 - e).toBeCloseTo(node.y - node.hh - m);
    expect(right!.x1 + e).toBeCloseTo(node.x + node.hw + m);
    expect((right!.y1 + right!.y2) / 2).toBeCloseTo(node.y);
    expect(left!.x2 - e).toBeCloseTo(node.x - node.hw - m);
    const c = font * CORNER_MARGIN_EM;
    expect(corners[0]!.x1 + e).toBeCloseTo(node.x + node.hw + c);
    expect(corners[0]!.y1 + e).toBeCloseTo(node.y + node.hh + c);
    expect(corners[3]!.x2 - e).toBeCloseTo(node.x - node.hw - c);
    expect(corners[3]!.y2 - e).toBeCloseTo(node.y - node.hh - c);
  });

  it('never lets the text itself cover its own node', () => {
    const body = { x1: node.x - node.hw, y1: node.y - node.hh, x2: node.x + node.hw, y2: node.y + node.hh };
    for (const b of boxes)
      expect(overlaps({ x1: b.x1 + e, y1: b.y1 + e, x2: b.x2 - e, y2: b.y2 - e }, body)).toBe(false);
  });
});
