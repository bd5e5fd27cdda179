/**
 * The built-in dataset and its stored positions, bundled into the app (nothing is fetched at
 * run time). Validated at the boundary like any user file.
 */
import network from '../../data/network.json';
import positions from '../../data/positions.json';
import { positionsFromJson, type Positions } from '../graph/elements';

export const BUILTIN_DATASET: unknown = network;

/** Positions from `npm run layout`; null when none are stored yet. */
export const BUILTIN_POSITIONS: Positions | null =
  Object.keys(positions).length > 0 ? positionsFromJson(positions) : null;
