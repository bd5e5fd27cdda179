import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { LANGS } from '../i18n';

const NAMES = { sv: 'Svenska', en: 'English' } as const;

/** "Svenska" / "English": each language named in itself, marked with its own lang. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={t('common.language.label')}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
