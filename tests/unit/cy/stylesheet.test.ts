/**
 * The stylesheet: a relationship's label look (and its size function) only where it shows its
 * label, in both sheets (restyling edges without a name calls no function); the large-graph sheet's
 * plain lines for edges.
 */
import { afterEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { createStylesheet } from '../../../src/cy/stylesheet';
import { DEFAULT_FONT, EDGE_FONT_RATIO } from '../../../src/cy/labels/fontSize';
import { EDGE_APPEARANCE } from '../../../src/graph/appearance';

/** One of our relationship types drawn dashed. */
const DASHED = Object.entries(EDGE_APPEARANCE).find(([, a]) => a.line === 'dashed')![0];

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
  it('draws edges as haystack lines, the label size following _fs once shown', () => {
    cy = graph(true);
    const e = cy.$id('e');
    expect(e.style('curve-style')).toBe('haystack');
    expect(e.numericStyle('font-size')).not.toBe(7);
    e.addClass('hover');
    expect(e.style('curve-style')).toBe('straight');
    expect(e.numericStyle('font-size')).toBe(7);
  });

  it('gives no element of a large network a label, in any state (the label layer draws the names)', () => {
    cy = graph(true);
    const label = (id: string) => cy.$id(id).style('label') as string;
    const states = ['hover', 'tour-focus', 'path-hop', 'keyboard-focus', 'present', 'label-short'];
    for (const id of ['a', 'e']) {
      expect(label(id)).toBe('');
      cy.$id(id).addClass(states.join(' ')).select();
      expect(label(id)).toBe('');
    }
    // the usual sheet draws them
    cy.destroy();
    cy = graph(false);
    expect(label('a')).toBe('A');
    cy.$id('e').select();
    expect(label('e')).toBe('member of');
  });

  it("styles a relationship's name only where it shows one, in each state that shows it, at the size _fs gives", () => {
    cy = graph(false);
    const e = cy.$id('e');
    expect(e.style('curve-style')).toBe('bezier');
    // no name: none of its look (nor the size function) is applied
    expect(e.style('label')).toBe('');
    expect(e.numericStyle('font-size')).not.toBe(7);
    expect(e.style('text-rotation')).not.toBe('autorotate');
    for (const state of ['hover', 'tour-focus', 'path-hop', 'selected'] as const) {
      if (state === 'selected') e.select();
      else e.addClass(state);
      expect(e.style('label')).toBe('member of');
      expect(e.numericStyle('font-size')).toBe(7);
      expect(e.style('text-rotation')).toBe('autorotate');
      expect(e.style('text-background-opacity')).toBe('0.9');
      if (state === 'selected') e.unselect();
      else e.removeClass(state);
    }
    // without _fs, the default relationship size
    e.data('_fs', null).addClass('hover');
    expect(e.numericStyle('font-size')).toBeCloseTo(DEFAULT_FONT * EDGE_FONT_RATIO);
  });

  it("draws a large network's dashed and dotted lines with fewer, longer dashes, each kind still told apart, and keeps the double line visible", () => {
    const lines = (large: boolean) => {
      cy = cytoscape({
        headless: true,
        styleEnabled: true,
        style: createStylesheet({ large }) as never,
        elements: [
          { data: { id: 'a', type: 'agency', label: 'A' } },
          { data: { id: 'b', type: 'agency', label: 'B' } },
          { data: { id: 'dotted', source: 'a', target: 'b', type: 'part-of' } },
          { data: { id: 'dashed', source: 'a', target: 'b', type: DASHED } },
          { data: { id: 'double', source: 'a', target: 'b', type: 'cooperation' } },
          { data: { id: 'none', source: 'a', target: 'b', type: DASHED, noEvidence: true } },
        ],
      });
      const of = (id: string) => {
        const e = cy.$id(id);
        return {
          line: e.style('line-style') as string,
          dashes: (e as unknown as { pstyle(n: string): { pfValue: number[] } }).pstyle('line-dash-pattern')
            .pfValue,
          outline: e.numericStyle('line-outline-width'),
        };
      };
      return { dotted: of('dotted'), dashed: of('dashed'), double: of('double'), none: of('none') };
    };
    const small = lines(false);
    cy.destroy();
    expect(small.dotted.line).toBe('dotted');
    expect(small.dashed).toMatchObject({ line: 'dashed', dashes: [6, 3] });
    const large = lines(true);
    const length = (d: number[]) => d[0]! + d[1]!;
    for (const kind of ['dotted', 'dashed', 'none'] as const) {
      expect(large[kind].line).toBe('dashed');
      // fewer dashes along a line than Cytoscape's own (a dotted line's dashes are one unit long)
      expect(length(large[kind].dashes)).toBeGreaterThan(kind === 'dashed' ? 9 : 2 * 2);
    }
    // dotted (short dashes), dashed (long ones) and no evidence are still three patterns
    expect(new Set([large.dotted, large.dashed, large.none].map((k) => k.dashes.join(' '))).size).toBe(3);
    expect(large.dotted.dashes[0]!).toBeLessThan(large.dashed.dashes[0]!);
    // the double line is a white line inside its outline: without the outline it would not show
    expect(large.double.outline).toBeGreaterThan(0);
  });
});
