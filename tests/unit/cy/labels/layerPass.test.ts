/**
 * The label pass on a network whose names are drawn on the label layer: it chooses the names and
 * their places as ever, hands them to the layer, and changes nothing on the elements.
 */
import { afterEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { createStylesheet } from '../../../../src/cy/stylesheet';
import { runLabelPass } from '../../../../src/cy/labels/pass';
import {
  drawNamesOnLayer,
  forgetLabels,
  readLabels,
  readyLayerPass,
} from '../../../../src/cy/labels/measure';
import { applyEmphasis } from '../../../../src/cy/controllers/emphasis';
import { NameMeasure } from '../../../../src/cy/labels/layerText';
import { overlaps } from '../../../../src/cy/labels/placement';
import type { LayerItem } from '../../../../src/cy/labels/layerItems';

const opts = { presentation: false, overlays: [] };
const made: Core[] = [];
afterEach(() => made.splice(0).forEach((cy) => cy.destroy()));

/** A fixed-width stand-in for a canvas's measure: each character 0.6 of the font size wide. */
const width = (text: string, px: number) => text.length * px * 0.6;

/** A large network (beyond 2,000 elements) on a grid, with its large stylesheet, 1200 × 800 view. */
function large(n = 900, m = 1200): Core {
  const elements: unknown[] = [];
  const side = Math.ceil(Math.sqrt(n));
  for (let i = 0; i < n; i++)
    elements.push({
      data: { id: `n${i}`, type: 'agency', label: `N${i}`, fullLabel: `Organisation number ${i}` },
      position: { x: (i % side) * 60, y: Math.floor(i / side) * 60 },
    });
  for (let k = 0; k < m; k++)
    elements.push({
      data: { id: `e${k}`, source: `n${k % n}`, target: `n${(k * 7 + 1) % n}`, label: `rel ${k}` },
    });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet({ large: true }) as never,
    layout: { name: 'preset', fit: false },
    elements: elements as never,
  });
  Object.assign(cy, { width: () => 1200, height: () => 800 });
  made.push(cy);
  drawNamesOnLayer(cy, new NameMeasure(width));
  return cy;
}

const state = (cy: Core) =>
  cy.elements().map((e) => `${e.id()} ${[...e.classes()].join(' ')} ${JSON.stringify(e.data())}`);

function pass(cy: Core): LayerItem[] {
  const { items } = runLabelPass(cy, opts);
  expect(items).toBeDefined();
  return items!;
}

