import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../i18n/uiLang';
import { useAppStore } from '../store';
import { LANG_NAMES, LANGS } from '../data/langs';

/**
 * "Svenska" / "English": each language named in itself, marked with its own lang. Switching
 * changes only `store.lang`; the graph's labels follow it at once (language controller), the UI,
 * the legend and the panels in the frame after (i18next's language, see i18n/uiLang.ts), while
 * selection, filters and camera stay as they are. The document's title follows too (the store's
 * sync sets <html lang>).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useUiLang();
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
