import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  compareCandidates,
  overlaps,
  placeLabels,
  thinOut,
  type Box,
  type LabelCandidate,
  type Tier,
} from '../../../../src/cy/labels/placement';

const VIEW: Box = { x1: 0, y1: 0, x2: 1000, y2: 800 };
const box = (x: number, y: number, w = 60, h = 14): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });
const cand = (id: string, b: Box, tier: Tier = 'rest', weight = 0, order = 0): LabelCandidate => ({
  id,
  box: b,
  tier,
  weight,
  order,
});

describe('chooseLabels', () => {
  it('draws labels that are apart, and of two that touch only the more important', () => {
    const drawn = chooseLabels({
      candidates: [
        cand('a', box(100, 100), 'rest', 1),
        cand('b', box(130, 105), 'rest', 5),
        cand('c', box(400, 400)),
      ],
      view: VIEW,
    });
    expect([...drawn].sort()).toEqual(['b', 'c']);
  });

  it('never draws two overlapping labels, whatever the input', () => {
    // a dense random cloud: the drawn ones are pairwise apart
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const cands = Array.from({ length: 400 }, (_, i) =>
      cand(`n${i}`, box(rnd() * 900, rnd() * 760, 20 + rnd() * 90), 'rest', Math.floor(rnd() * 10), i),
    );
    const drawn = cands.filter((c) => chooseLabels({ candidates: cands, view: VIEW, gap: 0 }).has(c.id));
    expect(drawn.length).toBeGreaterThan(20);
    let touching = 0;
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) if (overlaps(drawn[i]!.box, drawn[j]!.box)) touching++;
    expect(touching).toBe(0);
  });

  it('never draws two overlapping labels when names a tour is about move to make room', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const tiers: Tier[] = ['selected', 'tour', 'tour', 'path', 'rest', 'rest'];
    const cands = Array.from({ length: 300 }, (_, i) => {
      const [x, y, w] = [rnd() * 900, rnd() * 760, 20 + rnd() * 90];
      const shifts = [-30, 30, -60, 60].map((d) => box(x + d, y + d / 3, w));
      return {
        ...cand(`n${i}`, box(x, y, w), tiers[i % 6]!, Math.floor(rnd() * 10), i),
        alternatives: shifts,
      };
    });
    const placed = placeLabels({ candidates: cands, view: VIEW, gap: 0 });
    const boxes = cands
      .filter((c) => placed.has(c.id))
      .map((c) => [c.box, ...c.alternatives][placed.get(c.id)!]!);
    expect(boxes.length).toBeGreaterThan(20);
    let touching = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) touching++;
    expect(touching).toBe(0);
  });

  it('follows the priority: selected, hover, keyboard, tour, path, focus root, neighbour, anchor, then weight', () => {
    const tiers: Tier[] = [
      'rest',
      'anchor',
      'neighbour',
      'focusRoot',
      'path',
      'tour',
      'keyboard',
      'hover',
      'selected',
    ];
    const cands = tiers.map((t, i) => cand(t, box(100 + i, 100), t, 100 - i, i));
    expect([...cands].sort(compareCandidates).map((c) => c.id)).toEqual([...tiers].reverse());
    // all at one place: only the selected one is drawn
    expect([...chooseLabels({ candidates: cands, view: VIEW })]).toEqual(['selected']);
  });

  it('breaks ties by the stable order, so the same input always gives the same picture', () => {
    const a = [cand('x', box(100, 100), 'rest', 3, 2), cand('y', box(110, 100), 'rest', 3, 1)];
    expect([...chooseLabels({ candidates: a, view: VIEW })]).toEqual(['y']);
    expect([...chooseLabels({ candidates: [...a].reverse(), view: VIEW })]).toEqual(['y']);
  });

  it('keeps labels out of blocked boxes and inside the view; a forced one only inside the view', () => {
    const legend: Box = { x1: 0, y1: 600, x2: 300, y2: 800 };
    const drawn = chooseLabels({
      candidates: [
        cand('under', box(50, 650)),
        cand('edge', box(980, 100)),
        cand('sel', box(60, 700), 'selected'),
        cand('ok', box(500, 300)),
      ],
      view: VIEW,
      blocked: [legend],
    });
    expect([...drawn].sort()).toEqual(['ok', 'sel']);
  });

  it('lets two forced labels on top of each other draw only the first', () => {
    const drawn = chooseLabels({
      candidates: [cand('h', box(100, 100), 'hover'), cand('s', box(105, 100), 'selected')],
      view: VIEW,
    });
    expect([...drawn]).toEqual(['s']);
  });

  it('moves a name a tour step is about to another of its places when that is the only way to draw another one', () => {
    // "a" comes first and takes its preferred place, the only one "b" has; "a" could go right instead
    const a = { ...cand('a', box(100, 100), 'tour', 5), alternatives: [box(300, 100)] };
    const b = cand('b', box(110, 104), 'tour', 1);
    // a name of no tier of its own, placed after: where "a" was, is now "b"'s
    const rest = cand('rest', box(100, 90), 'rest', 9);
    const placed = placeLabels({ candidates: [a, b, rest], view: VIEW });
    expect([...placed.entries()].sort()).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
    // without a second place for "a", only "a" is drawn (and nothing overlaps)
    const fixed = placeLabels({ candidates: [{ ...a, alternatives: [] }, b], view: VIEW });
    expect([...fixed.keys()]).toEqual(['a']);
    // the name the user selected is never moved for one
    const chosen = placeLabels({ candidates: [{ ...a, tier: 'selected' as const }, b], view: VIEW });
    expect([...chosen.entries()]).toEqual([['a', 0]]);
  });
});

describe('thinOut', () => {
  const at = (id: string, x: number, y: number, weight: number, tier: Tier = 'rest') => ({
    id,
    x,
    y,
    weight,
    tier,
    order: Number(id.slice(1)),
  });

  it('keeps the most important few names in each cell, in priority order', () => {
    const names = [at('n1', 5, 5, 1), at('n2', 6, 6, 3), at('n3', 7, 7, 2), at('n4', 60, 5, 0)];
    expect(thinOut(names, 50, 2).map((c) => c.id)).toEqual(['n2', 'n3', 'n4']);
  });

  it('breaks ties by the stable order, so the same view keeps the same names', () => {
    const names = [at('n3', 5, 5, 1), at('n1', 6, 6, 1), at('n2', 7, 7, 1)];
    expect(thinOut(names, 50, 2).map((c) => c.id)).toEqual(['n1', 'n2']);
  });

  it('keeps every name of a higher tier, however crowded its cell', () => {
    const names = [
      at('n1', 5, 5, 9),
      at('n2', 6, 6, 0, 'tour'),
      at('n3', 7, 7, 0, 'path'),
      at('n4', 8, 8, 5),
    ];
    expect(thinOut(names, 50, 1).map((c) => c.id)).toEqual(['n2', 'n3', 'n1']);
  });

  it('counts cells on either side of the origin apart', () => {
    const names = [at('n1', -5, -5, 1), at('n2', 5, 5, 1), at('n3', -5, 5, 1), at('n4', 5, -5, 1)];
    expect(thinOut(names, 50, 1)).toHaveLength(4);
  });
});
