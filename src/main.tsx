import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot, initialLang } from './boot';
import { loadBundle } from './i18n';
import { restoreStored } from './store/keep';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
// the user's own dataset, if a link names it or it was in use last, comes from IndexedDB first;
// meanwhile the strings of the language shown are loaded
void Promise.all([
  restoreStored(window.location.search).catch(() => ({
    stored: null,
    notice: 'restoreFailed' as const,
    fromLink: true,
  })),
  loadBundle(initialLang(window.location.search)),
]).then(
  ([restored]) => root.render(<StrictMode>{boot(restored)}</StrictMode>),
  (error: unknown) => {
    // the page's own files could not be read (a broken deployment): say so rather than stay blank
    console.error(error);
    container.textContent =
      'Samverkan could not start: reload the page. / Samverkan kunde inte starta: ladda om sidan.';
  },
);
