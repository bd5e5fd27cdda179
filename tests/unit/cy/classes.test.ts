/**
 * Class changes restyle only what changes: Cytoscape's own addClass/removeClass restyle every
 * element they are given (counted here by the `style` events each restyled element emits).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { addClass, removeClasses } from '../../../src/cy/classes';

let cy: Core;
let restyled: string[];
beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 10 } },
      { selector: '.a', style: { width: 20 } },
      { selector: '.b', style: { width: 30 } },
    ],
    elements: Array.from({ length: 50 }, (_, i) => ({ data: { id: `n${i}` } })),
  });
  addClass(cy.$id('n1'), 'a');
  addClass(cy.$id('n2'), 'b');
  addClass(cy.$id('n3'), 'a');
  addClass(cy.$id('n3'), 'b');
  restyled = [];
  cy.on('style', (e) => void restyled.push(e.target.id()));
});
afterEach(() => cy.destroy());

describe('removeClasses', () => {
  it('removes the classes from the elements that have them, restyling only those', () => {
    removeClasses(cy.elements(), 'a  b');
    expect(cy.elements('.a, .b')).toHaveLength(0);
    expect(new Set(restyled)).toEqual(new Set(['n1', 'n2', 'n3']));
    expect(cy.$id('n3').numericStyle('width')).toBe(10);
  });

  it('restyles nothing when no element has them', () => {
    removeClasses(cy.elements(), 'c');
    expect(restyled).toEqual([]);
  });

  it('does not look at the elements for a class never given on this instance (a graph just made)', () => {
    const eles = cy.elements();
    const looked = vi.spyOn(eles, 'filter');
    removeClasses(eles, 'c');
    expect(looked).not.toHaveBeenCalled();
    addClass(cy.$id('n4'), 'c');
    removeClasses(eles, 'c');
    expect(looked).toHaveBeenCalledTimes(1);
    expect(cy.$id('n4').hasClass('c')).toBe(false);
  });

  it('given the instance, clears every element, and makes no collection of them for a class never given', () => {
    const made = vi.spyOn(cy, 'elements');
    removeClasses(cy, 'c');
    expect(made).not.toHaveBeenCalled();
    removeClasses(cy, 'a b');
    expect(made).toHaveBeenCalledTimes(1);
    expect(cy.elements('.a, .b')).toHaveLength(0);
    expect(new Set(restyled)).toEqual(new Set(['n1', 'n2', 'n3']));
  });

  it('shows what it saves: Cytoscape alone restyles every element it is given', () => {
    cy.elements().removeClass('c');
    expect(new Set(restyled).size).toBe(50);
  });
});

describe('addClass', () => {
  it('adds the class to the elements that lack it, restyling only those', () => {
    addClass(cy.elements(), 'a');
    expect(cy.elements('.a')).toHaveLength(50);
    expect(restyled).toHaveLength(48);
    expect(restyled).not.toContain('n1');
    expect(restyled).not.toContain('n3');
  });
});
