/**
 * The neighbourhood of the selected (or hovered) node: its relationships are drawn thick and
 * opaque, its neighbours with a heavier border, and everything else is quietened (paler and
 * thinner, names still legible), so the emphasis is carried by width and opacity, not by colour
 * alone. Hover wins while the pointer rests on a node; leaving it, Esc or a background click (which
 * clear the selection) undo it.
 */
import { useEffect } from 'react';
import type { Collection, Core, EventObject } from 'cytoscape';
import { useAppStoreApi, type Selection } from '../../store';
import { addClass, removeClasses } from '../classes';

const CLASSES = 'nb nb-edge nb-quiet';
/** Pointer rest before a hover emphasises (sweeping across the graph restyles nothing). */
const HOVER_DELAY = 90;

/** Marks the neighbourhood of a node (or of an edge's two ends); with null, clears it. */
export function applyEmphasis(cy: Core, centre: Collection | null) {
  cy.batch(() => {
    removeClasses(cy, CLASSES);
    if (!centre || centre.empty()) return;
    const nodes = centre.nodes().union(centre.edges().connectedNodes());
    const edges = nodes
      .connectedEdges()
      .filter(
        (e) =>
          centre.contains(e) ||
          centre.nodes().contains(e.source()) ||
          centre.nodes().contains(e.target()) ||
          centre.edges().contains(e),
      );
    const neighbours = edges.connectedNodes().union(nodes);
    addClass(neighbours, 'nb');
    addClass(edges, 'nb-edge');
    addClass(cy.elements().not(neighbours).not(edges), 'nb-quiet');
  });
}

function selectionCentre(cy: Core, selection: Selection): Collection | null {
  if (!selection) return null;
  const ele = cy.getElementById(selection.id);
  return ele.nonempty() ? ele : null;
}

export function useEmphasisController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    let hovered: Collection | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => applyEmphasis(cy, hovered ?? selectionCentre(cy, store.getState().selection));
    const onOver = (e: EventObject) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        hovered = e.target as Collection;
        if (!cy.destroyed()) apply();
      }, HOVER_DELAY);
    };
    const onOut = () => {
      clearTimeout(timer);
      if (!hovered) return;
      hovered = null;
      apply();
    };
    apply();
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    const off = store.subscribe((s) => s.selection, apply);
    return () => {
      off();
      clearTimeout(timer);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
    };
  }, [cy, store]);
}
