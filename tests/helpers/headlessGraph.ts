/** A headless graph of the app-core fixture for the controllers' pure `apply…` functions. */
import cytoscape, { type Core } from 'cytoscape';
import type { Dataset } from '../../src/data/schema';
import { buildElements } from '../../src/graph/elements';
import { FIXTURE } from '../fixtures/datasets';

export function headlessGraph(dataset: Dataset = FIXTURE): Core {
  return cytoscape({
    headless: true,
    layout: { name: 'preset', fit: false },
    elements: buildElements(dataset, 'en') as never,
  });
}

/** The ids of the elements with a class, sorted. */
export const withClass = (cy: Core, cls: string) =>
  cy
    .elements(`.${cls}`)
    .map((e) => e.id())
    .sort();
