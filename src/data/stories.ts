/**
 * The guided-tours format (data/stories.json): a tour is a short narrative in steps, each step
 * naming the nodes and edges it highlights. Like the dataset schema, this is the single source of
 * truth for the format and its types; `validateStories` in `validate.ts` adds the checks that
 * need the dataset (every id exists).
 */
import * as v from 'valibot';
import { BilingualSchema, IdSchema } from './schema';

/** How the camera frames a step: around the step's elements ("fit") or the whole network ("all"). */
export const CAMERAS = ['fit', 'all'] as const;
export type Camera = (typeof CAMERAS)[number];

export const TourStepSchema = v.strictObject({
  id: IdSchema,
  title: BilingualSchema,
  text: BilingualSchema,
  nodes: v.array(IdSchema, 'must be a list of node ids'),
  edges: v.array(IdSchema, 'must be a list of edge ids'),
  camera: v.optional(v.picklist(CAMERAS, 'is not a camera setting')),
}, 'must be an object describing a step');

export const TourSchema = v.strictObject({
  id: IdSchema,
  title: BilingualSchema,
  description: BilingualSchema,
  steps: v.pipe(v.array(TourStepSchema, 'must be a list of steps'), v.minLength(1, 'needs at least one step')),
}, 'must be an object describing a tour');

export const StoriesSchema = v.strictObject({
  tours: v.array(TourSchema, 'must be a list of tours'),
}, 'must be an object with a list of "tours"');

export type TourStep = v.InferOutput<typeof TourStepSchema>;
export type GuidedTour = v.InferOutput<typeof TourSchema>;
export type Stories = v.InferOutput<typeof StoriesSchema>;
