import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store';
import { openHelp } from './helpDialog';
import { isFullscreen, leavePresentation, takeFocusLost, toggleFullscreen } from './presentation';

/**
 * The few controls presentation mode keeps while the chrome is hidden: full screen, the
 * shortcuts, and the way out (for pointer and touch users; keyboard users have F, ? and Esc).
 */
export function PresentationBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  const leaveRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const update = () => setFullscreen(isFullscreen());
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);

  // The button that started the presentation is hidden with the chrome: keep focus in the app
  // (not on a presentation opened from a link, where nothing had focus to lose).
  useEffect(() => {
    if (takeFocusLost()) leaveRef.current?.focus();
  }, []);

  return (
    <section className="presentation-bar" aria-label={t('learn.presentation.controls')}>
      <button type="button" aria-pressed={fullscreen} aria-keyshortcuts="F" onClick={toggleFullscreen}>
        {t('learn.presentation.fullscreen')}
      </button>
      <button type="button" aria-keyshortcuts="?" onClick={openHelp}>
        {t('learn.presentation.shortcuts')}
      </button>
      <button type="button" ref={leaveRef} aria-keyshortcuts="Escape" onClick={() => leavePresentation(store)}>
        {t('learn.presentation.leave')}
      </button>
    </section>
  );
}
