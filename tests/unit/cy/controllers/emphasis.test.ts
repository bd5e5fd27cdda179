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
});
