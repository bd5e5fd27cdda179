/**
 * Presentation mode's runtime slice: full screen and where focus goes. `presentation` itself is
 * a choice (in the link); full screen is asked of the browser by a controller that follows
 * `wantFullscreen` (components/learn/useFullscreen.ts) and reports back what the browser did.
 * A browser may refuse (no user gesture, an embedding frame, a headless run): presentation mode
 * then goes on in the window. Pure producers, wrapped as actions in the store.
 */
export type Presenting = {
  /** The app holds or has asked for full screen ("Present", F, the bar's button). */
  wantFullscreen: boolean;
  /** The browser shows the page in full screen. */
  fullscreen: boolean;
  /** Presentation began from a control the hidden chrome takes with it: focus must move to the bar. */
  moveFocus: boolean;
};

export const NOT_PRESENTING: Presenting = { wantFullscreen: false, fullscreen: false, moveFocus: false };

type State = { presentation: boolean; presenting: Presenting };

/** The user starts presenting from a control: full screen is asked for, focus moves to the bar. */
export const enterPresentation = (s: State): State => ({
  presentation: true,
  presenting: { ...s.presenting, wantFullscreen: true, moveFocus: true },
});

/** The user leaves: the app leaves full screen too. */
export const leavePresentation = (s: State): State => ({
  presentation: false,
  presenting: { ...s.presenting, wantFullscreen: false },
});

/** F or the bar's button: full screen on or off, presenting or not. */
export const toggleFullscreen = (s: State): Pick<State, 'presenting'> => ({
  presenting: { ...s.presenting, wantFullscreen: !s.presenting.fullscreen },
});

/**
 * The browser entered or left full screen. Leaving while the app still wanted it is the user's
 * doing (the browser takes Esc for itself and never tells the page about the key): the user meant
 * to leave the presentation.
 */
export function fullscreenChanged(s: State, on: boolean): Partial<State> {
  if (on) return { presenting: { ...s.presenting, fullscreen: true, wantFullscreen: true } };
  const presenting = { ...s.presenting, fullscreen: false, wantFullscreen: false };
  return s.presenting.wantFullscreen && s.presentation ? { presenting, presentation: false } : { presenting };
}

/** The browser refused full screen (or has none): the presentation carries on in the window. */
export const fullscreenRefused = (s: State): Pick<State, 'presenting'> => ({
  presenting: { ...s.presenting, wantFullscreen: false },
});

/** Focus has moved to the presentation bar. */
export const focusMoved = (s: State): Pick<State, 'presenting'> => ({
  presenting: { ...s.presenting, moveFocus: false },
});
