/**
 * The built-in dataset and its stored positions, bundled into the app (nothing is fetched from
 * elsewhere at run time). The dataset is checked before it is built, not in the page: the tests
 * validate `data/network.json` and check that the validator returns it unchanged (nothing to
 * trim, no default to fill in), so the file as bundled is the dataset the validator would give.
 * A page that starts with it needs no validator; `checkBuiltin` (boot.tsx) still runs the
 * validator on it once the page is idle and refuses a broken one.
 *
 * It comes in two chunks (builtinParts.ts): the outline the first view draws, and the prose
 * (descriptions, quotes, the glossary) that only panels show, loaded once the page is idle or
 * when a panel that shows it is first opened, whichever comes first (`loadBuiltinProse`; the
 * lazy panels wait for it with their own code, see components/lazyNamed.ts).
 */
import outline from './builtinOutline';
import positions from '../../data/positions.json';
import { positionsFromJson, type Positions } from '../graph/elements';
import { joinBuiltin } from './builtinParts';
import type { Dataset } from './schema';

/**
 * As bundled; what the validator returns for it (tests/unit/data/dataset.test.ts) once its prose
 * is in (`loadBuiltinProse`).
 */
export const BUILTIN_DATASET: Dataset = outline;

/** Positions from `npm run layout`; null when none are stored yet. */
export const BUILTIN_POSITIONS: Positions | null =
  Object.keys(positions).length > 0 ? positionsFromJson(positions) : null;

let joined: Promise<Dataset> | null = null;

/**
 * Loads the built-in dataset's prose and puts it in (once; a chunk that cannot be read is tried
 * again on the next call). Resolves with the whole dataset, the same object as BUILTIN_DATASET.
 */
export function loadBuiltinProse(): Promise<Dataset> {
  return (joined ??= import('./builtinProse').then(
    (m) => joinBuiltin(BUILTIN_DATASET, m.default),
    (error: unknown) => {
      joined = null;
      throw error;
    },
  ));
}
