import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import type { ReactNode } from 'react';
import { drawsLabel, useLanguageController } from '../../../../src/cy/controllers/language';
import { createStylesheet } from '../../../../src/cy/stylesheet';
import { buildElements } from '../../../../src/graph/elements';
import { AppProvider, createAppStore, initialState, type AppStore } from '../../../../src/store';
import { FIXTURE } from '../../../fixtures/datasets';

let cy: Core;
let store: AppStore;
beforeEach(() => {
  // jsdom has no canvas to measure names with: the stylesheet then wraps at its widest
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  store = createAppStore(initialState(FIXTURE, 'en'));
  // style enabled and the app's stylesheet: which labels are drawn depends on both
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet(),
    layout: { name: 'preset', fit: false },
    elements: buildElements(FIXTURE, 'en') as never,
  });
});
afterEach(() => {
  cy.destroy();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <AppProvider store={store}>{children}</AppProvider>
);
const label = (id: string) => cy.getElementById(id).data('label') as string;

describe('drawsLabel', () => {
  it('is true for a shown name and a selected relationship, false for what draws no text', () => {
    expect(drawsLabel(cy.getElementById('noa'))).toBe(true);
    // a relationship shows its label only when hovered, selected, on a path or in a tour
    const edge = cy.getElementById('nct-staffed-by-sapo');
    expect(drawsLabel(edge)).toBe(false);
    edge.select();
    expect(drawsLabel(edge)).toBe(true);
    // a name the label pass left out, a faded node, a hidden one
    expect(drawsLabel(cy.getElementById('nct').addClass('label-hidden'))).toBe(false);
    expect(drawsLabel(cy.getElementById('europol').addClass('faded'))).toBe(false);
    expect(drawsLabel(cy.getElementById('polismyndigheten').addClass('hidden'))).toBe(false);
  });
});

describe('useLanguageController', () => {
  it('relabels what is drawn at once, the rest once the frame after is presented', async () => {
    // frames drawn by hand: each runs the animation-frame callbacks asked for, then lets the
    // messages they post arrive (what follows a frame's paint); the wait for a frame that never
    // comes is held, so that a slow run does not end it
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let queued: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => queued.push(fn));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const message = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      });
    const drawFrame = async () => {
      const run = queued;
      queued = [];
      for (const fn of run) fn(performance.now());
      // what the frame's callbacks posted arrives before a message posted after them
      await message();
    };
    const sv = new Map(buildElements(FIXTURE, 'sv').map((e) => [e.data.id, e.data]));
    cy.getElementById('nct').addClass('label-hidden');
    cy.getElementById('noa-lo-europol').select();
    renderHook(() => useLanguageController(cy), { wrapper });
    act(() => store.getState().setLang('sv'));
    // at once: the names drawn, and the selected relationship's label
    expect(label('noa')).toBe('Noa');
    expect(cy.getElementById('noa').data('fullLabel')).toBe('Nationella operativa avdelningen (Noa)');
    expect(label('noa-lo-europol')).toBe('har sambandsman vid');
    // not yet, nor after the graph's frame (the interface follows in the next): a relationship that
    // shows no label, a name the label pass left out
    const nct = cy.getElementById('nct');
    const nctSv = (sv.get('nct') as { fullLabel: string }).fullLabel;
    await drawFrame();
    expect(label('nct-staffed-by-sapo')).toBe('staffed by');
    expect(nct.data('fullLabel')).not.toBe(nctSv);
    // then the rest: every element in the new language
    await drawFrame();
    expect(label('nct-staffed-by-sapo')).toBe('bemannas av');
    expect(nct.data('fullLabel')).toBe(nctSv);
    expect(cy.elements().map((e) => e.data('label') as string)).toEqual([...sv.values()].map((d) => d.label));
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('relabels the rest anyway when no frame comes (a tab in the background)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    renderHook(() => useLanguageController(cy), { wrapper });
    act(() => store.getState().setLang('sv'));
    expect(label('nct-staffed-by-sapo')).toBe('staffed by');
    await waitFor(() => expect(label('nct-staffed-by-sapo')).toBe('bemannas av'));
    vi.unstubAllGlobals();
  });

  it('a switch back before the frame leaves every label in the language chosen last', async () => {
    renderHook(() => useLanguageController(cy), { wrapper });
    act(() => {
      store.getState().setLang('sv');
      store.getState().setLang('en');
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(cy.elements().map((e) => e.data('label') as string)).toEqual(
      buildElements(FIXTURE, 'en').map((e) => e.data.label),
    );
    act(() => store.getState().setLang('sv'));
    await waitFor(() =>
      expect(cy.elements().map((e) => e.data('label') as string)).toEqual(
        buildElements(FIXTURE, 'sv').map((e) => e.data.label),
      ),
    );
  });
});
