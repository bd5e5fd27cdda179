/**
 * The built-in dataset and its stored positions, bundled into the app (nothing is fetched at
 * run time). The dataset is checked before it is built, not in the page: the tests validate
 * `data/network.json` and check that the validator returns it unchanged (nothing to trim, no
 * default to fill in), so the file as bundled is the dataset the validator would give. A page
 * that starts with it needs no validator; `checkBuiltin` (boot.tsx) still runs the validator on
 * it once the page is idle and refuses a broken one.
 */
import network from '../../data/network.json';
import positions from '../../data/positions.json';
import { positionsFromJson, type Positions } from '../graph/elements';
import type { Dataset } from './schema';

/** As bundled; what the validator returns for it (tests/unit/data/dataset.test.ts). */
export const BUILTIN_DATASET = network as unknown as Dataset;

/** Positions from `npm run layout`; null when none are stored yet. */
export const BUILTIN_POSITIONS: Positions | null =
  Object.keys(positions).length > 0 ? positionsFromJson(positions) : null;
