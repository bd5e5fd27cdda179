import { describe, expect, it } from 'vitest';
import { act, fireEvent } from '@testing-library/react';
import network from '../../data/network.json';
import { AppShortcuts } from '../../src/components/AppShortcuts';
import { toursFor } from '../../src/data/tours';
import { validateDataset } from '../../src/data/validate';
import { LEARN_FIXTURE } from '../fixtures/datasets';
import { renderInApp } from '../helpers/renderInApp';

const result = validateDataset(network);
if (!result.ok) throw new Error('the built-in dataset must be valid');
const dataset = result.dataset;
const tour = toursFor(dataset).tours[0]!;
const last = tour.steps.length - 1;

describe('AppShortcuts', () => {
  it('a link to a step beyond the tour shows the last step, says so, and opens the tour panel', () => {
    const { store } = renderInApp(<AppShortcuts />, {
      dataset,
      patch: { tour: { id: tour.id, step: 98 } },
    });
    expect(store.getState().tour).toEqual({ id: tour.id, step: last });
    expect(store.getState().tool).toBe('tours');
    expect(store.getState().notices.map((n) => n.text)).toContain(
      `The link asked for step 99, but the tour has ${tour.steps.length} steps. Showing the last step.`,
    );
  });

  it('reports tours that do not fit the dataset once, with the path of each problem, and goes on', () => {
    const { store } = renderInApp(<AppShortcuts />, { dataset: LEARN_FIXTURE });
    const notice = store
      .getState()
      .notices.find((n) => n.text.startsWith('The guided tours file has problems'))!;
    expect(notice.kind).toBe('warning');
    expect(notice.details!.length).toBeLessThanOrEqual(6);
    expect(notice.details![0]).toMatch(/^tours\[\d+\]\.steps\[\d+\]\.(nodes|edges)\[\d+\]: /);
    expect(notice.details!.at(-1)).toMatch(/more problems/);
  });

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
