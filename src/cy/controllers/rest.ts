/**
 * The picture at rest: once nothing has been drawn for a moment, the graph is drawn once more, so
 * the picture a person is left with is the same however the view was reached.
 *
 * Cytoscape draws directly while elements are changing and from layered textures once they have
 * been still for a while (its threshold is 250 ms); which of the two the last frame happened to use
 * would otherwise depend on timing (how long the label pass or a glide took), and the two differ by
 * a pixel of resampling along every line and letter. One more frame after a quiet spell settles it.
 */
import { useEffect, useLayoutEffect } from 'react';
import type { Core } from 'cytoscape';
import { setNote } from '../scratch';
import { isLarge } from '../largeGraph';

/** Quiet time after the last frame before the picture is drawn once more (above Cytoscape's 250 ms). */
export const REST_MS = 400;

type Drawn = Pick<Core, 'on' | 'removeListener' | 'forceRender' | 'destroyed' | 'scratch'>;

/** Scratch key: true once the picture at rest is drawn, false while one is awaited (for automated checks). */
export const AT_REST = '_atRest';

/**
 * Draws `cy` once more after every quiet spell of `quietMs`; `beforeRest` runs just before that
 * frame is asked for. When `drawAgain` says no, the quiet spell alone marks the picture at rest.
 * Returns the function that stops it.
 */
export function redrawAtRest(
  cy: Drawn,
  quietMs = REST_MS,
  beforeRest?: () => void,
  drawAgain: () => boolean = () => true,
): () => void {
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
      if (!drawAgain()) return setNote(cy, AT_REST, true);
      beforeRest?.();
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

/** Up to this many elements the picture at rest is drawn from fresh textures (see freshTextures). */
export const FRESH_UP_TO = 2_000;

/** The element and label texture caches of Cytoscape's canvas renderer (internal; absent headless). */
type TextureCache = {
  lookup: { doesEleInvalidateKey: (ele: unknown) => boolean };
  invalidateElements: (eles: ArrayLike<unknown>) => void;
};
type RendererData = Partial<
  Record<'eleTxrCache' | 'lblTxrCache' | 'slbTxrCache' | 'tlbTxrCache', TextureCache>
> & {
  lyrTxrCache?: { invalidateElements: (eles: ArrayLike<unknown>) => void };
};

/**
 * Throws away the cached textures of `eles`, at every zoom level, so the next frame draws them
 * afresh at the zoom of the view. Cytoscape makes an element's texture for a new zoom by scaling
 * down the one it drew at the zoom level above, when it has one: after a glide from a closer view
 * the names and nodes were drawn from such copies, a pixel softer than the same view opened
 * directly, which has none. Its caches drop a texture only when the element's style key changes,
 * so each cache is told for this call that every element's key is invalid.
 */
export function freshTextures(cy: Core, eles: ArrayLike<unknown> = cy.elements()): boolean {
  const data = (cy as unknown as { renderer?: () => { data?: RendererData } | undefined }).renderer?.()?.data;
  if (!data) return false;
  for (const cache of [data.eleTxrCache, data.lblTxrCache, data.slbTxrCache, data.tlbTxrCache]) {
    if (!cache?.lookup) continue;
    const own = cache.lookup.doesEleInvalidateKey;
    cache.lookup.doesEleInvalidateKey = () => true;
    try {
      cache.invalidateElements(eles);
    } finally {
      cache.lookup.doesEleInvalidateKey = own;
    }
  }
  data.lyrTxrCache?.invalidateElements(eles);
  return true;
}

/**
 * The camera a rest was last drawn fresh for: a rest whose camera is unchanged (a frame drawn by
 * the layers filling in) keeps its textures, so the rest comes to an end.
 */
function freshOnce(cy: Core): () => void {
  let last = '';
  return () => {
    if (cy.elements().length > FRESH_UP_TO) return;
    const pan = cy.pan();
    const camera = `${cy.zoom()}:${pan.x}:${pan.y}:${cy.width()}x${cy.height()}`;
    if (camera === last) return;
    last = camera;
    freshTextures(cy);
  };
}

/**
 * A large network is not drawn again at rest: one more frame of it is a task of over half a second
 * (at 5,000 nodes, its layers still being made), and the picture it is left with is the one
 * Cytoscape draws from its layers once they are complete.
 */
export function useRestController(cy: Core | null) {
  useEffect(
    () => (cy ? redrawAtRest(cy, REST_MS, freshOnce(cy), () => !isLarge(cy.elements().length)) : undefined),
    [cy],
  );
}

/**
 * Pins a node's `:backgrounding` state (whether a background image is still loading) to false.
 * Cytoscape (3.34) draws a node's images in two passes, under and over its border, and each pass
 * sets that state anew; for a node without an image the second pass miscounts and sets it to true,
 * and the first pass of the next draw sets it back. Each change restyles the node, so every time
 * Cytoscape draws a node afresh (into a new texture, at a new zoom level) it is restyled, and a
 * restyle throws the layered picture away: in a close view the nodes out of sight are drawn into
 * the layers one by one, so the picture went from layered to direct drawing and back (a pixel of
 * resampling on every line and letter) for seconds after the camera stopped. No node of ours has
 * a background image, so the state is always false.
 */
export function pinBackground(node: unknown): void {
  Object.defineProperty((node as { _private: object })._private, 'backgrounding', {
    get: () => false,
    set: () => {},
    configurable: true,
  });
}

/**
 * Pins the background state of every node added to `cy` (see pinBackground); returns the function
 * that stops it. Set up before the elements go in, so that no draw restyles a node.
 */
export function pinBackgrounds(cy: Pick<Core, 'on' | 'removeListener' | 'nodes'>): () => void {
  const onAdd = (e: { target: unknown }) => pinBackground(e.target);
  cy.nodes().forEach(pinBackground);
  cy.on('add', 'node', onAdd);
  return () => void cy.removeListener('add', 'node', onAdd);
}

/** Pins every node's background state from the moment it is added (call before useElements, which adds them in the layout phase). */
export function usePinnedBackgrounds(cy: Core | null) {
  useLayoutEffect(() => (cy ? pinBackgrounds(cy) : undefined), [cy]);
}
