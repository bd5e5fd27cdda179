/**
 * A language switch on a network whose names the label layer draws: the names are set without
 * Cytoscape restyling an element (its stylesheet draws no name), and the next reading has them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { applyLanguage, setNamesOnLayer } from '../../../../src/cy/controllers/language';
import { createStylesheet } from '../../../../src/cy/stylesheet';
import { buildElements, edgeLabel, fullLabel, shortLabel } from '../../../../src/graph/elements';
import { drawNamesOnLayer, NAMES_EVENT, readLabels } from '../../../../src/cy/labels/measure';
import { NameMeasure } from '../../../../src/cy/labels/layerText';
import { FIXTURE } from '../../../fixtures/datasets';

/** `pstyle` (the style as applied) is not in the typings. */
type Styled = { pstyle(name: string): { strValue: string } };

let cy: Core;
const width = (text: string, px: number) => text.length * px * 0.6;
beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet({ large: true, types: FIXTURE.types }) as never,
    layout: { name: 'preset', fit: false },
    elements: buildElements(FIXTURE, 'en') as never,
  });
  Object.assign(cy, { width: () => 1200, height: () => 800 });
});
afterEach(() => {
  cy.destroy();
});

/** Counts the events of each kind the instance sees from here on. */
function counting(events: string) {
  const seen: Record<string, number> = {};
  cy.on(events, (e) => void (seen[e.type] = (seen[e.type] ?? 0) + 1));
  return seen;
}

describe('names on the label layer', () => {
  it('the large stylesheet gives Cytoscape no name to draw, in any state an element can be in', () => {
    const states = ['', 'hover', 'tour-focus', 'path-hop', 'keyboard-focus', 'label-short', 'present'];
    for (const cls of states) {
      cy.elements().removeClass(states.join(' ')).addClass(cls);
      cy.elements().select();
      const drawn = cy.elements().filter((e) => (e as unknown as Styled).pstyle('label').strValue !== '');
      expect(
        drawn.map((e) => e.id()),
        cls,
      ).toEqual([]);
      cy.elements().unselect();
    }
  });

  it('are set in Swedish without a data or style event, once the layer is in use, and the next reading has them', () => {
    drawNamesOnLayer(cy, new NameMeasure(width));
    expect(readLabels(cy).nodes.length).toBeGreaterThan(0);
    const seen = counting(`data style ${NAMES_EVENT}`);
    const dirty = () =>
      cy
        .elements()
        .filter((e) => (e as unknown as { _private: { styleDirty?: boolean } })._private.styleDirty === true)
        .length;
    cy.elements(':visible'); // every element styled
    expect(dirty()).toBe(0);

    applyLanguage(cy, FIXTURE, 'sv');

    expect(seen).toEqual({ [NAMES_EVENT]: 1 });
    // no element to restyle
    expect(dirty()).toBe(0);
    for (const n of FIXTURE.nodes) {
      expect(cy.getElementById(n.id).data('label')).toBe(shortLabel(n, 'sv'));
      expect(cy.getElementById(n.id).data('fullLabel')).toBe(fullLabel(n, 'sv'));
    }
    for (const e of FIXTURE.edges)
      expect(cy.getElementById(e.id).data('label')).toBe(edgeLabel(e, 'sv', FIXTURE.types));
    // at least one name differs between the languages, and the reading has the Swedish one
    const differs = FIXTURE.nodes.filter((n) => shortLabel(n, 'sv') !== shortLabel(n, 'en'));
    expect(differs.length).toBeGreaterThan(0);
    const read = new Map(readLabels(cy).nodes.map((n) => [n.id, n.text.text]));
    for (const n of differs) if (read.has(n.id)) expect(read.get(n.id)).toBe(shortLabel(n, 'sv'));
    expect(differs.some((n) => read.has(n.id))).toBe(true);

    // the same language again: nothing set, nothing told
    expect(setNamesOnLayer(cy, FIXTURE, 'sv')).toBe(0);
    expect(seen).toEqual({ [NAMES_EVENT]: 1 });
  });

  it('without the layer, relabels through data() as ever', () => {
    const seen = counting('data');
    cy.elements(':visible'); // every element styled
    applyLanguage(cy, FIXTURE, 'sv');
    expect(seen.data).toBeGreaterThan(0);
    // (what the layer spares: each element relabelled is to be restyled)
    expect(
      cy
        .elements()
        .filter((e) => (e as unknown as { _private: { styleDirty?: boolean } })._private.styleDirty === true)
        .length,
    ).toBeGreaterThan(0);
    const n = FIXTURE.nodes.find((x) => shortLabel(x, 'sv') !== shortLabel(x, 'en'))!;
    expect(cy.getElementById(n.id).data('label')).toBe(shortLabel(n, 'sv'));
  });
});
