/**
 * Validation of a dataset (and of guided tours against it), for the app and the command line alike:
 * pure TypeScript, no DOM, no file system. The parts live in `validation/`:
 *
 * - `decode.ts`     bytes to text (UTF-8 with or without a mark, UTF-16), the same everywhere
 * - `json.ts`       JSON text to a value, with line and column for errors and a bound on nesting
 * - `issues.ts`     the valibot schema's issues as problems
 * - `integrity.ts`  the rules that span records (ids, references, duplicates, links)
 * - `problems.ts`   problems (a code and parameters), their wording per language, the bounded collector
 * - `text.ts`       "did you mean", values shortened for messages, paths
 *
 * It reports every kind of problem it finds, never just the first, but at most MAX_PROBLEMS of
 * them (the rest are counted), and never throws: any input, however large, deep or odd, gives
 * problems with paths.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';
import { StoriesSchema, type Stories } from './stories';
import { addIssues } from './validation/issues';
import { datasetIntegrity, storiesIntegrity, type IdLists } from './validation/integrity';
import { tooDeep } from './validation/json';
import { ProblemCollector, type Problem } from './validation/problems';
import { shown } from './validation/text';

export { decodeText, type DecodeResult } from './validation/decode';
export { parseJson, MAX_DEPTH, type JsonResult } from './validation/json';
export {
  english,
  formatMore,
  formatProblem,
  formatProblems,
  isWarning,
  MAX_PROBLEMS,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from './validation/problems';
export { closestMatch } from './validation/text';

/**
 * A dataset, or why not. `warnings` (a valid dataset may have some) and `problems` are each at
 * most MAX_PROBLEMS long; `more` counts the problems found beyond those listed.
 */
export type DatasetResult =
  | { ok: true; dataset: Dataset; warnings: Problem[] }
  | { ok: false; problems: Problem[]; more?: number };
export type StoriesResult = { ok: true; stories: Stories } | { ok: false; problems: Problem[]; more?: number };

/** The problem for a failure of the validator itself (a bug): reported, never thrown. */
function internal(error: unknown): Problem {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { path: '', code: 'internal', params: { message: shown(message, 200) } };
}

/**
 * Validates anything (typically freshly parsed JSON) as a dataset. Returns the typed dataset only
 * when there is no error at all, so the app never renders half-valid data.
 */
export function validateDataset(input: unknown): DatasetResult {
  try {
    const deep = tooDeep(input);
    if (deep) return { ok: false, problems: [deep] };
    const parsed = v.safeParse(DatasetSchema, input);
    const out = new ProblemCollector();
    addIssues(out, parsed.issues, DatasetSchema);
    datasetIntegrity(out, input);
    const { problems, more } = out.finish();
    if (parsed.success && out.errors === 0) return { ok: true, dataset: parsed.output, warnings: problems };
    return { ok: false, problems, ...(more ? { more } : {}) };
  } catch (error) {
    return { ok: false, problems: [internal(error)] };
  }
}

/**
 * Validates guided tours against a dataset: the tours' shape, unique tour and step ids, and that
 * every node and edge a step names exists in the dataset. Takes only the ids it needs, so tours
 * can still be checked when the dataset itself has problems. `hints: false` leaves out "did you
 * mean" (for tours that do not belong to the dataset, where absent ids are expected).
 */
export function validateStories(input: unknown, dataset: IdLists, options: { hints?: boolean } = {}): StoriesResult {
  try {
    const deep = tooDeep(input);
    if (deep) return { ok: false, problems: [deep] };
    const parsed = v.safeParse(StoriesSchema, input);
    const out = new ProblemCollector();
    addIssues(out, parsed.issues, StoriesSchema);
    storiesIntegrity(out, input, dataset, options.hints ?? true);
    const { problems, more } = out.finish();
    if (parsed.success && out.errors === 0) return { ok: true, stories: parsed.output };
    return { ok: false, problems, ...(more ? { more } : {}) };
  } catch (error) {
    return { ok: false, problems: [internal(error)] };
  }
}
