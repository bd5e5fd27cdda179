/**
 * Renders a component the way the app does: with a store made from a dataset, handed down by
 * <AppProvider>, and an i18next instance in the store's language, kept in step with store.lang.
 * No global is set: each render has its own store.
 */
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n';
import { AppProvider, createAppStore, initialState, type AppState } from '../../src/store';
import type { Dataset, Lang } from '../../src/data/schema';
import { FIXTURE } from '../fixtures/datasets';

export function renderInApp(
  ui: ReactElement,
  opts: { dataset?: Dataset; lang?: Lang; patch?: Partial<AppState> } = {},
) {
  const state = { ...initialState(opts.dataset ?? FIXTURE, opts.lang ?? 'en'), ...opts.patch };
  const store = createAppStore(state);
  const i18n = createI18n(state.lang);
  // what the app's sync does: i18next follows the store's language
  store.subscribe(
    (s) => s.lang,
    (lang) => void i18n.changeLanguage(lang),
  );
  const result = render(
    <I18nextProvider i18n={i18n}>
      <AppProvider store={store}>{ui}</AppProvider>
    </I18nextProvider>,
  );
  return { ...result, store, i18n };
}
