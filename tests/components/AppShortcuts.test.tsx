import { describe, expect, it } from 'vitest';
import { act, fireEvent } from '@testing-library/react';
import network from '../../data/network.json';
import { AppShortcuts } from '../../src/components/AppShortcuts';
import { toursFor } from '../../src/data/tours';
import { loadTours } from '../../src/data/toursLoader';
import { validateDataset } from '../../src/data/validate';
import { renderInApp } from '../helpers/renderInApp';

const result = validateDataset(network);
// as the Tours tool and a tour link do before a tour runs
await loadTours();
if (!result.ok) throw new Error('the built-in dataset must be valid');
const dataset = result.dataset;
const tour = toursFor(dataset).tours[0]!;

describe('AppShortcuts', () => {
  it('arrow keys and Page Up/Down move the tour, but not while typing in a field', () => {
    const { store } = renderInApp(
      <>
        <AppShortcuts />
        <input aria-label="field" />
      </>,
      { dataset, patch: { tour: { id: tour.id, step: 0 } } },
    );
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(store.getState().tour?.step).toBe(1);
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(store.getState().tour?.step).toBe(2);
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(store.getState().tour?.step).toBe(1);
    fireEvent.keyDown(document.querySelector('input')!, { key: 'ArrowRight' });
    expect(store.getState().tour?.step).toBe(1);
    // a key a control has already handled is left alone
    const e = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true });
    e.preventDefault();
    act(() => void document.body.dispatchEvent(e));
    expect(store.getState().tour?.step).toBe(1);
  });

  it('"?" opens the shortcuts dialog; Esc leaves presentation mode', () => {
    const { store } = renderInApp(<AppShortcuts />, { dataset, patch: { presentation: true } });
    expect(store.getState().helpOpen).toBe(false);
    fireEvent.keyDown(document.body, { key: '?' });
    expect(store.getState().helpOpen).toBe(true);
    act(() => store.getState().setHelpOpen(false));
    expect(store.getState().presentation).toBe(true);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store.getState().presentation).toBe(false);
  });
});
