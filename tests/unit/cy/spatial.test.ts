import { describe, expect, it } from 'vitest';
import { nearestTo, nextInDirection, type Placed } from '../../../src/cy/spatial';

//        n
//   w    c    e    far-e
//        s
//                  se (down and far right)
const nodes: Placed[] = [
  { id: 'c', x: 0, y: 0 },
  { id: 'n', x: 0, y: -100 },
  { id: 's', x: 0, y: 100 },
  { id: 'e', x: 100, y: 0 },
  { id: 'far-e', x: 300, y: 0 },
  { id: 'w', x: -100, y: 0 },
  { id: 'se', x: 300, y: 250 },
];
const c = nodes[0]!;

describe('nextInDirection', () => {
  it('moves to the nearest node in each arrow direction', () => {
    expect(nextInDirection(c, nodes, 'right')).toBe('e');
    expect(nextInDirection(c, nodes, 'left')).toBe('w');
    expect(nextInDirection(c, nodes, 'up')).toBe('n');
    expect(nextInDirection(c, nodes, 'down')).toBe('s');
  });

  it('prefers a node straight ahead over a nearer one far to the side', () => {
    const from = { id: 'x', x: 0, y: 0 };
    const pts = [
      { id: 'diagonal', x: 40, y: 60 },
      { id: 'ahead', x: 120, y: 5 },
    ];
    expect(nextInDirection(from, pts, 'right')).toBe('ahead');
  });

  it('falls back to a node outside the cone, and returns null at the edge', () => {
    const from = { id: 'x', x: 0, y: 0 };
    expect(nextInDirection(from, [{ id: 'steep', x: 10, y: 200 }], 'right')).toBe('steep');
    expect(
      nextInDirection(
        { id: 'far-e', x: 300, y: 0 },
        nodes.filter((n) => n.id !== 'se'),
        'right',
      ),
    ).toBeNull();
    expect(nextInDirection(c, [c], 'up')).toBeNull();
  });
});

describe('nearestTo', () => {
  it('finds the node nearest a point, or null when there are none', () => {
    expect(nearestTo({ x: 90, y: 10 }, nodes)).toBe('e');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });
});
