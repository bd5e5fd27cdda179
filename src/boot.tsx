/**
 * Start-up in the browser: pick the language, then build the app from the built-in data (or the
 * user's stored dataset) with createApp and start the subscribers that keep the URL, localStorage
 * and <html lang> in step with the store. What the first view does not need comes later: the
 * guided tours, the other language's strings, the built-in data's prose (descriptions, quotes,
 * the glossary) and the validator's own check of the built-in data.
 */
import type { ReactNode } from 'react';
import { BUILTIN_DATASET, BUILTIN_POSITIONS, loadBuiltinProse } from './data/builtin';
import type { DatasetResult } from './data/validate';
import { loadTours } from './data/toursLoader';
import { browserLang, isLang, preloadOtherLanguages, type Lang } from './i18n';
import { createApp, reportTourProblems } from './createApp';
import { startKeepSync } from './store/keepSync';
import { whenIdle } from './components/whenIdle';
import type { Restored } from './store/keep';
import { mark } from './load/marks';

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

/** The validator (a chunk of its own: the built-in data needs none to start). */
type Validate = (input: unknown) => DatasetResult;

/** What start-up has loaded before the first render (see `prepare`). */
export type Prepared = { restored: Restored; validate: Validate | null };

/** The query string a stored dataset is opened with: the link's, or where the user left it. */
function storedSearch(restored: Restored, search: string, lang: Lang): string {
  if (!restored.stored || restored.fromLink) return search;
  const view = new URLSearchParams(restored.stored.view);
  view.set('lang', lang);
  return `?${view.toString()}`;
}

/**
 * Loads what the first render needs beyond the first view's own code: the validator when a stored
 * dataset is to be opened, and the guided tours when the view to restore names a tour. Never
 * rejects: a chunk that cannot be read leaves that part out (a stored dataset then counts as not
 * restored, a tour in the link as unknown), and the app still starts.
 */
export async function prepare(restored: Restored): Promise<Prepared> {
  const search = window.location.search;
  const lang = initialLang(search);
  const views = [search, storedSearch(restored, search, lang)];
  const [validate] = await Promise.all([
    restored.stored
      ? import('./data/validate').then(
          (m) => m.validateDataset,
          () => null,
        )
      : null,
    views.some((v) => new URLSearchParams(v).has('tour')) ? loadTours().catch(() => null) : null,
  ]);
  return { restored, validate };
}

/**
 * The validator's own check of the built-in dataset, whole, once the page is idle: the tests
 * check it before the app is built, so this refuses only a build made without them, with the page
 * that says where and why in place of the app.
 */
function checkBuiltin(lang: Lang, render: (node: ReactNode) => void) {
  whenIdle(() => {
    void Promise.all([import('./data/validate'), loadBuiltinProse()]).then(([{ validateDataset }, whole]) => {
      const result = validateDataset(whole);
      if (result.ok) return;
      const failed = createApp({ validated: result, lang });
      render(failed.element);
    });
  }, 5000);
}

/**
 * Builds the app and starts it; `render` is how the page is (re)drawn, should the built-in data
 * fail the validator's check later.
 */
export function boot({ restored, validate }: Prepared, render: (node: ReactNode) => void): void {
  const search = window.location.search;
  const lang = initialLang(search);
  document.documentElement.lang = lang;
  let notice: 'missing' | 'restoreFailed' | null = restored.notice;
  let app: ReturnType<typeof createApp> | null = null;
  const stored = restored.stored;
  if (stored) {
    const own = validate
      ? createApp({
          validated: validate(stored.dataset),
          positions: stored.positions,
          lang,
          search: storedSearch(restored, search, lang),
        })
      : null;
    if (own?.ok) {
      own.store.setState({ datasetName: stored.name, datasetId: stored.id });
      app = own;
    } else notice = 'restoreFailed';
  }
  const builtin = !app;
  app ??= createApp({
    validated: { ok: true, dataset: BUILTIN_DATASET, warnings: [] },
    positions: BUILTIN_POSITIONS,
    lang,
    search,
  });
  if (app.ok) {
    const { store, i18n } = app;
    if (notice)
      store.getState().notify({
        kind: 'warning',
        message: { key: notice === 'restoreFailed' ? 'io.keep.restoreFailed' : 'io.keep.missing' },
      });
    app.startSync();
    startKeepSync(store);
    // the other language's strings, once the page is idle: a switch then needs no fetch
    whenIdle(() => preloadOtherLanguages(i18n, lang), 3000);
    // the tours, so that a broken stories file is reported even if no tour is opened
    whenIdle(
      () =>
        void loadTours().then(
          (tours) => reportTourProblems(store, tours),
          () => {},
        ),
      4000,
    );
    if (builtin) {
      // the descriptions and quotes, so that the first panel opened needs no fetch
      whenIdle(() => void loadBuiltinProse().catch(() => {}), 2000);
      checkBuiltin(lang, render);
    }
  }
  mark('start:render');
  render(app.element);
}
