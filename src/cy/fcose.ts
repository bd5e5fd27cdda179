/**
 * The force-directed layout (cytoscape-fcose with its cose-base and layout-base, about 35 KB
 * gzipped): registered on Cytoscape here, so that the page loads it only when a layout needs it
 * (see `loadLayouts` in layouts.ts); the Worker and the scripts register it at once.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;
/** Registers fcose once (cytoscape.use throws on a second registration of the same name). */
export function registerExtensions() {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
