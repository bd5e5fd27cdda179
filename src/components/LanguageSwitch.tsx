import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { LANG_NAMES, LANGS } from '../data/langs';

/**
 * "Svenska" / "English": each language named in itself, marked with its own lang. Switching
 * changes only `store.lang`; the UI, the graph's labels (language controller), the legend and
 * the panels follow it, while selection, filters and camera stay as they are. The document's
 * title follows too (the store's sync sets <html lang>).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const title = t('common.app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="lang-switch" role="group" aria-label={t('common.language.label')}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
