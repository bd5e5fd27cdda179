import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { spectralPositions } from '../../../src/graph/spectral';
import { registerExtensions } from '../../../src/cy/fcose';
import { FCOSE_OPTIONS, LAYOUT_SEED, withSeed } from '../../../src/cy/layouts';
import { seededRandom } from '../../../src/graph/random';

type Edge = { source: string; target: string };
const SPACING = { nodeSeparation: 120, idealEdgeLength: 140 };

/** A seeded graph: preferential attachment, plus what real files bring (lone nodes, a pair apart, a repeated edge). */
function graph(n: number, extra: boolean): { ids: string[]; edges: Edge[] } {
  const rnd = seededRandom(n);
  const ids = Array.from({ length: n }, (_, i) => `v${i}`);
  const edges: Edge[] = [];
  const ends: string[] = [];
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) {
      const t =
        ends.length && rnd() < 0.7 ? ends[Math.floor(rnd() * ends.length)]! : ids[Math.floor(rnd() * i)]!;
      edges.push({ source: ids[i]!, target: t });
      ends.push(ids[i]!, t);
    }
  }
  if (extra) {
    ids.push('lone1', 'lone2', 'pairA', 'pairB');
    edges.push({ source: 'pairA', target: 'pairB' }, { source: 'pairA', target: 'pairB' }, { ...edges[0]! });
  }
  return { ids, edges };
}

/** fcose's own spectral pass, as the loading Worker ran it: unstyled, headless, seeded, rounded. */
function fcoseDraft(ids: string[], edges: Edge[]) {
  registerExtensions();
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...ids.map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, ...e } })),
    ],
  });
  const options = { ...FCOSE_OPTIONS, fit: false, animate: false, quality: 'draft' };
  withSeed(LAYOUT_SEED, () => cy.layout(options as never).run());
  return new Map(ids.map((id) => [id, cy.getElementById(id).position()]));
}

const rounded = (ps: Map<string, { x: number; y: number }>) =>
  [...ps].map(([id, p]) => `${id} ${Math.round(p.x)} ${Math.round(p.y)}`);

describe('spectralPositions', () => {
  for (const [name, extra] of [
    ['a connected graph', false],
    ['a graph of several components, with a repeated edge', true],
  ] as const) {
    it(`gives fcose's draft positions for ${name}`, () => {
      const { ids, edges } = graph(300, extra);
      const ours = withSeed(LAYOUT_SEED, () => spectralPositions(ids, edges, SPACING));
      expect(rounded(ours)).toEqual(rounded(fcoseDraft(ids, edges)));
      // and a picture, not a point: the nodes spread over a plane
      const xs = [...ours.values()].map((p) => p.x);
      const ys = [...ours.values()].map((p) => p.y);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(500);
      expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(500);
    });
  }

  it('places nodes whose ids are names of Object.prototype members, and ignores edges to unknown nodes', () => {
    const ids = ['constructor', '__proto__', 'toString', 'a', 'b'];
    const edges = [
      { source: 'constructor', target: '__proto__' },
      { source: '__proto__', target: 'toString' },
      { source: 'toString', target: 'a' },
      { source: 'a', target: 'nowhere' },
    ];
    const ps = withSeed(LAYOUT_SEED, () => spectralPositions(ids, edges, SPACING));
    expect([...ps.keys()]).toEqual(ids);
    for (const p of ps.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('lays out graphs too small for the spectral pass', () => {
    expect([...spectralPositions([], [], SPACING)]).toEqual([]);
    expect([...spectralPositions(['a'], [], SPACING).values()]).toEqual([{ x: 0, y: 0 }]);
    const two = spectralPositions(['a', 'b'], [{ source: 'a', target: 'b' }], SPACING);
    expect(two.get('b')!.x - two.get('a')!.x).toBe(140);
  });
});
