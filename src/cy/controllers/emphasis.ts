/**
 * The neighbourhood of the selected (or hovered) node: its relationships are drawn thick and
 * opaque, its neighbours with a heavier border, and everything else is quietened (paler and
 * thinner, names still legible), so the emphasis is carried by width and opacity, not by colour
 * alone. Hover wins while the pointer rests on a node; leaving it (after the same short rest), Esc
 * or a background click (which clear the selection) undo it.
 */
import { useEffect } from 'react';
import type { Collection, Core, EventObject, SingularElementArgument } from 'cytoscape';
import { useAppStoreApi, type Selection } from '../../store';
import { addClass, removeClasses } from '../classes';
import { setNote } from '../scratch';
import { marksOff, setMarks } from '../marks';

const CLASSES = 'nb nb-edge nb-quiet';
/** Pointer rest before a hover emphasises (sweeping across the graph restyles nothing). */
const HOVER_DELAY = 90;

/** A node's (or an edge's two ends') neighbourhood: the nodes drawn strong and the relationships. */
function neighbourhood(centre: Collection): { nodes: Collection; edges: Collection } {
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
  return { nodes: edges.connectedNodes().union(nodes), edges };
}

/**
 * Per instance: the neighbourhood the last emphasis marked, while the graph has had no element
 * added or removed since (else null: the next emphasis marks every element afresh).
 */
type Marked = { nodes: Collection; edges: Collection };
const marked = new WeakMap<Core, { last: Marked | null }>();

function markedOf(cy: Core) {
  let m = marked.get(cy);
  if (!m) {
    const state = { last: null as Marked | null };
    cy.on('add remove', () => void (state.last = null));
    marked.set(cy, state);
    m = state;
  }
  return m;
}

/**
 * Marks the neighbourhood of a node (or of an edge's two ends); with null, clears it. From one
 * neighbourhood to another (the pointer moving from node to node, another node selected, a hover
 * while a node is selected), only the elements whose state changes are touched: on a large
 * network the rest (thousands of elements, quiet before and after) is neither given a class nor
 * restyled, and the label pass after it reads only what changed. On a large network the
 * neighbourhood is marked off the elements and drawn on the emphasis layer (see marks.ts).
 */
export function applyEmphasis(cy: Core, centre: Collection | null) {
  const next = centre && centre.nonempty() ? neighbourhood(centre) : null;
  if (marksOff(cy)) {
    const ids = (eles: Collection | undefined) => (eles ?? cy.collection()).map((e) => e.id());
    setMarks(cy, { nb: ids(next?.nodes), 'nb-edge': ids(next?.edges) });
    return;
  }
  const state = markedOf(cy);
  const last = state.last;
  cy.batch(() => {
    if (!next) {
      removeClasses(cy, CLASSES);
    } else if (last) {
      const touched = last.nodes.union(last.edges).union(next.nodes).union(next.edges);
      const strong = next.nodes.union(next.edges);
      removeClasses(touched.not(next.nodes), 'nb');
      removeClasses(touched.not(next.edges), 'nb-edge');
      removeClasses(strong, 'nb-quiet');
      addClass(next.nodes, 'nb');
      addClass(next.edges, 'nb-edge');
      addClass(touched.not(strong), 'nb-quiet');
    } else {
      removeClasses(cy, CLASSES);
      addClass(next.nodes, 'nb');
      addClass(next.edges, 'nb-edge');
      addClass(cy.elements().not(next.nodes).not(next.edges), 'nb-quiet');
    }
  });
  state.last = next;
}

/**
 * Whether a `mouseout` on the instance itself is the pointer leaving the graph's area (not one
 * moving between the canvases within it).
 */
export function leftGraph(cy: Core, e: EventObject): boolean {
  const to = (e.originalEvent as MouseEvent | undefined)?.relatedTarget;
  return !(to instanceof Node && cy.container()?.contains(to));
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
    const apply = () => {
      const started = performance.now();
      applyEmphasis(cy, hovered ?? selectionCentre(cy, store.getState().selection));
      // how long it took (read by the label benchmark)
      setNote(cy, '_emphasisMs', performance.now() - started);
    };
    const onOver = (e: EventObject) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        hovered = e.target as Collection;
        if (!cy.destroyed()) apply();
      }, HOVER_DELAY);
    };
    // leaving a node waits as long: a pointer moving on to another node goes from one
    // neighbourhood to the next (see applyEmphasis), not through the whole graph unquietened
    const onOut = (e: EventObject) => {
      // a node left, or the graph (Cytoscape tells the instance, not the node, when the pointer
      // leaves the graph from a node)
      if (e.target === cy ? !leftGraph(cy, e) : !(e.target as SingularElementArgument).isNode()) return;
      clearTimeout(timer);
      if (!hovered) return;
      timer = setTimeout(() => {
        hovered = null;
        if (!cy.destroyed()) apply();
      }, HOVER_DELAY);
    };
    apply();
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', onOut);
    const off = store.subscribe((s) => s.selection, apply);
    return () => {
      off();
      clearTimeout(timer);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', onOut);
    };
  }, [cy, store]);
}
