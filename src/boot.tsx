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
import { startKeepSync } from './store/keepSync';
import type { Restored } from './store/keep';
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
      : i18n.t('common.url.malformed', { param: p.param, value: p.value }),
  );
}

/**
 * `restored` is the user's stored dataset to start with, if any (read from IndexedDB before
 * boot, see store/keep.ts); its view comes from the link, or from where the user left it.
 */
export function boot(restored: Restored = { stored: null, notice: null, fromLink: false }): ReactNode {
  const lang = initialLang(window.location.search);
  const i18n = createI18n(lang);
  document.documentElement.lang = lang;
  const result = validateDataset(BUILTIN_DATASET);
  if (!result.ok) {
    return (
      <I18nextProvider i18n={i18n}>
        <DatasetErrorPage problems={result.problems} />
      </I18nextProvider>
    );
  }
  const own = restored.stored ? validateDataset(restored.stored.dataset) : null;
  const dataset = own?.ok ? own.dataset : result.dataset;
  const store: AppStore = createAppStore(
    initialState(dataset, lang, own?.ok ? restored.stored!.positions : BUILTIN_POSITIONS),
  );
  setAppStore(store);
  let search = window.location.search;
  if (own?.ok) {
    const stored = restored.stored!;
    store.setState({ datasetName: stored.name, datasetId: stored.id });
    // opened without a link: the view where the user left it, in the language chosen now
    if (!restored.fromLink) {
      const view = new URLSearchParams(stored.view);
      view.set('lang', lang);
      search = `?${view.toString()}`;
    }
  }
  const { patch, problems } = fromSearch(search, dataset, TOUR_IDS);
  store.getState().restore(patch);
  const details = describeUrlProblems(i18n, problems);
  if (details.length) store.getState().notify({ kind: 'warning', text: i18n.t('common.url.ignored'), details });
  if (restored.notice || (own && !own.ok))
    store.getState().notify({
      kind: 'warning',
      text: i18n.t(own?.ok === false || restored.notice === 'restoreFailed' ? 'io.keep.restoreFailed' : 'io.keep.missing'),
    });
  startSync(store, i18n);
  startKeepSync(store);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
