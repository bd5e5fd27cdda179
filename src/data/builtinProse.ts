/**
 * The built-in dataset's prose (see builtinParts.ts), a chunk loaded after the first view. As
 * written here it is worked out from the file when imported, as scripts run in Node; the app's
 * build puts the prose alone in its place (vite.config.ts).
 */
import network from '../../data/network.json';
import { splitBuiltin } from './builtinParts';
import type { Dataset } from './schema';

export default splitBuiltin(network as unknown as Dataset).prose;
