/**
 * The composition root: everything the app holds is made here, from what it is given, and handed
 * down (the store by <AppProvider>, i18n by <I18nextProvider>); nothing is reached by a global
 * name. `boot()` calls it with the built-in data and the browser's state; tests call it with
 * their own (a broken dataset, another language, a link).
 */
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { DatasetResult } from './data/validate';
import type { Problem } from './data/validation/problems';
import type { Positions } from './graph/elements';
import { createI18n, type Lang } from './i18n';
import type { Message } from './i18n/message';
import { AppProvider, createAppStore, initialState, type AppState, type AppStore } from './store';
import { fromSearch, type UrlProblem } from './store/url';
import { startSync } from './store/sync';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { DatasetErrorPage } from './components/DatasetErrorPage';
import { loadedTours, type ToursModule } from './data/toursLoader';

export type AppInput = {
  /**
   * The dataset as the validator judged it: `validateDataset` of a file read at run time (a broken
   * one gives the page that says where and why); the built-in one is checked before the app is
   * built (see data/builtin.ts), so the first view needs no validator.
   */
  validated: DatasetResult;
  /** Stored positions for the dataset; null or absent: it is laid out on load. */
  positions?: Positions | null;
  lang: Lang;
  /** A link's query string (`?node=…&lang=…`) to restore the view from. */
  search?: string;
  /** Ids of the tours a link may name (`?tour=`); by default those of the built-in tours, if loaded. */
  tourIds?: readonly string[];
};

export type CreatedApp =
  | {
      ok: true;
      store: AppStore;
      i18n: I18n;
      /** Starts the subscribers that mirror the store to the URL, localStorage and <html lang>; returns the stop. */
      startSync: () => () => void;
      /** The app, with its providers. */
      element: ReactNode;
    }
  | { ok: false; problems: Problem[]; i18n: I18n; element: ReactNode };

/** A notice line for each parameter of the link that could not be used. */
export function describeUrlProblems(problems: UrlProblem[]): Message[] {
  return problems.map((p): Message =>
    p.reason === 'unknown'
      ? { key: 'common.url.unknown', params: { param: p.param, value: p.value } }
      : p.reason === 'tooLong'
        ? { key: 'common.url.tooLong', params: { param: p.param } }
        : { key: 'common.url.malformed', params: { param: p.param, value: p.value } },
  );
}

/** Problems listed in the start-up notice; the rest are summarised (the tours panel says more). */
const NOTICE_PROBLEMS = 5;

/**
 * A broken stories file is reported once, when the tours are loaded (the app goes on with the
 * tours that are sound).
 */
export function reportTourProblems(store: AppStore, loaded: ToursModule) {
  const s = store.getState();
  const { problems } = loaded.toursFor(s.dataset);
  if (problems.length > 0) {
    // each with its place in the stories file
    const details: Message[] = problems.slice(0, NOTICE_PROBLEMS).map((problem) => ({ problem }));
    if (problems.length > NOTICE_PROBLEMS)
      details.push({ key: 'learn.tours.moreProblems', params: { count: problems.length - NOTICE_PROBLEMS } });
    s.notify({ kind: 'warning', message: { key: 'learn.tours.brokenNotice' }, details });
  }
}

/**
 * At start-up, when the tours are loaded (the view to restore names one, see boot.tsx): their
 * problems reported; a link to a step beyond its tour's end says so (the store has kept the step
 * within it); a link to a tour step opens the tours panel, where its narrative is read.
 */
function startTours(store: AppStore, requested: AppState['tour']) {
  const loaded = loadedTours();
  if (!loaded) return;
  reportTourProblems(store, loaded);
  const s = store.getState();
  const first = loaded.resolveStep(loaded.toursFor(s.dataset).tours, requested);
  if (requested && first && first.index !== requested.step) {
    s.notify({
      kind: 'warning',
      message: {
        key: 'learn.tours.stepOutOfRange',
        params: { step: requested.step + 1, count: first.tour.steps.length },
      },
    });
  }
  if (first && s.tool === null) s.setTool('tours');
}

/**
 * Builds the app from its inputs: i18n in the language given, the page that says where and why
 * for a dataset that failed validation, else the store and the view restored from the link
 * (ignoring what is unknown, with a notice).
 */
export function createApp(input: AppInput): CreatedApp {
  const i18n = createI18n(input.lang);
  const result = input.validated;
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems,
      i18n,
      element: (
        <I18nextProvider i18n={i18n}>
          <DatasetErrorPage problems={result.problems} more={result.more ?? 0} />
        </I18nextProvider>
      ),
    };
  }
  const store = createAppStore(initialState(result.dataset, input.lang, input.positions ?? null));
  const { patch, problems } = fromSearch(
    input.search ?? '',
    result.dataset,
    input.tourIds ?? loadedTours()?.TOUR_IDS ?? [],
  );
  store.getState().restore(patch);
  const details = describeUrlProblems(problems);
  if (details.length)
    store.getState().notify({ kind: 'warning', message: { key: 'common.url.ignored' }, details });
  startTours(store, patch.tour ?? null);
  return {
    ok: true,
    store,
    i18n,
    startSync: () => startSync(store, i18n),
    element: (
      <I18nextProvider i18n={i18n}>
        <AppProvider store={store}>
          <ErrorBoundary>
            <App />
          </ErrorBoundary>
        </AppProvider>
      </I18nextProvider>
    ),
  };
}
