import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useAppStoreApi, type Selection } from '../../store';
import { center, ensureVisible } from '../commands';
import { marksOff, setMarks } from '../marks';
import { leftGraph } from './emphasis';

/** How long after a node is opened a resize of the graph still brings it back into view. */
const SHOW_AFTER_RESIZE_MS = 1500;

/**
 * Makes the graph's selection match the store's (in a batch, without echoing events back); on a
 * large network, its mark kept off the elements (see marks.ts).
 */
export function applySelection(cy: Core, selection: Selection) {
  if (marksOff(cy)) {
    const found = selection && cy.getElementById(selection.id).nonempty();
    setMarks(cy, { selected: found ? [selection.id] : [] });
    return;
  }
  cy.batch(() => {
    const target = selection ? cy.getElementById(selection.id) : cy.collection();
    cy.$(':selected').not(target).unselect();
    if (target.nonempty() && !target.selected()) target.select();
  });
}

/**
 * Two-way selection sync: a tap on a node or edge selects it in the store (a tap on the
 * background clears it); the store's selection is mirrored in the graph. Handlers are
 * registered once per instance and removed when it goes.
 */
export function useSelectionController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    let applying = false;
    const apply = (selection: Selection) => {
      applying = true;
      try {
        applySelection(cy, selection);
      } finally {
        applying = false;
      }
    };
    // a node selected elsewhere (panel link, search, tour) is brought into view if it is outside
    // it; while presenting, an organisation opened is framed with its neighbours, large enough for
    // a room to read (once the panel has narrowed the graph).
    // Opening a node also opens its details, which narrow the graph (beside it, or on a phone as a
    // sheet over its lower half) once their code has loaded: the graph's resizes in the moments
    // after a selection bring the node back into what is left of the view. Only then: a resize
    // at any other time, or one that shows the graph again after the list view, leaves the camera
    // to the resize controller.
    let shownAt = -Infinity;
    let resized = 0;
    const applyAndShow = (selection: Selection) => {
      apply(selection);
      shownAt = -Infinity;
      if (selection?.kind !== 'node') return;
      if (store.getState().presentation)
        requestAnimationFrame(() => requestAnimationFrame(() => void center(store, selection.id)));
      else {
        ensureVisible(store, selection.id);
        shownAt = performance.now();
      }
    };
    let wasHidden = cy.width() < 2 || cy.height() < 2;
    const onResize = () => {
      // a graph shown after being hidden is fitted whole by the resize controller
      const hidden = wasHidden;
      wasHidden = cy.width() < 2 || cy.height() < 2;
      if (hidden || wasHidden || performance.now() - shownAt > SHOW_AFTER_RESIZE_MS) return;
      cancelAnimationFrame(resized);
      resized = requestAnimationFrame(() => {
        const s = store.getState();
        if (s.selection?.kind === 'node' && !s.presentation && !cy.destroyed())
          ensureVisible(store, s.selection.id);
      });
    };
    // at start-up too: a link to a node shows it
    applyAndShow(store.getState().selection);
    const onTap = (e: EventObject) => {
      if (applying) return;
      if (e.target === cy) store.getState().select(null);
      else if (e.target.isNode?.()) store.getState().select({ kind: 'node', id: e.target.id() });
      else if (e.target.isEdge?.()) store.getState().select({ kind: 'edge', id: e.target.id() });
    };
    // the element under the pointer: its class, or on a large network its mark (see marks.ts)
    const onOver = (e: EventObject) => {
      if (marksOff(cy)) setMarks(cy, { hover: [e.target.id()] });
      else e.target.addClass('hover');
    };
    const onOut = (e: EventObject) => {
      if (marksOff(cy)) setMarks(cy, { hover: [] });
      else e.target.removeClass('hover');
    };
    // the pointer leaving the graph from an element: Cytoscape tells the instance, not the element
    const onLeave = (e: EventObject) => {
      if (e.target !== cy || !leftGraph(cy, e)) return;
      if (marksOff(cy)) setMarks(cy, { hover: [] });
      else cy.elements('.hover').removeClass('hover');
    };
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    cy.on('mouseout', onLeave);
    cy.on('resize', onResize);
    const unsubscribe = store.subscribe((s) => s.selection, applyAndShow);
    return () => {
      unsubscribe();
      cy.removeListener('tap', onTap);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
      cy.removeListener('mouseout', onLeave);
      cy.removeListener('resize', onResize);
      cancelAnimationFrame(resized);
    };
  }, [cy, store]);
}
