/**
 * The UI strings of one language, loaded when that language is used (each is a chunk of its own
 * in the build, about 11 KB gzipped): the start-up language before the first render, the other
 * when the page is idle or the user switches to it. An i18next backend reads from here.
 */
import type { BackendModule, ReadCallback } from 'i18next';
import type { resources } from './resources';
import type { Lang } from './langs';

export type Bundle = (typeof resources)['en']['translation'];

const LOADERS: Record<Lang, () => Promise<{ default: Bundle }>> = {
  en: () => import('./locales/en'),
  sv: () => import('./locales/sv'),
};

const ready: Partial<Record<Lang, Bundle>> = {};
const pending: Partial<Record<Lang, Promise<Bundle>>> = {};

/** Loads a language's strings (once). */
export function loadBundle(lang: Lang): Promise<Bundle> {
  const done = ready[lang];
  if (done) return Promise.resolve(done);
  return (pending[lang] ??= LOADERS[lang]().then(
    (m) => (ready[lang] = m.default),
    (error: unknown) => {
      delete pending[lang];
      throw error;
    },
  ));
}

/** A language's strings if they are loaded already. */
export function readyBundle(lang: Lang): Bundle | undefined {
  return ready[lang];
}

/** i18next's way to a language not loaded yet. */
export const bundleBackend: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language: string, _namespace: string, callback: ReadCallback) => {
    if (language !== 'sv' && language !== 'en') return callback(null, {});
    loadBundle(language).then(
      (bundle) => callback(null, bundle),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};
