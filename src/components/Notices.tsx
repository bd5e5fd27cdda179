import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

const selectNotices = (s: { notices: import('../store').Notice[] }) => s.notices;

/** Short messages (an ignored link parameter, a rejected file); polite, dismissable. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`}>
          <div>
            <strong>{n.text}</strong>
            {n.details && (
              <ul>
                {n.details.map((d, i) => (
                  <li key={i}>{d}</li>
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
