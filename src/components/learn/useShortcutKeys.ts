import { useEffect } from 'react';
import { fit, zoomIn, zoomOut } from '../../cy/commands';
import { useAppStoreApi } from '../../store';
import { isOwnKeyTarget, shortcutFor } from '../../shortcuts';
import { SEARCH_INPUT_ID } from '../SearchBox';
import { stepTour } from './tourNav';

/**
 * The page's keyboard shortcuts (src/shortcuts.ts, listed in the help dialog). One listener on the window,
 * after every control has had its chance: a key a control already handled (defaultPrevented),
 * typing in a field, the arrow keys in a widget, and anything while a modal dialog is open are
 * left alone. A shortcut that has nothing to do (no tour running, graph not shown) lets the key be.
 */
export function useShortcutKeys() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const shortcut = shortcutFor(e);
      if (!shortcut || isOwnKeyTarget(e.target, e.key)) return;
      // an open dialog takes its own keys; the dialog element says so at once when Esc closes it,
      // while the store learns it only from the close event a moment later
      if (document.querySelector('dialog[open]')) return;
      const s = store.getState();
      const onGraph = s.view === 'graph';
      let done = false;
      switch (shortcut) {
        case 'next':
          done = stepTour(store, 1);
          break;
        case 'previous':
          done = stepTour(store, -1);
          break;
        case 'fullscreen':
          s.toggleFullscreen();
          done = true;
          break;
        case 'zoomIn':
          done = onGraph && zoomIn(store);
          break;
        case 'zoomOut':
          done = onGraph && zoomOut(store);
          break;
        case 'fit':
          done = onGraph && fit(store);
          break;
        case 'search': {
          const input = document.getElementById(SEARCH_INPUT_ID);
          if (input) {
            input.focus();
            done = true;
          }
          break;
        }
        case 'help':
          store.getState().setHelpOpen(true);
          done = true;
          break;
        case 'leave':
          if (s.presentation) {
            s.leavePresentation();
            done = true;
          }
          break;
      }
      if (done) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
