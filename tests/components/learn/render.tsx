/** Renders a learning view with its own store and i18n, as the app would (no Cytoscape needed). */
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../src/i18n';
import type { Dataset, Lang } from '../../../src/data/schema';
import { createAppStore, initialState, setAppStore, type AppState } from '../../../src/store';

export function renderWithStore(ui: ReactElement, opts: { dataset: Dataset; lang?: Lang; patch?: Partial<AppState> }) {
  const lang = opts.lang ?? 'en';
  const store = createAppStore({ ...initialState(opts.dataset, lang), ...opts.patch });
  setAppStore(store);
  const i18n = createI18n(lang);
  store.subscribe(
    (s) => s.lang,
    (l) => void i18n.changeLanguage(l),
  );
  const result = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { ...result, store };
}
