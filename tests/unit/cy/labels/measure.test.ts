import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { forgetLabels, measureLabels, quietly, readLabels } from '../../../../src/cy/labels/measure';

let cy: Core;
beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { label: 'data(label)' } },
      { selector: '.faded', style: { 'text-opacity': 0 } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
    elements: [
      { data: { id: 'a', label: 'A' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', label: 'B' }, position: { x: 100, y: 0 } },
      { data: { id: 'c', label: 'C' }, position: { x: 0, y: 100 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
});
afterEach(() => cy.destroy());

const ids = () => readLabels(cy).bodies.map((b) => b.id);

describe('readLabels', () => {
  it('reads what measureLabels reads', () => {
    expect(readLabels(cy)).toEqual(measureLabels(cy));
    expect(ids()).toEqual(['a', 'b', 'c']);
  });

  it('keeps its reading while only the camera moves', () => {
    const first = readLabels(cy).bodies;
    cy.zoom(2);
    cy.pan({ x: 40, y: -10 });
    expect(readLabels(cy).bodies).toBe(first);
  });

  it('reads afresh after a class, data, position, addition or removal', () => {
    const changes = [
      () => cy.getElementById('c').addClass('hidden'),
      () => cy.getElementById('b').data('label', 'Bee'),
      () => cy.getElementById('a').position({ x: 5, y: 5 }),
      () => cy.add({ data: { id: 'd', label: 'D' }, position: { x: 50, y: 50 } }),
      () => cy.getElementById('d').remove(),
    ];
    for (const change of changes) {
      const before = readLabels(cy).bodies;
      change();
      expect(readLabels(cy).bodies).not.toBe(before);
    }
    expect(ids()).toEqual(['a', 'b']);
    expect(readLabels(cy).bodies[0]).toMatchObject({ id: 'a', x: 5, y: 5 });
  });

  it('leaves faded and hidden nodes out', () => {
    cy.getElementById('a').addClass('faded');
    cy.getElementById('b').addClass('hidden');
    expect(ids()).toEqual(['c']);
  });

  it('keeps its reading through the label pass’s own changes, made quietly', () => {
    const first = readLabels(cy).bodies;
    quietly(cy, () => {
      cy.getElementById('a').addClass('label-hidden');
      cy.getElementById('b').data('_fs', 14);
    });
    expect(readLabels(cy).bodies).toBe(first);
    // a change made outside still counts
    cy.getElementById('a').removeClass('label-hidden');
    expect(readLabels(cy).bodies).not.toBe(first);
  });

  it('reads afresh once forgotten', () => {
    const first = readLabels(cy).bodies;
    forgetLabels(cy);
    expect(readLabels(cy).bodies).not.toBe(first);
  });
});
