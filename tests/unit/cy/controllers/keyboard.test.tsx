import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, renderHook } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { useKeyboardController } from '../../../../src/cy/controllers/keyboard';
import { buildElements, positionsFromJson } from '../../../../src/graph/elements';
import { AppProvider, createAppStore, initialState, type AppStore } from '../../../../src/store';
import { FIXTURE } from '../../../fixtures/datasets';

//            europol (300, -100)
// nct (-200, 0)   polismyndigheten (0, 0)   noa (200, 0)
//                 sakerhetspolisen (0, 200)
const POSITIONS = {
  polismyndigheten: { x: 0, y: 0 },
  noa: { x: 200, y: 0 },
  europol: { x: 300, y: -100 },
  nct: { x: -200, y: 0 },
  sakerhetspolisen: { x: 0, y: 200 },
};

// reduced motion, so that camera moves happen at once (the page's own is put back afterwards)
beforeAll(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

let cy: Core;
let store: AppStore;
let el: HTMLDivElement;
beforeEach(() => {
  store = createAppStore(initialState(FIXTURE, 'en'));
  // style enabled: what is visible depends on it
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: buildElements(FIXTURE, 'en', positionsFromJson(POSITIONS)) as never,
  });
  // the view's centre is at the model origin, nearest polismyndigheten
  cy.pan({ x: 0.5, y: 0.5 });
  store.getState().setCy(cy);
  el = document.createElement('div');
  el.tabIndex = 0;
  document.body.append(el);
});
afterEach(() => {
  cy.destroy();
  el.remove();
});

function mount() {
  const ref = { current: el }; // a stable ref, like CyView's
  return renderHook(() => useKeyboardController(cy, ref), {
    wrapper: ({ children }) => <AppProvider store={store}>{children}</AppProvider>,
  });
}
const press = (key: string, init: KeyboardEventInit = {}) =>
  act(() => void fireEvent.keyDown(el, { key, ...init }));
const focused = () => cy.nodes('.keyboard-focus').map((n) => n.id());

describe('keyboard use of the graph', () => {
  it('starts at the node nearest the centre and moves with the arrow keys', () => {
    const { result } = mount();
    press('ArrowRight');
    expect(focused()).toEqual(['polismyndigheten']);
    expect(result.current).toBe('polismyndigheten');
    press('ArrowRight');
    expect(focused()).toEqual(['noa']);
    press('ArrowUp');
    expect(focused()).toEqual(['europol']);
    press('ArrowLeft');
    expect(focused()).toEqual(['noa']);
    press('ArrowLeft');
    press('ArrowLeft');
    expect(focused()).toEqual(['nct']);
    // nothing further left: focus stays
    press('ArrowLeft');
    expect(focused()).toEqual(['nct']);
  });

  it('starts at the selected node when there is one', () => {
    store.getState().select({ kind: 'node', id: 'sakerhetspolisen' });
    mount();
    press('ArrowUp');
    expect(focused()).toEqual(['sakerhetspolisen']);
    press('ArrowUp');
    expect(focused()).toEqual(['polismyndigheten']);
  });

  it('selects the focused node with Enter and clears the selection with Escape', () => {
    mount();
    press('ArrowDown');
    press('ArrowDown');
    press('Enter');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'sakerhetspolisen' });
    press('Escape');
    expect(store.getState().selection).toBeNull();
  });

  it('skips nodes that filters hide', () => {
    cy.getElementById('noa').style('display', 'none');
    mount();
    press('ArrowRight');
    press('ArrowRight');
    expect(focused()).toEqual(['europol']);
  });

  it('zooms with + and - and pans with Shift and an arrow', () => {
    mount();
    const zoom = cy.zoom();
    press('+');
    expect(cy.zoom()).toBeGreaterThan(zoom);
    press('-');
    press('-');
    expect(cy.zoom()).toBeLessThan(zoom);
    const pan = { ...cy.pan() };
    press('ArrowLeft', { shiftKey: true });
    expect(cy.pan().x).toBeGreaterThan(pan.x);
    expect(focused()).toEqual([]);
  });

  it('forgets the ring when focus leaves, and stops listening when unmounted', () => {
    const { unmount } = mount();
    press('ArrowRight');
    act(() => void fireEvent.blur(el));
    expect(focused()).toEqual([]);
    unmount();
    press('ArrowRight');
    expect(focused()).toEqual([]);
  });
});
