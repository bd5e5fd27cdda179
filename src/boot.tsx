/**
 * Start-up in the browser: pick the language, then build the app from the built-in data with
 * createApp and start the subscribers that keep the URL, localStorage and <html lang> in step with
 * the store.
 */
import type { ReactNode } from 'react';
import { BUILTIN_DATASET, BUILTIN_POSITIONS } from './data/builtin';
import { BUILTIN_STORIES } from './data/tours';
import { browserLang, isLang, type Lang } from './i18n';
import { createApp } from './createApp';

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

export function boot(): ReactNode {
  const search = window.location.search;
  const lang = initialLang(search);
  document.documentElement.lang = lang;
  const app = createApp({
    dataset: BUILTIN_DATASET,
    stories: BUILTIN_STORIES,
    positions: BUILTIN_POSITIONS,
    lang,
    search,
  });
  if (app.ok) app.startSync();
  return app.element;
}
