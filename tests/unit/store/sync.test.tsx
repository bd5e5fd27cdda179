import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { createAppStore, initialState } from '../../../src/store';
import { startSync } from '../../../src/store/sync';
import { FIXTURE } from '../../fixtures/datasets';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('startSync', () => {
  it('writes the address once the change is drawn, once for changes in a row, not in the click', async () => {
    const store = createAppStore(initialState(FIXTURE, 'en'));
    const stop = startSync(store, createI18n('en'));
    const replace = vi.spyOn(window.history, 'replaceState');
    store.getState().setFilters({ hiddenNodeTypes: ['agency'] });
    store.getState().select({ kind: 'node', id: 'nct' });
    // not yet: the frame that shows the change comes first
    expect(window.location.search).not.toContain('node=nct');
    await vi.waitFor(() => expect(window.location.search).toContain('node=nct'));
    expect(window.location.search).toContain('nt=agency');
    expect(replace).toHaveBeenCalledTimes(1);
    stop();
  });

  it('follows the language once the change is drawn (i18next, <html lang>, the remembered language)', async () => {
    localStorage.removeItem('samverkan.lang');
    const store = createAppStore(initialState(FIXTURE, 'en'));
    const i18n = createI18n('en');
    const stop = startSync(store, i18n);
    store.getState().setLang('sv');
    // not in the click: the graph's labels are drawn first, the interface a frame after
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await vi.waitFor(() => expect(i18n.language).toBe('sv'));
    expect(document.documentElement.lang).toBe('sv');
    expect(localStorage.getItem('samverkan.lang')).toBe('sv');
    expect(window.location.search).toContain('lang=sv');
    stop();
  });

  it('writes what is due when stopped, the language with it', () => {
    const store = createAppStore(initialState(FIXTURE, 'en'));
    const i18n = createI18n('en');
    const stop = startSync(store, i18n);
    store.getState().setLang('sv');
    expect(window.location.search).not.toContain('lang=sv');
    stop();
    expect(window.location.search).toContain('lang=sv');
    expect(i18n.language).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
  });
});
