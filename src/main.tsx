import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot, initialLang, prepare } from './boot';
import { loadBundle } from './i18n';
import { restoreStored } from './store/keep';
import { mark } from './load/marks';
import './styles/app.css';

// start-up's steps, read by scripts/profile-start.ts: every module evaluated, what the first
// render waits for in, the first render asked for (boot.tsx), the instance made and its first
// frame (CyView.tsx)
mark('start:evaluated');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);
// the user's own dataset, if a link names it or it was in use last, comes from IndexedDB first
// (with the validator to check it); meanwhile the strings of the language shown are loaded
void Promise.all([
  restoreStored(window.location.search)
    .catch(() => ({ stored: null, notice: 'restoreFailed' as const, fromLink: true }))
    .then(prepare),
  loadBundle(initialLang(window.location.search)),
]).then(
  ([prepared]) => {
    mark('start:ready');
    boot(prepared, render);
  },
  (error: unknown) => {
    // the page's own files could not be read (a broken deployment): say so rather than stay blank
    console.error(error);
    container.textContent =
      'Samverkan could not start: reload the page. / Samverkan kunde inte starta: ladda om sidan.';
  },
);
