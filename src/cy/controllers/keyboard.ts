/**
 * Keyboard use of the graph. The graph container is focusable; inside it the arrow keys move a
 * visible keyboard focus (`keyboard-focus` class) to the nearest node in that direction, Enter or
 * Space selects it, Escape clears the selection, + / - / 0 zoom in, out and fit, and Shift with
 * an arrow pans (the keys are those of src/shortcuts.ts). Tab leaves the graph as usual. The focused node is reported to the caller so it
 * can be announced to screen readers (the canvas itself has nothing they can read).
 */
import { useEffect, useState, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import { useAppStoreApi, type Selection } from '../../store';
import { ensureVisible, fit, panBy, zoomIn, zoomOut } from '../commands';
import { nearestTo, nextInDirection, type ArrowDirection, type Placed } from '../spatial';
import { graphShortcutFor } from '../../shortcuts';
import { marksOff, setMarks } from '../marks';

const ARROWS: Record<string, ArrowDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const PAN_STEP = 80;
const PAN: Record<ArrowDirection, [number, number]> = {
  left: [PAN_STEP, 0],
  right: [-PAN_STEP, 0],
  up: [0, PAN_STEP],
  down: [0, -PAN_STEP],
};

function visibleNodes(cy: Core): Placed[] {
  return cy.nodes(':visible').map((n) => ({ id: n.id(), ...n.position() }));
}

/** Whether focus came from the keyboard (older engines without :focus-visible count as yes). */
function focusVisible(el: HTMLElement): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** Where keyboard focus starts: the selected node if it is shown, else the node nearest the view's centre. */
function startingNode(cy: Core, sel: Selection): string | null {
  if (sel?.kind === 'node') {
    const n = cy.getElementById(sel.id);
    if (n.nonempty() && n.visible()) return sel.id;
  }
  const e = cy.extent();
  return nearestTo({ x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 }, visibleNodes(cy));
}

/**
 * Handles keys on the graph container. Returns the id of the node with keyboard focus (null when
 * the graph does not have focus), for the caller's live region.
 */
export function useKeyboardController(
  cy: Core | null,
  container: RefObject<HTMLElement | null>,
): string | null {
  const store = useAppStoreApi();
  const [focusedId, setFocusedId] = useState<string | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!cy || !el) return;
    let focused: string | null = null;

    // the focused node's class, or on a large network its mark (see marks.ts)
    const mark = (id: string | null) => {
      if (marksOff(cy)) return void setMarks(cy, { 'keyboard-focus': id ? [id] : [] });
      cy.batch(() => {
        cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
        if (id) cy.getElementById(id).addClass('keyboard-focus');
      });
    };
    const focusNode = (id: string | null) => {
      focused = id;
      mark(id);
      if (id) ensureVisible(store, id);
      setFocusedId(id);
    };
    /** The remembered node if it is still shown (filters may have hidden it since). */
    const current = () => {
      if (!focused) return null;
      const n = cy.getElementById(focused);
      return n.nonempty() && n.visible() ? focused : null;
    };

    const onFocus = () => {
      // a mouse click also focuses the container; show the ring only for keyboard users
      if (!focusVisible(el)) return;
      focusNode(current() ?? startingNode(cy, store.getState().selection));
    };
    const onBlur = () => {
      mark(null);
      setFocusedId(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== el) return;
      const shortcut = graphShortcutFor(e);
      switch (shortcut) {
        case 'move': {
          const dir = ARROWS[e.key]!;
          if (e.shiftKey) {
            panBy(store, ...PAN[dir]);
            break;
          }
          const from = current() ?? startingNode(cy, store.getState().selection);
          if (!from) return;
          if (from !== focused) focusNode(from);
          else {
            const next = nextInDirection(
              { id: from, ...cy.getElementById(from).position() },
              visibleNodes(cy),
              dir,
            );
            if (next) focusNode(next);
          }
          break;
        }
        case 'open': {
          const id = current();
          if (!id) return;
          store.getState().select({ kind: 'node', id });
          break;
        }
        case 'deselect':
          if (!store.getState().selection) return;
          store.getState().select(null);
          break;
        case 'zoomIn':
          zoomIn(store);
          break;
        case 'zoomOut':
          zoomOut(store);
          break;
        case 'fit':
          fit(store);
          break;
        case null:
          return;
      }
      e.preventDefault();
    };

    el.addEventListener('focus', onFocus);
    el.addEventListener('blur', onBlur);
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('focus', onFocus);
      el.removeEventListener('blur', onBlur);
      el.removeEventListener('keydown', onKey);
      if (!cy.destroyed()) mark(null);
    };
  }, [cy, container, store]);

  return focusedId;
}
