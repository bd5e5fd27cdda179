/**
 * The guided tours: data/stories.json, bundled (nothing is fetched) and validated against the
 * dataset it is shown with. A broken tour must not break the app, so tours are checked one by one:
 * the sound ones are kept and the problems of the others are reported (with their JSON paths)
 * for the app to show as a notice.
 */
import stories from '../../data/stories.json';
import { BUILTIN_DATASET } from './builtin';
import type { GuidedTour, TourStep } from './stories';
import { validateStories, type Problem } from './validate';
import type { IdLists } from './validation/integrity';

export type { GuidedTour, TourStep };

/** Ids the tours refer to: all a tour needs to know about a dataset. */
export type { IdLists };

export type ToursResult = {
  tours: GuidedTour[];
  /** What is wrong with the tours that were left out (empty when all are sound). */
  problems: Problem[];
};

/** The built-in stories file as it was bundled (unknown until validated). */
export const BUILTIN_STORIES: unknown = stories;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Validates a stories file against a dataset, keeping every tour that is sound on its own.
 * Problems keep the path of the whole file (`tours[2].steps[0].nodes[1]`), so they can be found.
 */
export function loadTours(input: unknown, dataset: IdLists, options: { hints?: boolean } = {}): ToursResult {
  const whole = validateStories(input, dataset, options);
  if (whole.ok) return { tours: whole.stories.tours, problems: [] };
  // The file as a whole fails: salvage the tours that pass alone (unless it has no tour list at all).
  if (!isRecord(input) || !Array.isArray(input.tours)) return { tours: [], problems: whole.problems };
  const tours: GuidedTour[] = [];
  const seen = new Set<string>();
  for (const tour of input.tours as unknown[]) {
    const one = validateStories({ tours: [tour] }, dataset, { hints: false });
    const sound = one.ok ? one.stories.tours[0] : undefined;
    if (sound && !seen.has(sound.id)) {
      seen.add(sound.id);
      tours.push(sound);
    }
  }
  return { tours, problems: whole.problems };
}

/** Node and edge ids of a dataset not yet validated (what the start-up link reader needs). */
function rawIds(input: unknown): IdLists {
  const ids = (list: unknown) =>
    Array.isArray(list) ? list.filter((x): x is { id: string } => isRecord(x) && typeof x.id === 'string') : [];
  return isRecord(input) ? { nodes: ids(input.nodes), edges: ids(input.edges) } : { nodes: [], edges: [] };
}

/**
 * Ids of the built-in tours that are sound for the built-in dataset: the start-up link reader
 * accepts `?tour=` only for these (an unknown one is ignored with a notice).
 */
export const TOUR_IDS: string[] = loadTours(BUILTIN_STORIES, rawIds(BUILTIN_DATASET), { hints: false }).tours.map((t) => t.id);

const cache = new WeakMap<object, ToursResult>();

/**
 * The built-in tours checked against the dataset now shown (memoised per dataset). A dataset the
 * user loaded may lack the tours' nodes: then only the tours it can show are offered. No "did you
 * mean" here: the tours were not written for the user's data, so absent ids are expected (and
 * suggesting near ids among thousands of nodes would cost seconds); `npm run validate` gives hints
 * for the built-in pair.
 */
export function toursFor(dataset: IdLists): ToursResult {
  let result = cache.get(dataset);
  if (!result) {
    result = loadTours(BUILTIN_STORIES, dataset, { hints: false });
    cache.set(dataset, result);
  }
  return result;
}

/** The tour and step a `{id, step}` names, with the step index kept within the tour. */
export function resolveStep(
  tours: readonly GuidedTour[],
  at: { id: string; step: number } | null,
): { tour: GuidedTour; index: number; step: TourStep } | null {
  if (!at) return null;
  const tour = tours.find((t) => t.id === at.id);
  if (!tour) return null;
  const index = Math.min(Math.max(0, Math.floor(at.step)), tour.steps.length - 1);
  return { tour, index, step: tour.steps[index]! };
}

/**
 * The elements a step shows: its nodes and edges, plus the ends of its edges (an edge drawn
 * between two faded nodes reads badly).
 */
export function stepElementIds(step: TourStep, dataset: { edges: readonly { id: string; source: string; target: string }[] }): {
  nodes: string[];
  edges: string[];
} {
  const nodes = new Set(step.nodes);
  const byId = new Map(dataset.edges.map((e) => [e.id, e]));
  for (const id of step.edges) {
    const e = byId.get(id);
    if (e) {
      nodes.add(e.source);
      nodes.add(e.target);
    }
  }
  return { nodes: [...nodes], edges: [...step.edges] };
}
