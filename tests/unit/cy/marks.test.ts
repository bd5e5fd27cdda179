import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { applyEmphasis } from '../../../src/cy/controllers/emphasis';
import { applySelection } from '../../../src/cy/controllers/selection';
import { emphasisScene } from '../../../src/cy/emphasisLayer';
import { applyLargeGraphOptions } from '../../../src/cy/largeGraph';
import { keepMarksOff, marked, markedIds, offMarksOf, setMarks } from '../../../src/cy/marks';
import { createStylesheet, SELECT_COLOR } from '../../../src/cy/stylesheet';
import { buildElements } from '../../../src/graph/elements';
import { FIXTURE } from '../../fixtures/datasets';

/** The fixture as a large network's instance would hold it: styled, its marks kept off. */
function largeLike(): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet({ large: true }) as never,
    layout: { name: 'preset', fit: false },
    elements: buildElements(FIXTURE, 'en') as never,
  });
  applyLargeGraphOptions(cy, true);
  cy.nodes().positions((_, i) => ({ x: i * 100, y: (i % 3) * 70 }));
  return cy;
}

let cy: Core;
beforeEach(() => (cy = largeLike()));
afterEach(() => cy.destroy());

/** Every element's classes and selection state, to see that nothing on the elements changed. */
const onElements = (g: Core) =>
  g.elements().map((e) => `${e.id()}: ${[...e.classes()].sort().join(' ')} ${e.selected()}`);

describe('marks kept off the elements (a large network)', () => {
  it('a selection, a hover and an emphasis change no element, and are read through marked()', () => {
    const before = onElements(cy);
    const styled: string[] = [];
    cy.on('style class select', (e) => void styled.push(e.target.id()));
    applySelection(cy, { kind: 'node', id: 'noa' });
    applyEmphasis(cy, cy.getElementById('noa'));
    setMarks(cy, { hover: ['nct'] });
    expect(styled).toEqual([]);
    expect(onElements(cy)).toEqual(before);
    expect(cy.$(':selected')).toHaveLength(0);
    const noa = cy.getElementById('noa');
    expect(marked(noa, 'selected')).toBe(true);
    expect(marked(cy.getElementById('nct'), 'hover')).toBe(true);
    expect([...markedIds(cy, 'nb')].sort()).toEqual(['europol', 'noa', 'polismyndigheten']);
    expect([...markedIds(cy, 'nb-edge')].sort()).toEqual(['noa-lo-europol', 'noa-part-of-polisen']);
    expect(offMarksOf(noa)).toBe('selected nb ');
    applySelection(cy, null);
    applyEmphasis(cy, null);
    expect(marked(noa, 'selected')).toBe(false);
    expect(markedIds(cy, 'nb').size).toBe(0);
  });

  it('tells each element whose marks changed, then the instance once; nothing when nothing changed', () => {
    const told: string[] = [];
    let once = 0;
    cy.on('mark', (e) => void told.push(e.target.id()));
    cy.on('marks', () => void once++);
    applyEmphasis(cy, cy.getElementById('noa'));
    expect(told.sort()).toEqual([
      'europol',
      'noa',
      'noa-lo-europol',
      'noa-part-of-polisen',
      'polismyndigheten',
    ]);
    expect(once).toBe(1);
    told.length = 0;
    // on to a neighbour: only what changes is told
    applyEmphasis(cy, cy.getElementById('europol'));
    expect(told.sort()).toEqual(['noa-part-of-polisen', 'polismyndigheten']);
    expect(once).toBe(2);
    expect(setMarks(cy, { nb: markedIds(cy, 'nb'), 'nb-edge': markedIds(cy, 'nb-edge') })).toBe(false);
    expect(once).toBe(2);
  });

  it("a tap selects no element itself: Cytoscape's own selection is switched off", () => {
    expect(cy.autounselectify()).toBe(true);
    cy.getElementById('noa').select();
    expect(cy.$(':selected')).toHaveLength(0);
  });

  it('a small network keeps its marks on the elements, as classes and the selection', () => {
    keepMarksOff(cy, false);
    cy.autounselectify(false);
    applySelection(cy, { kind: 'node', id: 'noa' });
    applyEmphasis(cy, cy.getElementById('noa'));
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['noa']);
    expect(cy.$('.nb').length).toBe(3);
    expect(markedIds(cy, 'nb').size).toBe(0);
    expect(marked(cy.getElementById('noa'), 'nb')).toBe(true);
  });
});

describe('emphasisScene', () => {
  it('nothing marked: nothing drawn', () => {
    expect(emphasisScene(cy)).toEqual({ veil: false, edges: [], nodes: [] });
  });

  it("a selected node's neighbourhood: the veil, its relationships and nodes, the selection above", () => {
    applySelection(cy, { kind: 'node', id: 'noa' });
    applyEmphasis(cy, cy.getElementById('noa'));
    const scene = emphasisScene(cy, { zoom: 1, pan: { x: 0, y: 0 } });
    expect(scene.veil).toBe(true);
    expect(scene.edges.map((e) => e.id).sort()).toEqual(['noa-lo-europol', 'noa-part-of-polisen']);
    expect(scene.nodes.map((n) => n.id).at(-1)).toBe('noa');
    const noa = scene.nodes.find((n) => n.id === 'noa')!;
    expect(noa.border.color).toBe(SELECT_COLOR);
    const europol = scene.nodes.find((n) => n.id === 'europol')!;
    expect(europol.border.color).toBe('#1a1a1a');
    // each relationship ends at its nodes' rims, not their centres
    const e = scene.edges.find((x) => x.id === 'noa-lo-europol')!;
    const [s, t] = [cy.getElementById('noa').position(), cy.getElementById('europol').position()];
    const len = Math.hypot(t.x - s.x, t.y - s.y);
    expect(Math.hypot(e.to.x - e.from.x, e.to.y - e.from.y)).toBeCloseTo(len - noa.half - europol.half, 5);
    expect(e.arrow).not.toBe('none');
  });

  it('at a zoomed-out camera, nodes and lines keep a size that can be seen', () => {
    applyEmphasis(cy, cy.getElementById('noa'));
    const scene = emphasisScene(cy, { zoom: 0.05, pan: { x: 0, y: 0 } });
    expect(Math.min(...scene.nodes.map((n) => n.half))).toBeGreaterThanOrEqual(6);
    expect(Math.min(...scene.edges.map((e) => e.width))).toBeGreaterThanOrEqual(2.5);
  });

  it('a hidden element is not drawn; the keyboard focus gets its halo', () => {
    applyEmphasis(cy, cy.getElementById('noa'));
    cy.getElementById('europol').addClass('hidden');
    setMarks(cy, { 'keyboard-focus': ['polismyndigheten'] });
    const scene = emphasisScene(cy);
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['noa', 'polismyndigheten']);
    expect(scene.edges.map((e) => e.id)).toEqual(['noa-part-of-polisen']);
    expect(scene.nodes.find((n) => n.id === 'polismyndigheten')!.focus).not.toBeNull();
  });
});
