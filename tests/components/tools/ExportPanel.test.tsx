import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { ExportPanel } from '../../../src/components/tools/ExportPanel';
import { EXPORT_FORMATS, EXPORT_GROUPS, formatsIn } from '../../../src/graph/export';
import { resources } from '../../../src/i18n/resources';
import { renderInApp } from '../../helpers/renderInApp';

const text = (lang: 'en' | 'sv', key: string) =>
  key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources[lang].translation) as string;

/** A stand-in for the graph that counts every call made to it. */
function countingCy() {
  let calls = 0;
  const cy = new Proxy(
    {},
    {
      get: (_t, prop) => {
        if (prop === 'then') return undefined;
        calls++;
        if (prop === 'destroyed') return () => false;
        if (prop === 'width') return () => 600;
        if (prop === 'height') return () => 400;
        return () => {
          throw new Error(`unexpected call: ${String(prop)}`);
        };
      },
    },
  ) as Core;
  return { cy, calls: () => calls };
}

describe('ExportPanel', () => {
  it('says why an image cannot be made, in the language in use, also after a switch', async () => {
    const { store } = renderInApp(<ExportPanel />);
    await act(async () => screen.getByRole('button', { name: 'Download PNG' }).click());
    const status = screen.getAllByRole('status').find((s) => s.textContent)!;
    expect(status).toHaveTextContent('The file could not be made: the graph is not shown');
    act(() => store.getState().setLang('sv'));
    await waitFor(() => expect(status).toHaveTextContent('Filen kunde inte skapas: grafen visas inte'));
  });

  it('has one button per registry format, under its group, in either language', () => {
    for (const lang of ['en', 'sv'] as const) {
      const { unmount } = renderInApp(<ExportPanel />, { lang });
      for (const group of EXPORT_GROUPS) {
        const section = screen.getByRole('region', { name: text(lang, group.labelKey) });
        const names = within(section)
          .getAllByRole('button')
          .map((b) => b.textContent);
        expect(names).toEqual(formatsIn(group.id).map((f) => text(lang, f.labelKey)));
      }
      expect(screen.getAllByRole('button').length).toBeGreaterThanOrEqual(EXPORT_FORMATS.length);
      unmount();
    }
  });

  it('offers the Swedish Excel dialect first in Swedish and commas in English', () => {
    const sv = renderInApp(<ExportPanel />, { lang: 'sv' });
    expect(screen.getByRole('radio', { name: 'Excel med svenska inställningar (semikolon)' })).toBeChecked();
    sv.unmount();
    renderInApp(<ExportPanel />, { lang: 'en' });
    expect(screen.getByRole('radio', { name: 'Other programs (commas)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Directed, from start node to end node' })).toBeChecked();
  });

  it('reads nothing from the graph while rendering; the sizes when the user turns to the menu', () => {
    const { cy, calls } = countingCy();
    const { store } = renderInApp(<ExportPanel />, { lang: 'en' });
    act(() => store.getState().setCy(cy)); // the graph mounts
    // two renders with the graph there
    act(() => screen.getByRole('radio', { name: 'The whole graph as shown' }).click());
    act(() => screen.getByRole('radio', { name: 'What is on screen' }).click());
    expect(calls()).toBe(0);
    expect(screen.getByRole('option', { name: '2×' })).toBeInTheDocument();
    act(() => screen.getByRole('combobox', { name: 'PNG resolution' }).focus());
    expect(calls()).toBeGreaterThan(0);
    expect(screen.getByRole('option', { name: '2× (1200 × 800 px)' })).toBeInTheDocument();
  });
});
