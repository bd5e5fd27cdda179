import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { setNote } from '../../../src/cy/scratch';

let cy: Core;
let restyled: number;
beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
  restyled = 0;
  cy.on('style', () => void restyled++);
});
afterEach(() => cy.destroy());

describe('setNote', () => {
  it('keeps a note that cy.scratch reads back', () => {
    setNote(cy, '_probe', { drawn: 3 });
    expect(cy.scratch('_probe')).toEqual({ drawn: 3 });
    setNote(cy, '_probe', null);
    expect(cy.scratch('_probe')).toBeNull();
  });

  it('restyles no element, where setting the core scratch restyles every one', () => {
    cy.scratch('_probe', 1);
    expect(restyled).toBe(3);
    restyled = 0;
    setNote(cy, '_probe', 2);
    expect(restyled).toBe(0);
  });
});
