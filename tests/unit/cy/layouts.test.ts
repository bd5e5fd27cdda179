import { afterEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { buildElements, type Positions } from '../../../src/graph/elements';
import { createStylesheet } from '../../../src/cy/stylesheet';
import { planLayout, runPlan, type LayoutContext } from '../../../src/cy/layouts';
import { registerExtensions } from '../../../src/cy/fcose';
import type { LayoutName } from '../../../src/store/types';
import { FIXTURE } from '../../fixtures/datasets';

registerExtensions();

let cy: Core;
afterEach(() => cy?.destroy());

function graph(positions?: Positions): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet(),
    layout: { name: 'preset', fit: false }, // keep the given positions (the default would be a grid)
    elements: buildElements(FIXTURE, 'en', positions) as never,
  });
  return cy;
}
const ctx = (positions: Positions | null = null): LayoutContext => ({
  dataset: FIXTURE,
  positions,
  lang: 'en',
  animate: false,
});
const positionsOf = (c: Core): Positions => new Map(c.nodes().map((n) => [n.id(), { ...n.position() }]));
/** Positions relative to their centroid, rounded: the picture regardless of where it sits. */
const relative = (ps: Positions) => {
  const vs = [...ps.values()];
  const cx = vs.reduce((t, p) => t + p.x, 0) / vs.length;
  const cy0 = vs.reduce((t, p) => t + p.y, 0) / vs.length;
  return Object.fromEntries(
    [...ps].map(([id, p]) => [id, { x: Math.round(p.x - cx), y: Math.round(p.y - cy0) }]),
  );
};
const run = (c: Core, name: LayoutName, positions: Positions | null = null) =>
  runPlan(c, planLayout(name, ctx(positions)));

const STORED: Positions = new Map([
  ['polismyndigheten', { x: 0, y: 0 }],
  ['noa', { x: 100, y: 0 }],
  ['sakerhetspolisen', { x: 0, y: 100 }],
  ['europol', { x: 300, y: 50 }],
  ['nct', { x: -120, y: 60 }],
]);

describe('layouts on the existing elements', () => {
  it('preset restores the stored positions after another layout moved the nodes', async () => {
    const c = graph(STORED);
    await run(c, 'concentric');
    expect(positionsOf(c)).not.toEqual(STORED);
    await run(c, 'preset', STORED);
    expect(positionsOf(c)).toEqual(STORED);
  });

  it('force-directed is seeded: the same picture from any starting point', async () => {
    const a = graph(STORED);
    await run(a, 'fcose');
    const first = positionsOf(a);
    a.destroy();
    const b = graph(new Map([...STORED, ['noa', { x: 999, y: -999 }]]));
    await run(b, 'fcose');
    // fcose keeps the picture where the nodes were: compare shapes, relative to their centre
    expect(relative(positionsOf(b))).toEqual(relative(first));
    // the nodes are spread out, not piled up
    const xs = [...first.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(100);
  });

  it('preset without stored positions falls back to the seeded force-directed layout', async () => {
    const a = graph(STORED);
    await run(a, 'fcose');
    const fcose = positionsOf(a);
    a.destroy();
    const b = graph(STORED);
    await run(b, 'preset', null);
    expect(relative(positionsOf(b))).toEqual(relative(fcose));
  });

  it('concentric puts national nodes on an inner ring and European ones outside it', async () => {
    const c = graph(STORED);
    await run(c, 'concentric');
    const centre = c
      .nodes()
      .filter((n) => n.data('level') === 'national')
      .boundingBox();
    const cx = centre.x1 + centre.w / 2;
    const cy0 = centre.y1 + centre.h / 2;
    const dist = (id: string) =>
      Math.hypot(c.getElementById(id).position('x') - cx, c.getElementById(id).position('y') - cy0);
    const national = ['polismyndigheten', 'noa', 'sakerhetspolisen', 'nct'].map(dist);
    expect(dist('europol')).toBeGreaterThan(Math.max(...national));
  });

  it('grouped by level and by type place each group in its own block, and name the blocks', async () => {
    for (const [name, key] of [
      ['level', 'level'],
      ['type', 'type'],
    ] as const) {
      const c = graph(STORED);
      const plan = planLayout(name, ctx());
      await runPlan(c, plan);
      expect(plan.groups?.kind).toBe(name);
      const groups = [...new Set(FIXTURE.nodes.map((n) => n[key] as string))];
      expect(plan.groups?.blocks.map((b) => b.group).sort()).toEqual(groups.sort());
      for (const g of groups) {
        const members = c.nodes().filter((n) => n.data(key) === g);
        const box = members.boundingBox({ includeLabels: false });
        const others = c
          .nodes()
          .filter(
            (n) =>
              n.data(key) !== g &&
              box.x1 <= n.position('x') &&
              n.position('x') <= box.x2 &&
              box.y1 <= n.position('y') &&
              n.position('y') <= box.y2,
          );
        expect(
          others.map((n) => n.id()),
          `${name}: ${g}`,
        ).toEqual([]);
      }
      c.destroy();
    }
  });

  it('never re-creates elements: scratch data survives every layout', async () => {
    const c = graph(STORED);
    c.getElementById('nct').scratch('_probe', 1);
    const before = c.elements().length;
    for (const name of ['fcose', 'concentric', 'level', 'type', 'preset'] as const)
      await run(c, name, STORED);
    expect(c.getElementById('nct').scratch('_probe')).toBe(1);
    expect(c.elements().length).toBe(before);
  });
});

describe('force-directed layout of ids that name Object.prototype members', () => {
  it('lays out a graph with nodes and edges called `constructor`, `toString`, `__proto__`, `hasOwnProperty`', async () => {
    const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'plain'];
    const c = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset', fit: false },
      elements: [
        ...ids.map((id) => ({ data: { id }, position: { x: 0, y: 0 } })),
        { data: { id: 'valueOf', source: 'constructor', target: 'toString' } },
        { data: { id: 'e2', source: '__proto__', target: 'hasOwnProperty' } },
        { data: { id: 'e3', source: 'plain', target: 'constructor' } },
      ],
    });
    await run(c, 'fcose');
    const spots = new Set(
      c.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`),
    );
    expect(spots.size).toBe(ids.length);
    expect(
      c
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual([...ids].sort());
    // and stored positions are put where they say
    const stored: Positions = new Map(ids.map((id, i) => [id, { x: i * 100, y: -i * 50 }]));
    await run(c, 'preset', stored);
    expect(new Map(c.nodes().map((n) => [n.id(), { ...n.position() }]))).toEqual(stored);
    c.destroy();
  });
});
