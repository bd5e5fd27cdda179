/**
 * Start-up in the browser: pick the language, then build the app from the built-in data with
 * createApp and start the subscribers that keep the URL, localStorage and <html lang> in step with
 * the store.
 */
import type { ReactNode } from 'react';
import { BUILTIN_DATASET, BUILTIN_POSITIONS } from './data/builtin';
import { BUILTIN_STORIES } from './data/tours';
import { browserLang, isLang, preloadOtherLanguages, type Lang } from './i18n';
import { createApp } from './createApp';
import { startKeepSync } from './store/keepSync';
import { whenIdle } from './components/whenIdle';
import type { Restored } from './store/keep';

export const LANG_KEY = 'samverkan.lang';

function readStoredLang(): Lang | null {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

/** URL first (a shared link), then what the user chose before, then the browser's language. */
export function initialLang(search: string): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  return isLang(fromUrl) ? fromUrl : (readStoredLang() ?? browserLang());
}

/**
 * `restored` is the user's stored dataset to start with, if any (read from IndexedDB before boot,
 * see store/keep.ts); its view comes from the link, or from where the user left it.
 */
export function boot(restored: Restored = { stored: null, notice: null, fromLink: false }): ReactNode {
  const search = window.location.search;
  const lang = initialLang(search);
  document.documentElement.lang = lang;
  const builtin = () =>
    createApp({
      dataset: BUILTIN_DATASET,
      stories: BUILTIN_STORIES,
      positions: BUILTIN_POSITIONS,
      lang,
      search,
    });
  let notice: 'missing' | 'restoreFailed' | null = restored.notice;
  let app: ReturnType<typeof createApp> | null = null;
  const stored = restored.stored;
  if (stored) {
    // opened without a link: the view where the user left it, in the language chosen now
    const view = new URLSearchParams(stored.view);
    view.set('lang', lang);
    const own = createApp({
      dataset: stored.dataset,
      stories: BUILTIN_STORIES,
      positions: stored.positions,
      lang,
      search: restored.fromLink ? search : `?${view.toString()}`,
    });
    if (own.ok) {
      own.store.setState({ datasetName: stored.name, datasetId: stored.id });
      app = own;
    } else notice = 'restoreFailed';
  }
  app ??= builtin();
  if (app.ok) {
    if (notice)
      app.store.getState().notify({
        kind: 'warning',
        message: { key: notice === 'restoreFailed' ? 'io.keep.restoreFailed' : 'io.keep.missing' },
      });
    app.startSync();
    startKeepSync(app.store);
    const i18n = app.i18n;
    // the other language's strings, once the page is idle: a switch then needs no fetch
    whenIdle(() => preloadOtherLanguages(i18n, lang), 3000);
  }
  return app.element;
}
