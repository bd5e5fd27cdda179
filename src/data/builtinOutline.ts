/**
 * The built-in dataset's outline (see builtinParts.ts). As written here it is worked out from
 * the file when imported, as scripts run in Node; the app's build puts the outline alone in its
 * place, so that the first view's bundle does not carry the prose (vite.config.ts).
 */
import network from '../../data/network.json';
import { splitBuiltin } from './builtinParts';
import type { Dataset } from './schema';

export default splitBuiltin(network as unknown as Dataset).outline;
