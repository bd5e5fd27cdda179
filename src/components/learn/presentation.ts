/**
 * Presentation mode: the store's `presentation` flag hides the chrome (see presentation.css);
 * full screen is asked for on top when the browser allows it. A browser may refuse (no user
 * gesture, an embedding frame, a headless run): presentation mode then goes on in the window.
 */
import type { AppStore } from '../../store';

/** Set while the app itself leaves full screen, so that this is not taken as "leave presentation". */
let leavingOnPurpose = false;

function requestFullscreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  try {
    el.requestFullscreen().catch(() => {
      // refused: presentation mode carries on without full screen
    });
  } catch {
    // older engines throw instead of rejecting
  }
}

function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  leavingOnPurpose = true;
  document.exitFullscreen().catch(() => {
    leavingOnPurpose = false;
  });
}

/** Set when the user starts presenting from a control that the chrome takes away with it. */
let focusLost = false;

/** True once after presentation mode was entered from a control now hidden (focus must move). */
export function takeFocusLost(): boolean {
  const was = focusLost;
  focusLost = false;
  return was;
}

export function enterPresentation(store: AppStore): void {
  focusLost = true;
  store.getState().setPresentation(true);
  requestFullscreen();
}

export function leavePresentation(store: AppStore): void {
  store.getState().setPresentation(false);
  exitFullscreen();
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) exitFullscreen();
  else requestFullscreen();
}

export const isFullscreen = (): boolean => Boolean(document.fullscreenElement);

/**
 * The browser leaves full screen on Esc without telling the page about the key: when full screen
 * ends other than by the app's own toggle, the user meant to leave the presentation.
 */
export function onFullscreenChange(store: AppStore): void {
  if (document.fullscreenElement) return;
  if (leavingOnPurpose) {
    leavingOnPurpose = false;
    return;
  }
  const s = store.getState();
  if (s.presentation) s.setPresentation(false);
}
