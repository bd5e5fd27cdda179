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
  nodes: v.array(IdSchema, 'schema.nodeIds'),
  edges: v.array(IdSchema, 'schema.edgeIds'),
  camera: v.optional(v.picklist(CAMERAS, 'schema.camera')),
}, 'schema.step');

export const TourSchema = v.strictObject({
  id: IdSchema,
  title: BilingualSchema,
  description: BilingualSchema,
  steps: v.pipe(v.array(TourStepSchema, 'schema.steps'), v.minLength(1, 'schema.stepNeeded')),
}, 'schema.tour');

export const StoriesSchema = v.strictObject({
  tours: v.array(TourSchema, 'schema.tours'),
}, 'schema.stories');

export type TourStep = v.InferOutput<typeof TourStepSchema>;
export type GuidedTour = v.InferOutput<typeof TourSchema>;
export type Stories = v.InferOutput<typeof StoriesSchema>;
