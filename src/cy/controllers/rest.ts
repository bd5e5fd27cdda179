/**
 * The picture at rest: once nothing has been drawn for a moment, the graph is drawn once more, so
 * the picture a person is left with is the same however the view was reached.
 *
 * Cytoscape draws directly while elements are changing and from layered textures once they have
 * been still for a while (its threshold is 250 ms); which of the two the last frame happened to use
 * would otherwise depend on timing (how long the label pass or a glide took), and the two differ by
 * a pixel of resampling along every line and letter. One more frame after a quiet spell settles it.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { setNote } from '../scratch';

/** Quiet time after the last frame before the picture is drawn once more (above Cytoscape's 250 ms). */
export const REST_MS = 400;

type Drawn = Pick<Core, 'on' | 'removeListener' | 'forceRender' | 'destroyed' | 'scratch'>;

/** Scratch key: true once the picture at rest is drawn, false while one is awaited (for automated checks). */
export const AT_REST = '_atRest';

/** Draws `cy` once more after every quiet spell of `quietMs`; returns the function that stops it. */
export function redrawAtRest(cy: Drawn, quietMs = REST_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // the frame this module asked for: it starts no new wait (else it would ask again and again)
  let ours = false;
  const onRender = () => {
    clearTimeout(timer);
    if (ours) {
      ours = false;
      setNote(cy, AT_REST, true);
      return;
    }
    setNote(cy, AT_REST, false);
    timer = setTimeout(() => {
      if (cy.destroyed()) return;
      ours = true;
      cy.forceRender();
    }, quietMs);
  };
  cy.on('render', onRender);
  return () => {
    clearTimeout(timer);
    cy.removeListener('render', onRender);
  };
}

export function useRestController(cy: Core | null) {
  useEffect(() => (cy ? redrawAtRest(cy) : undefined), [cy]);
}
