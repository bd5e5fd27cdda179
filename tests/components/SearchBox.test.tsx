import { afterEach, describe, expect, it, vi } from 'vitest';

// the idle callback that swaps the plain field for the combobox, run by the test when it chooses
const idle: { run: (() => void) | null } = { run: null };
vi.mock('../../src/components/whenIdle', () => ({
  whenIdle: (fn: () => void) => {
    idle.run = fn;
    return () => {};
  },
}));

// the built-in prose the search index waits for, let through by the test when it chooses
const prose: { open: () => void } = { open: () => {} };
vi.mock('../../src/data/builtin', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/data/builtin')>();
  return {
    ...original,
    loadBuiltinProse: () =>
      new Promise((resolve) => {
        prose.open = () => resolve(original.BUILTIN_DATASET);
      }),
  };
});

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('SearchBox', () => {
  afterEach(async () => {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    idle.run = null;
  });

  // "/" or a click can land on the plain field at any moment of the swap: after the combobox is
  // loaded but before it is drawn, the focus and what was typed went with the plain field
  it('keeps the focus and the text when the field is focused at any moment of the swap', async () => {
    for (let k = 0; k < 12; k++) {
      // a fresh module: the combobox is not loaded yet, as on a first visit
      vi.resetModules();
      const { loadBundle } = await import('../../src/i18n');
      await loadBundle('en');
      const { act, screen, waitFor } = await import('@testing-library/react');
      const { renderInApp } = await import('../helpers/renderInApp');
      const { SearchBox, SEARCH_INPUT_ID } = await import('../../src/components/SearchBox');
      renderInApp(<SearchBox />);
      expect(idle.run, 'the swap waits for idle time').not.toBeNull();
      idle.run!();
      // the combobox's code is in; the last thing it waits for comes now
      await new Promise((resolve) => setTimeout(resolve, 20));
      prose.open();
      for (let i = 0; i < k; i++) await tick();
      const field = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement;
      field.focus();
      field.value = 'sapo';
      await waitFor(() =>
        expect(screen.getByRole('combobox', { name: 'Search organisations' })).toHaveAttribute(
          'aria-controls',
        ),
      );
      await act(async () => {});
      const box = screen.getByRole('combobox', { name: 'Search organisations' });
      expect(document.activeElement, `focused after ${k} microtasks`).toBe(box);
      expect(box, `typed after ${k} microtasks`).toHaveValue('sapo');
      const { cleanup } = await import('@testing-library/react');
      cleanup();
    }
  });
});
