import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { applyPresentation } from '../../../../src/cy/controllers/presentation';
import { headlessGraph } from '../../../helpers/headlessGraph';

let cy: Core;
beforeEach(() => (cy = headlessGraph()));
afterEach(() => cy.destroy());

describe('applyPresentation', () => {
  it('gives every element the class for larger labels and tells the framing, and takes both back', () => {
    applyPresentation(cy, true);
    expect(cy.elements('.present')).toHaveLength(cy.elements().length);
    expect(cy.scratch('_present')).toBe(true);
    applyPresentation(cy, false);
    expect(cy.elements('.present')).toHaveLength(0);
    expect(cy.scratch('_present')).toBe(false);
  });
});
