import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { LISTED_SHORTCUTS } from '../shortcuts';
import '../styles/help.css';

/**
 * The keyboard-shortcuts dialog: a native modal <dialog>, so the browser traps focus inside it,
 * makes the rest inert and closes it on Esc; focus goes back to where it was when it closes.
 */
export function HelpDialog() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.helpOpen);
  const setOpen = useAppStore((s) => s.setHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // an engine without modal dialogs still shows it (not modal, but readable and closable)
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const onClose = () => {
    setOpen(false);
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
  };

  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-dialog-title" onClose={onClose}>
      <div className="panel-head">
        <h2 id="help-dialog-title">{t('learn.help.title')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={() => setOpen(false)}
          aria-label={t('common.actions.close')}
        >
          ×
        </button>
      </div>
      <p>{t('learn.help.intro')}</p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('learn.help.keyColumn')}</th>
            <th scope="col">{t('learn.help.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {LISTED_SHORTCUTS.map((s) => (
            <tr key={s.name}>
              <td>
                {s.shown.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ` ${t('learn.help.or')} `}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(s.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help-note">{t('learn.help.note')}</p>
    </dialog>
  );
}
