import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { applyVisibility } from '../../../../src/cy/controllers/visibility';
import { headlessGraph, withClass } from '../../../helpers/headlessGraph';

let cy: Core;
beforeEach(() => (cy = headlessGraph()));
afterEach(() => cy.destroy());

const visible = {
  nodes: new Set(['noa', 'polismyndigheten', 'europol']),
  edges: new Set(['noa-part-of-polisen', 'noa-lo-europol']),
};

describe('applyVisibility', () => {
  it('hides what is not visible, or fades it instead, and marks the focus; the elements stay', () => {
    const before = cy.elements().map((e) => e.id());
    applyVisibility(cy, visible, false, 'noa');
    expect(withClass(cy, 'hidden')).toEqual(
      [
        'nct',
        'nct-staffed-by-polisen',
        'nct-staffed-by-sapo',
        'polisen-sapo-coop',
        'sakerhetspolisen',
      ].sort(),
    );
    expect(withClass(cy, 'faded')).toEqual([]);
    expect(withClass(cy, 'focus-root')).toEqual(['noa']);

    applyVisibility(cy, visible, true, null);
    expect(withClass(cy, 'hidden')).toEqual([]);
    expect(withClass(cy, 'faded')).toHaveLength(5);
    expect(withClass(cy, 'focus-root')).toEqual([]);
    expect(cy.elements().map((e) => e.id())).toEqual(before);
  });

  it('everything visible: no class left', () => {
    applyVisibility(cy, visible, false, null);
    const all = {
      nodes: new Set(cy.nodes().map((n) => n.id())),
      edges: new Set(cy.edges().map((e) => e.id())),
    };
    applyVisibility(cy, all, false, null);
    expect(cy.elements('.hidden, .faded')).toHaveLength(0);
  });
});
