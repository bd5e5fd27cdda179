import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useAppStoreApi, type Selection } from '../../store';
import { center, ensureVisible } from '../commands';
import { marksOff, setMarks } from '../marks';
import { leftGraph } from './emphasis';

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
    // a room to read (once the panel has narrowed the graph)
    const applyAndShow = (selection: Selection) => {
      apply(selection);
      if (selection?.kind !== 'node') return;
      if (store.getState().presentation)
        requestAnimationFrame(() => requestAnimationFrame(() => void center(store, selection.id)));
      else ensureVisible(store, selection.id);
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
    const unsubscribe = store.subscribe((s) => s.selection, applyAndShow);
    return () => {
      unsubscribe();
      cy.removeListener('tap', onTap);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
      cy.removeListener('mouseout', onLeave);
    };
  }, [cy, store]);
}
