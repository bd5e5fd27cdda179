import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, type Lang } from './resources';
import './types';

export { LANGS, isLang, type Lang } from './resources';

/**
 * Creates the app's i18next instance. Initialised synchronously (resources are bundled),
 * so the first render already has its strings: nothing is fetched at run time.
 */
export function createI18n(lng: Lang) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['sv', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** The language a first visit should get: the browser's, when it prefers Swedish. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'sv') return 'sv';
    if (base === 'en') return 'en';
  }
  return 'en';
}
