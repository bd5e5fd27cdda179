import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../store';
import { useGraphOverlay } from '../useGraphOverlay';

/**
 * The few controls presentation mode keeps while the chrome is hidden: full screen, the
 * shortcuts, and the way out (for pointer and touch users; keyboard users have F, ? and Esc).
 */
export function PresentationBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const fullscreen = useAppStore((s) => s.presenting.fullscreen);
  const leaveRef = useRef<HTMLButtonElement>(null);
  const ref = useRef<HTMLElement>(null);
  useGraphOverlay('presentation-bar', ref);

  // The button that started the presentation is hidden with the chrome: keep focus in the app
  // (not on a presentation opened from a link, where nothing had focus to lose).
  useEffect(() => {
    const s = store.getState();
    if (!s.presenting.moveFocus) return;
    s.focusMoved();
    leaveRef.current?.focus();
  }, [store]);

  return (
    <section ref={ref} className="presentation-bar" aria-label={t('learn.presentation.controls')}>
      <button
        type="button"
        aria-pressed={fullscreen}
        aria-keyshortcuts="F"
        onClick={() => store.getState().toggleFullscreen()}
      >
        {t('learn.presentation.fullscreen')}
      </button>
      <button type="button" aria-keyshortcuts="?" onClick={() => store.getState().setHelpOpen(true)}>
        {t('learn.presentation.shortcuts')}
      </button>
      <button
        type="button"
        ref={leaveRef}
        aria-keyshortcuts="Escape"
        onClick={() => store.getState().leavePresentation()}
      >
        {t('learn.presentation.leave')}
      </button>
    </section>
  );
}
