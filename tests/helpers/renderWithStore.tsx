/** Renders a learning view with its own store and i18n, as the app would (no Cytoscape needed). */
import type { ReactElement } from 'react';
import type { Dataset, Lang } from '../../src/data/schema';
import type { AppState } from '../../src/store';
import { renderInApp } from './renderInApp';

export function renderWithStore(
  ui: ReactElement,
  opts: { dataset: Dataset; lang?: Lang; patch?: Partial<AppState> },
) {
  return renderInApp(ui, opts);
}
