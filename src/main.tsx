import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './boot';
import { restoreStored } from './store/keep';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
// the user's own dataset, if a link names it or it was in use last, comes from IndexedDB first
void restoreStored(window.location.search)
  .catch(() => ({ stored: null, notice: 'restoreFailed' as const, fromLink: true }))
  .then((restored) => root.render(<StrictMode>{boot(restored)}</StrictMode>));
