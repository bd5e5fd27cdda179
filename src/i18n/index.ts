import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundleBackend, readyBundle } from './bundles';
import { LANGS, type Lang } from './langs';
import { langOfTag } from '../data/langs';
import './types';

export { LANGS, isLang, type Lang } from './langs';
export { loadBundle } from './bundles';

/**
 * Creates the app's i18next instance. Initialised synchronously with the strings already loaded
 * (at least `lng`'s: `await loadBundle(lng)` first), so the first render has its strings; another
 * language is read from its bundle when it is switched to. Nothing is fetched from elsewhere.
 */
export function createI18n(lng: Lang) {
  if (!readyBundle(lng))
    throw new Error(`The ${lng} UI strings are not loaded: await loadBundle('${lng}') first`);
  const resources = Object.fromEntries(
    LANGS.flatMap((l) => {
      const bundle = readyBundle(l);
      return bundle ? [[l, { translation: bundle }]] : [];
    }),
  );
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(bundleBackend)
    .init({
      resources,
      partialBundledLanguages: true,
      lng,
      // both languages have exactly the same keys (a test checks), so nothing needs a fallback;
      // one would load the other language at start-up
      fallbackLng: false,
      supportedLngs: [...LANGS],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  // `{{metric, lowercase}}`: a name within a sentence, lower-cased as the language does
  instance.services.formatter?.add('lowercase', (value: unknown, lng?: string) =>
    String(value).toLocaleLowerCase(lng),
  );
  return instance;
}

/** Loads the other languages' strings in the background, so that a switch is immediate. */
export function preloadOtherLanguages(i18n: { loadLanguages: (l: string[]) => unknown }, lng: Lang) {
  void i18n.loadLanguages(LANGS.filter((l) => l !== lng));
}

/** The language a first visit should get: the browser's, when it prefers Swedish. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  for (const tag of languages) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return 'en';
}
