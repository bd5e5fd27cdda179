/**
 * Subscribers that mirror the store outward: the URL (replaceState, so the address is always a
 * link to the current view), the remembered language, <html lang> and i18next's language.
 */
import type { i18n as I18n } from 'i18next';
import type { AppStore } from './index';
import { toSearch } from './url';

export function startSync(store: AppStore, i18n: I18n, langKey = 'samverkan.lang'): () => void {
  const writeUrl = () => {
    const search = toSearch(store.getState());
    const url = `${window.location.pathname}?${search}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(null, '', url);
    }
  };
  const applyLang = (lang: string) => {
    document.documentElement.lang = lang;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  };
  /** Only a language the user switched to is remembered, not one a shared link carried. */
  const rememberLang = (lang: string) => {
    try {
      localStorage.setItem(langKey, lang);
    } catch {
      // storage may be unavailable (private mode); the URL still carries the language
    }
  };
  applyLang(store.getState().lang);
  writeUrl();
  const offUrl = store.subscribe(writeUrl);
  const offLang = store.subscribe(
    (s) => s.lang,
    (lang) => {
      applyLang(lang);
      rememberLang(lang);
    },
  );
  return () => {
    offUrl();
    offLang();
  };
}
