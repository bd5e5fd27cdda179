import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { translate } from '../i18n/message';

const selectNotices = (s: { notices: import('../store').Notice[] }) => s.notices;

/**
 * Short messages (an ignored link parameter, a rejected file); polite, dismissable. Each is
 * translated here, when shown, so it follows a language switch.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`}>
          <div>
            <strong>{translate(t, n.message)}</strong>
            {n.details && (
              <ul>
                {n.details.map((d, i) => (
                  <li key={i}>{translate(t, d)}</li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="icon-button"
            onClick={() => dismiss(n.id)}
            aria-label={t('common.actions.dismiss')}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
