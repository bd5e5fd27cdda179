/**
 * Renders a component the way the app does: with a store made from a dataset (set as the app's
 * store) and an i18next instance in the store's language, kept in step with store.lang.
 */
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../src/i18n';
import { createAppStore, initialState, setAppStore, type AppState } from '../../../src/store';
import type { Dataset } from '../../../src/data/schema';
import { FIXTURE } from '../../unit/graph/appFixture';

export function renderInApp(ui: ReactElement, opts: { dataset?: Dataset; patch?: Partial<AppState> } = {}) {
  const state = { ...initialState(opts.dataset ?? FIXTURE, 'en'), ...opts.patch };
  const store = createAppStore(state);
  setAppStore(store);
  const i18n = createI18n(state.lang);
  // what the app's sync does: i18next follows the store's language
  store.subscribe(
    (s) => s.lang,
    (lang) => void i18n.changeLanguage(lang),
  );
  const result = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { ...result, store, i18n };
}
