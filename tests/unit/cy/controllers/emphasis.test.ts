import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { applyEmphasis } from '../../../../src/cy/controllers/emphasis';
import { headlessGraph, withClass } from '../../../helpers/headlessGraph';

let cy: Core;
beforeEach(() => (cy = headlessGraph()));
afterEach(() => cy.destroy());

describe('applyEmphasis', () => {
  it("a node's neighbourhood is drawn strong and the rest quietened; nothing selected clears it", () => {
    applyEmphasis(cy, cy.getElementById('noa'));
    expect(withClass(cy, 'nb')).toEqual(['europol', 'noa', 'polismyndigheten']);
    expect(withClass(cy, 'nb-edge')).toEqual(['noa-lo-europol', 'noa-part-of-polisen']);
    expect(withClass(cy, 'nb-quiet')).toEqual(
      [
        'nct',
        'nct-staffed-by-polisen',
        'nct-staffed-by-sapo',
        'polisen-sapo-coop',
        'sakerhetspolisen',
      ].sort(),
    );
    applyEmphasis(cy, null);
    expect(cy.elements('.nb, .nb-edge, .nb-quiet')).toHaveLength(0);
  });

  it('a relationship emphasises itself and its two ends', () => {
    applyEmphasis(cy, cy.getElementById('nct-staffed-by-sapo'));
    expect(withClass(cy, 'nb-edge')).toEqual(['nct-staffed-by-sapo']);
    expect(withClass(cy, 'nb')).toEqual(['nct', 'sakerhetspolisen']);
  });

  it('from one neighbourhood to another, touches only the elements whose state changes', () => {
    const classesOf = (g: Core) => g.elements().map((e) => `${e.id()}: ${[...e.classes()].sort().join(' ')}`);
    applyEmphasis(cy, cy.getElementById('noa'));
    const before = new Map(cy.elements().map((e) => [e.id(), [...e.classes()].sort().join(' ')]));
    const touched = new Set<string>();
    cy.on('class', (e) => void touched.add(e.target.id()));
    applyEmphasis(cy, cy.getElementById('nct'));
    // the same classes as an emphasis made from nothing
    const fresh = headlessGraph();
    applyEmphasis(fresh, fresh.getElementById('nct'));
    expect(classesOf(cy)).toEqual(classesOf(fresh));
    fresh.destroy();
    const changed = cy
      .elements()
      .filter((e) => before.get(e.id()) !== [...e.classes()].sort().join(' '))
      .map((e) => e.id());
    expect(changed.length).toBeGreaterThan(0);
    expect([...touched].sort()).toEqual(changed.sort());
    // untouched: an element quiet before and after
    expect(cy.getElementById('polisen-sapo-coop').hasClass('nb-quiet')).toBe(true);
    expect(touched.has('polisen-sapo-coop')).toBe(false);
  });

  it('marks every element afresh once the graph has changed', () => {
    applyEmphasis(cy, cy.getElementById('noa'));
    cy.add({ data: { id: 'extra', label: 'Extra' }, position: { x: 0, y: 0 } });
    applyEmphasis(cy, cy.getElementById('nct'));
    expect(cy.getElementById('extra').hasClass('nb-quiet')).toBe(true);
  });
});
