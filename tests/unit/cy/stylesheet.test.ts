/**
 * The large-graph stylesheet: plain lines for edges, and the label size function only where an
 * edge shows its label (elsewhere a fixed size, so restyling 20,000 edges calls no function).
 */
import { afterEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { createStylesheet } from '../../../src/cy/stylesheet';
import { DEFAULT_FONT, EDGE_FONT_RATIO } from '../../../src/cy/labels/fontSize';

let cy: Core;
afterEach(() => cy.destroy());

const graph = (large: boolean) =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet({ large }) as never,
    elements: [
      { data: { id: 'a', type: 'agency', label: 'A' } },
      { data: { id: 'b', type: 'agency', label: 'B' } },
      { data: { id: 'e', source: 'a', target: 'b', type: 'member-of', label: 'member of', _fs: 7 } },
    ],
  });

describe('createStylesheet({ large })', () => {
  it('draws edges as haystack lines at a fixed label size, the label size following _fs once shown', () => {
    cy = graph(true);
    const e = cy.$id('e');
    expect(e.style('curve-style')).toBe('haystack');
    expect(e.numericStyle('font-size')).toBeCloseTo(DEFAULT_FONT * EDGE_FONT_RATIO);
    e.addClass('hover');
    expect(e.style('curve-style')).toBe('straight');
    expect(e.numericStyle('font-size')).toBe(7);
  });

  it('leaves the usual sheet as it was: the label size follows _fs on every edge', () => {
    cy = graph(false);
    expect(cy.$id('e').style('curve-style')).toBe('bezier');
    expect(cy.$id('e').numericStyle('font-size')).toBe(7);
  });
});
