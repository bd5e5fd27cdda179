/**
 * "Recent datasets": the user's datasets stored on this device, with name, date and counts, to
 * open again or delete. Storage that is unavailable is a notice, never an error.
 */
import { isLang, LANG_LOCALES } from '../../../data/langs';
import { useTranslation } from 'react-i18next';
import type { StoredSummary } from '../../../store/keep';

type Props = {
  items: StoredSummary[] | 'unavailable' | null;
  inUse: string | null;
  onOpen: (id: string) => void;
  onDelete: (item: StoredSummary) => void;
};

export function RecentDatasets({ items, inUse, onOpen, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) =>
    new Date(iso).toLocaleString(LANG_LOCALES[isLang(i18n.language) ? i18n.language : 'en'], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="data-recent">
      <h3 id="data-recent">{t('io.keep.recent')}</h3>
      {items === 'unavailable' && <p className="message message-warning">{t('io.keep.unavailable')}</p>}
      {Array.isArray(items) && items.length === 0 && <p className="hint">{t('io.keep.recentNone')}</p>}
      {Array.isArray(items) && items.length > 0 && (
        <ul className="recent-datasets">
          {items.map((item) => (
            <li key={item.id}>
              <div className="recent-name">
                <strong>{item.name}</strong>
                {item.id === inUse && <span className="badge"> ({t('io.keep.inUse')})</span>}
              </div>
              <div className="hint">{t('io.keep.item', {
                  date: date(item.savedAt),
                  nodes: t('io.keep.itemNodes', { count: item.nodes }),
                  edges: t('io.keep.itemEdges', { count: item.edges }),
                })}</div>
              <div className="button-row tight">
                <button type="button" aria-label={t('io.keep.openName', { name: item.name })} disabled={item.id === inUse} onClick={() => onOpen(item.id)}>
                  {t('io.keep.open')}
                </button>
                <button type="button" aria-label={t('io.keep.deleteName', { name: item.name })} onClick={() => onDelete(item)}>
                  {t('io.keep.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
