/**
 * Notes kept on the Cytoscape instance (read back with `cy.scratch(key)`) without the cost of
 * `cy.scratch(key, value)`: Cytoscape marks every element's style dirty whenever the core's
 * scratch is set, so each such write restyles (and redraws) the whole graph on the next frame,
 * seconds at thousands of elements. A note is app state for the app's own code; no stylesheet
 * reads it, so nothing needs restyling when it changes.
 */
import type { Core } from 'cytoscape';

export function setNote(cy: Pick<Core, 'scratch'>, key: string, value: unknown): void {
  (cy.scratch() as Record<string, unknown>)[key] = value;
}

/** Note: true once the instance has drawn its first frame (set by the graph view). */
export const FIRST_DRAWN = '_firstDrawn';
