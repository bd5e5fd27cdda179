import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../store';
import '../styles/help.css';

/**
 * The header's "Present" button (full screen, chrome hidden, large type) and the keyboard
 * shortcuts button beside it. When the presentation ends, focus comes back to "Present".
 */
export function PresentButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const presentation = useAppStore((s) => s.presentation);
  const ref = useRef<HTMLButtonElement>(null);
  const was = useRef(presentation);

  useEffect(() => {
    if (was.current && !presentation) ref.current?.focus();
    was.current = presentation;
  }, [presentation]);

  return (
    <div className="present-controls">
      <button type="button" ref={ref} onClick={() => store.getState().enterPresentation()}>
        {t('learn.presentation.present')}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-keyshortcuts="?"
        aria-label={t('learn.help.open')}
        onClick={() => store.getState().setHelpOpen(true)}
      >
        ?
      </button>
    </div>
  );
}
