import { describe, expect, it } from 'vitest';
import network from '../../../data/network.json';
import stories from '../../../data/stories.json';
import { validateDataset } from '../../../src/data/validate';
import { loadTours, resolveStep, stepElementIds, toursFor, TOUR_IDS } from '../../../src/data/tours';
import type { Dataset } from '../../../src/data/schema';

const result = validateDataset(network);
if (!result.ok) throw new Error('the built-in dataset must be valid for these tests');
const dataset: Dataset = result.dataset;

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('tours', () => {
  it('the built-in tours are sound for the built-in dataset: at least four, all known to the link reader', () => {
    const { tours, problems } = toursFor(dataset);
    expect(problems).toEqual([]);
    expect(tours.length).toBeGreaterThanOrEqual(4);
    expect(TOUR_IDS).toEqual(tours.map((t) => t.id));
    expect(toursFor(dataset)).toBe(toursFor(dataset)); // memoised per dataset
  });

  it('keeps the sound tours of a broken file and reports the others with their paths', () => {
    const broken = clone(stories) as { tours: { steps: { nodes: string[] }[] }[] };
    broken.tours[1]!.steps[0]!.nodes.push('no-such-node');
    const { tours, problems } = loadTours(broken, dataset);
    expect(tours.map((t) => t.id)).toEqual(stories.tours.filter((_, i) => i !== 1).map((t) => t.id));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(`tours[1].steps[0].nodes[${broken.tours[1]!.steps[0]!.nodes.length - 1}]`);
    expect(problems[0]).toMatchObject({ code: 'ref.node', params: { value: 'no-such-node' } });
  });

  it('a file that is not a stories file gives no tours and says why, without throwing', () => {
    for (const input of [null, 'text', [], { tour: [] }]) {
      const { tours, problems } = loadTours(input, dataset);
      expect(tours).toEqual([]);
      expect(problems.length).toBeGreaterThan(0);
    }
  });

  it('a tour id used twice keeps the first tour only', () => {
    const doubled = { tours: [stories.tours[0], { ...clone(stories.tours[1]!), id: stories.tours[0]!.id }] };
    const { tours, problems } = loadTours(doubled, dataset);
    expect(tours.map((t) => t.title.en)).toEqual([stories.tours[0]!.title.en]);
    expect(problems.some((p) => p.path === 'tours[1].id')).toBe(true);
  });

  it('against a dataset without their nodes, tours are left out rather than shown broken', () => {
    const small = { nodes: dataset.nodes.slice(0, 3), edges: [] };
    expect(toursFor(small).tours).toEqual([]);
    expect(toursFor(small).problems.length).toBeGreaterThan(0);
  });

  it('keeps a step within its tour and names the elements a step shows, ends of its edges included', () => {
    const { tours } = toursFor(dataset);
    const tour = tours[0]!;
    expect(resolveStep(tours, { id: tour.id, step: 99 })!.index).toBe(tour.steps.length - 1);
    expect(resolveStep(tours, { id: tour.id, step: -3 })!.index).toBe(0);
    expect(resolveStep(tours, { id: 'unknown', step: 0 })).toBeNull();
    expect(resolveStep(tours, null)).toBeNull();
    const step = {
      id: 's',
      title: { sv: 'a', en: 'a' },
      text: { sv: 'a', en: 'a' },
      nodes: ['fra'],
      edges: ['nct-staffed-by-must'],
    };
    const ids = stepElementIds(step, dataset);
    expect(ids.edges).toEqual(['nct-staffed-by-must']);
    expect([...ids.nodes].sort()).toEqual(['fra', 'must', 'nct']);
  });
});