// a graph of a few thousand elements takes a while to style on a busy machine
describe('the label pass on the label layer', { timeout: 30_000 }, () => {
  it('changes no class and no data on any element, so Cytoscape keeps its picture', () => {
    const cy = large();
    cy.zoom(1.2);
    cy.pan({ x: -300, y: -200 });
    cy.$id('n40').select();
    const before = state(cy);
    const events: string[] = [];
    cy.on('class data style', (e) => void events.push(`${e.type} ${e.target.id?.() ?? ''}`));
    const items = pass(cy);
    cy.pan({ x: -100, y: -50 });
    cy.zoom(2);
    pass(cy);
    expect(items.length).toBeGreaterThan(20);
    expect(events).toEqual([]);
    expect(state(cy)).toEqual(before);
  });

  it('draws names that lie in the view, never two overlapping, at the screen size the zoom calls for', () => {
    const cy = large();
    for (const zoom of [0.6, 1, 2.5]) {
      cy.zoom(zoom);
      cy.pan({ x: -200 * zoom, y: -100 * zoom });
      const items = pass(cy);
      expect(items.length).toBeGreaterThan(0);
      for (const it of items) {
        expect(it.box.x1).toBeGreaterThanOrEqual(0);
        expect(it.box.y1).toBeGreaterThanOrEqual(0);
        expect(it.box.x2).toBeLessThanOrEqual(1200);
        expect(it.box.y2).toBeLessThanOrEqual(800);
        // 12 px on screen up to a zoom of 1.5, then with the zoom up to 16
        expect(it.px).toBe(zoom <= 1.5 ? 12 : 16);
      }
      const touching = items.flatMap((a, i) =>
        items.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${a.id}/${b.id}`] : [])),
      );
      expect(touching).toEqual([]);
    }
  });

  it('puts a name below its node, its lines at the size they are drawn at', () => {
    const cy = large();
    cy.zoom(1);
    cy.pan({ x: 100, y: 100 });
    const items = pass(cy);
    const it = items.find((x) => x.id === 'n0')!;
    expect(it).toBeDefined();
    expect(it.lines).toEqual(['N0']);
    const node = cy.$id('n0').renderedPosition();
    // centred under the node, below its shape (24 px tall)
    expect((it.box.x1 + it.box.x2) / 2).toBeCloseTo(node.x, 0);
    expect(it.box.y1).toBeGreaterThan(node.y + 12);
    expect(it.box.x2 - it.box.x1).toBeCloseTo(Math.ceil(width('N0', 12)) + 2 * it.pad, 5);
  });

  it("draws a selected node's full name framed, a selected relationship's name along its line, and no name of a faded or hidden node", () => {
    const cy = large();
    cy.zoom(1);
    cy.pan({ x: 100, y: 100 });
    cy.$id('n37').select();
    cy.$id('e0').select();
    cy.$id('n3').addClass('faded');
    cy.$id('n5').addClass('hidden');
    forgetLabels(cy);
    const items = pass(cy);
    const byId = new Map(items.map((x) => [x.id, x]));
    expect(byId.get('n37')).toMatchObject({ lines: ['Organisation', 'number 37'], look: { framed: true } });
    expect(byId.get('n4')?.look.framed).toBe(false);
    expect(byId.has('n3')).toBe(false);
    expect(byId.has('n5')).toBe(false);
    const edge = byId.get('e0')!;
    expect(edge).toMatchObject({ lines: ['rel 0'], edge: true });
    const [a, b] = [cy.$id('n0').renderedPosition(), cy.$id('n1').renderedPosition()];
    expect((edge.box.x1 + edge.box.x2) / 2).toBeCloseTo((a.x + b.x) / 2, 5);
    expect(edge.angle).toBeCloseTo(Math.atan2(b.y - a.y, b.x - a.x), 5);
  });

  it('sizes names for presentation mode', () => {
    const cy = large();
    cy.zoom(1);
    const { items } = runLabelPass(cy, { ...opts, presentation: true });
    expect(items!.length).toBeGreaterThan(0);
    expect(new Set(items!.map((x) => x.px))).toEqual(new Set([18]));
  });

  it('a pass after a pan lays out no name it has laid out before', () => {
    const cy = large();
    const measure = new NameMeasure(width);
    drawNamesOnLayer(cy, measure);
    cy.zoom(1);
    cy.pan({ x: -300, y: -300 });
    pass(cy);
    cy.pan({ x: -301, y: -299 });
    const before = measure.measured;
    pass(cy);
    expect(measure.measured).toBe(before);
  });

  it('readies a first pass in steps, reading every name and then measuring each once, and then draws the same names measuring that much less', () => {
    const counted = () => {
      const cy = large();
      const m = { calls: 0 };
      drawNamesOnLayer(
        cy,
        new NameMeasure((text, px) => {
          m.calls++;
          return width(text, px);
        }),
      );
      cy.zoom(1.5);
      cy.pan({ x: -200, y: -100 });
      return { cy, m };
    };
    const all = counted();
    const inOne = pass(all.cy);

    const inSteps = counted();
    expect(readyLayerPass(inSteps.cy)).toBe(true); // read
    expect(inSteps.m.calls).toBe(0);
    expect(readyLayerPass(inSteps.cy)).toBe(true); // measured
    const ahead = inSteps.m.calls;
    expect(ahead).toBeGreaterThanOrEqual(900);
    expect(readyLayerPass(inSteps.cy)).toBe(false);
    const items = pass(inSteps.cy);
    expect(items).toEqual(inOne);
    expect(items.length).toBeGreaterThan(10);
    expect(inSteps.m.calls).toBe(all.m.calls);
    expect(inSteps.m.calls - ahead).toBeLessThan(all.m.calls - ahead / 2);

    // a node removed: read afresh; its names are measured already, so the pass follows at once
    inSteps.cy.getElementById('n5').remove();
    expect(readyLayerPass(inSteps.cy)).toBe(true);
    expect(readyLayerPass(inSteps.cy)).toBe(false);
  });

  it('after a change, reads again only the elements whose reading it changes, and reads them as afresh', () => {
    const cy = large();
    cy.zoom(1);
    const first = readLabels(cy);
    // the rest of the graph quietened (thousands of elements given a class no reading depends on)
    cy.elements().addClass('nb-quiet');
    expect(readLabels(cy).nodes).toBe(first.nodes);
    expect(readLabels(cy).bodies).toBe(first.bodies);
    // what a reading does depend on: a hover, an emphasis, a selection, a fade, a filter, a name, a move
    const changes = [
      () => cy.$id('n12').addClass('hover'),
      () => applyEmphasis(cy, cy.$id('n12')),
      () => cy.$id('n40').select(),
      () => cy.$id('e3').select(),
      () => cy.$id('n41').addClass('faded'),
      () => cy.$id('n42').addClass('hidden'),
      () => cy.$id('n43').data('label', 'Renamed'),
      () => cy.$id('n44').position({ x: 1000, y: 1000 }),
      () => applyEmphasis(cy, cy.$id('n45')),
      () => cy.$id('n42').removeClass('hidden'),
      () => applyEmphasis(cy, null),
    ];
    const seen = (set: ReturnType<typeof readLabels>) => ({
      nodes: set.nodes.map(({ ele: _e, text, short, ...n }) => ({
        ...n,
        text: text.text,
        short: short?.text,
      })),
      bodies: set.bodies,
      edges: set.edges.map(({ ele: _e, ...e }) => e),
    });
    for (const change of changes) {
      const before = readLabels(cy).nodes;
      change();
      const now = seen(readLabels(cy));
      forgetLabels(cy);
      expect(now).toEqual(seen(readLabels(cy)));
      expect(readLabels(cy).nodes).not.toBe(before);
    }
    const names = seen(readLabels(cy)).nodes;
    expect(names.find((n) => n.id === 'n40')).toMatchObject({
      tier: 'selected',
      text: 'Organisation number 40',
    });
    expect(names.find((n) => n.id === 'n43')?.text).toBe('Renamed');
    expect(names.some((n) => n.id === 'n41')).toBe(false);
    expect(names.some((n) => n.id === 'n42')).toBe(true);
    expect(seen(readLabels(cy)).edges.map((e) => e.id)).toEqual(['e3']);
  });
});
