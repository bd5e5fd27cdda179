/**
 * What the label pass leaves on the elements depends on the view alone: a step reached from
 * another view carries the same font sizes and places as the same step opened directly. (A name
 * not drawn still counts in Cytoscape's bounding box of the graph, and the picture at rest is
 * drawn from a texture that starts at that box's corner.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { createStylesheet } from '../../../../src/cy/stylesheet';
import { LABEL_SHORT, PLACES, runLabelPass } from '../../../../src/cy/labels/pass';
import { DEFAULT_FONT, modelFontSize, NORMAL_SCALE } from '../../../../src/cy/labels/fontSize';

// Node has no canvas to measure text with: a fixed-width font stands in (the pass then treats
// names as measured from their text, as it does in a browser)
vi.mock('../../../../src/cy/labels/textSize', async (original) => ({
  ...(await original<typeof import('../../../../src/cy/labels/textSize')>()),
  textSizeAt: (text: string, font: number) => ({ w: Math.ceil(text.length * font * 0.6), h: font }),
  // names wrap at the widest (MAX_WIDTH_EM), as where no canvas measures
  wrapWidthEm: () => 10,
}));

const opts = { presentation: false, overlays: [] };
const made: Core[] = [];

function graph(): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet() as never,
    layout: { name: 'preset', fit: false },
    elements: [
      { data: { id: 'a', label: 'Alpha', fullLabel: 'Alpha' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', label: 'Beta', fullLabel: 'Beta' }, position: { x: 160, y: 0 } },
      // close under a: at a far zoom its name has no room of its own
      { data: { id: 'c', label: 'Gamma', fullLabel: 'Gamma' }, position: { x: 0, y: 30 } },
      { data: { id: 'd', label: 'Delta', fullLabel: 'Delta' }, position: { x: 600, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b', label: 'works with' } },
    ],
  });
  // a view of 800 × 500 pixels (a headless instance has none)
  Object.assign(cy, { width: () => 800, height: () => 500 });
  made.push(cy);
  return cy;
}
afterEach(() => made.splice(0).forEach((cy) => cy.destroy()));

/**
 * What decides the size and place of each element's label box: its font size and the pass's place
 * classes (`label-hidden` only makes the text transparent, and a faded element draws none).
 */
/** The font size Cytoscape's style gives the element now (what it draws and measures). */
const fontSizeOf = (e: unknown) =>
  (e as { pstyle(name: string): { pfValue: number } }).pstyle('font-size').pfValue;
const BOX_CLASSES = new Set<string>([...PLACES.filter(Boolean), LABEL_SHORT]);
const state = (cy: Core) =>
  cy
    .elements()
    .map(
      (e) =>
        `${e.id()} fs=${String(e.data('_fs') ?? '-')} drawn at ${fontSizeOf(e)} ${[...e.classes()].filter((c) => BOX_CLASSES.has(c)).join(' ')}`,
    );

/** The view the test ends in: b faded, zoomed in on a and c, d out of view. */
function lastView(cy: Core) {
  cy.getElementById('b').addClass('tour-faded');
  cy.zoom(1.6);
  cy.pan({ x: 200, y: 150 });
  runLabelPass(cy, opts);
}

describe('runLabelPass', () => {
  it('leaves the same font sizes and places whether a view is reached from another or opened directly', () => {
    const through = graph();
    // first a view far out, where every name is drawn at a larger model size and d is in view
    through.zoom(0.5);
    through.pan({ x: 100, y: 200 });
    runLabelPass(through, opts);
    expect(through.getElementById('b').data('_fs')).toBeGreaterThan(20);
    expect(through.getElementById('d').data('_fs')).toBeGreaterThan(20);
    lastView(through);

    const direct = graph();
    lastView(direct);

    expect(state(through)).toEqual(state(direct));
    // the faded name and the one out of view carry neither a font size nor a place
    for (const id of ['b', 'd']) {
      const e = through.getElementById(id);
      expect(e.data('_fs') ?? undefined, id).toBeUndefined();
      expect(fontSizeOf(e), id).toBe(DEFAULT_FONT);
      for (const p of PLACES) if (p) expect(e.hasClass(p), `${id} ${p}`).toBe(false);
    }
    // while the names drawn do
    expect(through.getElementById('a').data('_fs')).toBeCloseTo(modelFontSize(1.6, NORMAL_SCALE));
  });
});
