/**
 * Subscribers that mirror the store outward: the URL (replaceState, so the address is always a
 * link to the current view), the remembered language, <html lang> and i18next's language.
 *
 * The address is written once the frame that shows a change has been drawn, not in the click
 * that made it: replaceState takes milliseconds in Chromium, and a filter or language change
 * should not wait for it before it is drawn. Changes in a row are written once.
 *
 * A new language reaches i18next, <html lang> and the remembered language at the same moment,
 * for the same reason: the graph's labels follow the store at once (the language controller),
 * and the frame that shows them would otherwise wait for React to render every string of the
 * interface anew, and for the page's layout of the new text. The interface (which reads its
 * language from i18next, see i18n/uiLang.ts) follows in the frame after.
 */
import type { i18n as I18n } from 'i18next';
import type { AppStore } from './index';
import { afterPresentedFrame } from './presented';
import { toSearch } from './url';

/** Longest wait for a frame before the address is written anyway (a tab in the background draws none). */
const URL_WAIT_MS = 250;

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
  let langDue = false;
  const written = afterPresentedFrame(() => {
    if (langDue) {
      langDue = false;
      const { lang } = store.getState();
      applyLang(lang);
      rememberLang(lang);
    }
    writeUrl();
  }, URL_WAIT_MS);
  applyLang(store.getState().lang);
  writeUrl();
  // the language first: a change of language is also a change of the address (scheduled below)
  const offLang = store.subscribe(
    (s) => s.lang,
    () => void (langDue = true),
  );
  const offUrl = store.subscribe(() => written.request());
  return () => {
    offUrl();
    offLang();
    // what is due is written now: the address stays the link to the last view
    written.flush();
    written.close();
  };
}
