import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import cytoscape from 'cytoscape';
import type { ReactNode } from 'react';
import { FIRST_DRAWN_MARK } from '../../../../src/components/whenIdle';
import { useLanguageController } from '../../../../src/cy/controllers/language';
import { wrapWidthEm } from '../../../../src/cy/labels/textSize';
import { buildElements, fullLabel, shortLabel } from '../../../../src/graph/elements';
import { AppProvider, createAppStore, initialState } from '../../../../src/store';
import { FIXTURE } from '../../../fixtures/datasets';

afterEach(() => {
  vi.restoreAllMocks();
  performance.clearMarks(FIRST_DRAWN_MARK);
});

describe('useLanguageController, while the page is idle', () => {
  it('measures the other language’s names, so that the first switch to it measures none', async () => {
    // a canvas that measures a text as 60 units a character, and counts what it measures
    const measured: string[] = [];
    const ctx = {
      font: '',
      measureText: (text: string) => {
        measured.push(text);
        return { width: text.length * 60 };
      },
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
    // idle work waits for the graph's first frame
    performance.mark(FIRST_DRAWN_MARK);
    const store = createAppStore(initialState(FIXTURE, 'en'));
    const cy = cytoscape({ headless: true, elements: buildElements(FIXTURE, 'en') as never });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AppProvider store={store}>{children}</AppProvider>
    );
    renderHook(() => useLanguageController(cy), { wrapper });
    const swedish = FIXTURE.nodes.flatMap((n) => [shortLabel(n, 'sv'), fullLabel(n, 'sv')]);
    await waitFor(() => expect(measured).toEqual(expect.arrayContaining(swedish)));
    // the names that wrap were balanced: measured more than once
    expect(measured.length).toBeGreaterThan(swedish.length);
    const before = measured.length;
    for (const name of swedish) wrapWidthEm(name);
    expect(measured.length).toBe(before);
    // English, shown already, is not measured ahead
    const english = FIXTURE.nodes.map((n) => fullLabel(n, 'en')).filter((t) => !swedish.includes(t));
    expect(english.length).toBeGreaterThan(0);
    expect(measured.filter((t) => english.includes(t))).toEqual([]);
    cy.destroy();
  });
});
