/**
 * "Copy link": the address always mirrors the view (filters, focus, path, tour step, language…),
 * so copying it shares exactly what is on screen. Where the clipboard is refused (no permission, an
 * insecure context), the link is shown, selected, for the user to copy. With the user's own data
 * loaded it says that the link opens the built-in dataset instead.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

export function CopyLink({ label, buttonClassName }: { label: string; buttonClassName?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ kind: 'copied' | 'failed'; url: string } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const ownName = useAppStore((s) => s.datasetName);
  const storedHere = useAppStore((s) => s.datasetId !== null);

  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied', url });
    } catch {
      setState({ kind: 'failed', url });
      requestAnimationFrame(() => field.current?.select());
    }
  };

  return (
    <div className="copy-link">
      <div className="button-row">
        <button type="button" className={buttonClassName} onClick={() => void copy()}>
          {label}
        </button>
      </div>
      {ownName !== null && (
        <p className="message message-warning">
          {storedHere ? t('io.link.stored', { name: ownName }) : t('io.link.builtin')}
        </p>
      )}
      <p role="status" className="hint copy-link-status">
        {state?.kind === 'copied'
          ? t('common.copyLink.copied')
          : state?.kind === 'failed'
            ? t('common.copyLink.failed')
            : ''}
      </p>
      {state?.kind === 'failed' && (
        <input
          ref={field}
          className="link-output"
          readOnly
          value={state.url}
          aria-label={t('common.copyLink.fieldLabel')}
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}
