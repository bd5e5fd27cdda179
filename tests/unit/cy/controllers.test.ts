import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { buildElements } from '../../../src/graph/elements';
import { applyLanguage } from '../../../src/cy/controllers/language';
import { applySelection } from '../../../src/cy/controllers/selection';
import { FIXTURE } from '../../fixtures/datasets';

let cy: Core;
beforeEach(() => {
  cy = cytoscape({
    headless: true,
    layout: { name: 'preset', fit: false },
    elements: buildElements(FIXTURE, 'en') as never,
  });
});
afterEach(() => cy.destroy());

describe('language controller', () => {
  it('relabels nodes and edges in place, keeping the elements and their positions', () => {
    const noa = cy.getElementById('noa');
    noa.scratch('_probe', 1);
    noa.position({ x: 12, y: 34 });
    expect(noa.data('label')).toBe('NOA');
    applyLanguage(cy, FIXTURE, 'sv');
    const after = cy.getElementById('noa');
    expect(after).toBe(noa);
    expect(after.scratch('_probe')).toBe(1);
    expect(after.position()).toEqual({ x: 12, y: 34 });
    expect(after.data('label')).toBe('Noa');
    expect(after.data('fullLabel')).toBe('Nationella operativa avdelningen (Noa)');
    expect(cy.getElementById('nct-staffed-by-sapo').data('label')).toBe('bemannas av');
    // a node without an acronym is labelled with its name
    expect(cy.getElementById('polismyndigheten').data('label')).toBe('Polismyndigheten');
  });
});

describe('selection controller', () => {
  it('selects exactly the element the store names, and clears it', () => {
    applySelection(cy, { kind: 'node', id: 'nct' });
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['nct']);
    applySelection(cy, { kind: 'edge', id: 'noa-lo-europol' });
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['noa-lo-europol']);
    applySelection(cy, null);
    expect(cy.$(':selected').length).toBe(0);
  });

  it('ignores an id that is not in the graph', () => {
    applySelection(cy, { kind: 'node', id: 'nct' });
    applySelection(cy, { kind: 'node', id: 'nope' });
    expect(cy.$(':selected').length).toBe(0);
  });
});
