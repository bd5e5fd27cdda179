import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import network from '../../../../data/network.json';
import { applyTourStep } from '../../../../src/cy/controllers/tour';
import { stepElementIds, toursFor } from '../../../../src/data/tours';
import { loadTours } from '../../../../src/data/toursLoader';
import { validateDataset } from '../../../../src/data/validate';
import { headlessGraph, withClass } from '../../../helpers/headlessGraph';

const built = validateDataset(network);
// as the Tours tool and a tour link do before a tour runs
await loadTours();
if (!built.ok) throw new Error('the built-in dataset must be valid');
const dataset = built.dataset;
const tour = toursFor(dataset).tours[0]!;

let cy: Core;
beforeEach(() => (cy = headlessGraph(dataset)));
afterEach(() => cy.destroy());

describe('applyTourStep', () => {
  it("marks the step's elements (and the ends of its relationships), fades the rest; no tour clears both", () => {
    const step = tour.steps.findIndex((s) => s.nodes.length + s.edges.length > 0);
    const ids = stepElementIds(tour.steps[step]!, dataset);
    const focus = applyTourStep(cy, dataset, { id: tour.id, step });
    const expected = [...ids.nodes, ...ids.edges].sort();
    expect(focus.map((e) => e.id()).sort()).toEqual(expected);
    expect(withClass(cy, 'tour-focus')).toEqual(expected);
    expect(cy.elements('.tour-faded')).toHaveLength(cy.elements().length - expected.length);

    applyTourStep(cy, dataset, null);
    expect(cy.elements('.tour-focus, .tour-faded')).toHaveLength(0);
  });
});
