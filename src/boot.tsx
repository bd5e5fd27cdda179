/**
 * Start-up: pick the language, validate the built-in dataset at the boundary, create the store,
 * restore the view from the URL (ignoring what is unknown, with a notice) and start the
 * subscribers that keep the URL, localStorage and <html lang> in step with the store.
 */
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { BUILTIN_DATASET, BUILTIN_POSITIONS } from './data/builtin';
import { validateDataset } from './data/validate';
import { browserLang, createI18n, isLang, type Lang } from './i18n';
import { createAppStore, initialState, setAppStore, type AppStore } from './store';
import { fromSearch, type UrlProblem } from './store/url';
import { startSync } from './store/sync';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { DatasetErrorPage } from './components/DatasetErrorPage';
import { TOUR_IDS } from './data/tours';

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

/** A notice text for each parameter of the link that could not be used. */
export function describeUrlProblems(i18n: I18n, problems: UrlProblem[]): string[] {
  return problems.map((p) =>
    p.reason === 'unknown'
      ? i18n.t('common.url.unknown', { param: p.param, value: p.value })
      : p.reason === 'tooLong'
        ? i18n.t('common.url.tooLong', { param: p.param })
        : i18n.t('common.url.malformed', { param: p.param, value: p.value }),
  );
}

export function boot(): ReactNode {
  const lang = initialLang(window.location.search);
  const i18n = createI18n(lang);
  document.documentElement.lang = lang;
  const result = validateDataset(BUILTIN_DATASET);
  if (!result.ok) {
    return (
      <I18nextProvider i18n={i18n}>
        <DatasetErrorPage problems={result.problems} more={result.more ?? 0} />
      </I18nextProvider>
    );
  }
  const store: AppStore = createAppStore(initialState(result.dataset, lang, BUILTIN_POSITIONS));
  setAppStore(store);
  const { patch, problems } = fromSearch(window.location.search, result.dataset, TOUR_IDS);
  store.getState().restore(patch);
  const details = describeUrlProblems(i18n, problems);
  if (details.length)
    store.getState().notify({ kind: 'warning', text: i18n.t('common.url.ignored'), details });
  startSync(store, i18n);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
