import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies the address of the current view (the URL mirrors the store, so it is a link to exactly
 * this). Where the clipboard is refused, the link is shown selected for the user to copy.
 */
export function CopyLink() {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const url = typeof window === 'undefined' ? '' : window.location.href;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="link-button" onClick={() => void copy()}>
        {t('learn.tours.copyLink')}
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' ? t('learn.tours.linkCopied') : ''}
      </span>
      {state === 'manual' && (
        <label className="copy-link-manual">
          {t('learn.tours.copyManually')}
          <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      )}
    </div>
  );
}
