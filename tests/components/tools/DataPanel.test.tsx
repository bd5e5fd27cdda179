import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DataPanel } from '../../../src/components/tools/DataPanel';
import { renderInApp } from '../../helpers/renderInApp';
import { fixture } from '../../fixtures/datasets';
import { sessionFor } from '../../../src/load/session';

const dataset = fixture();
const upload = (name: string, body: BlobPart) =>
  fireEvent.change(screen.getByLabelText('Välj en fil med en datamängd'), {
    target: { files: [new File([body], name, { type: 'application/json' })] },
  });

describe('DataPanel, its file field', () => {
  it('is named by its label and drawn as a button in the UI language, not the browser’s', () => {
    for (const [lang, name, button] of [
      ['sv', 'Välj en fil med en datamängd', 'Bläddra …'],
      ['en', 'Choose a dataset file', 'Browse…'],
    ] as const) {
      const { unmount } = renderInApp(<DataPanel />, { dataset, patch: { lang } });
      const field = screen.getByLabelText(name);
      expect(field).toHaveAttribute('type', 'file');
      // the button a user sees and clicks is a label of the field, kept out of its name
      const shown = screen.getByText(button);
      expect(shown.tagName).toBe('LABEL');
      expect(shown).toHaveAttribute('for', field.id);
      expect(shown).toHaveAttribute('aria-hidden', 'true');
      expect(field).toHaveAccessibleName(name);
      unmount();
    }
  });
});

describe('DataPanel, in Swedish, with files that are odd but not wrong, or wrong at depth', () => {
  it('loads a file whose website is a data: address, warning in Swedish where it is', async () => {
    const { store } = renderInApp(<DataPanel />, { dataset, patch: { lang: 'sv' } });
    const odd = structuredClone(dataset);
    odd.nodes[0]!.url = 'data:text/html,<b>hej</b>';
    upload('udda.json', JSON.stringify(odd));
    await waitFor(() => expect(store.getState().datasetName).toBe('udda.json'), { timeout: 8000 });
    // the graph (not rendered here) reports the new dataset drawn
    act(() => sessionFor(store).reportDrawn());
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'nodes[0].url: varning: ”data:text/html,<b>hej</b>” är ingen webbadress (bara adresser som börjar med http eller https visas som länkar; den här visas som vanlig text)',
    ]);
  });

  it('refuses a file nested 100,000 levels deep with one message and its path, keeping the dataset', async () => {
    const { store } = renderInApp(<DataPanel />, { dataset, patch: { lang: 'sv' } });
    const text = JSON.stringify({ ...dataset, meta: '__DEEP__' }).replace(
      '"__DEEP__"',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    );
    upload('djup.json', text);
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('djup.json lästes inte in: filen har 1 fel.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'meta[0][0][0][0][0][0]: innehåller listor och objekt i mer än 20 nivåer inuti varandra, vilket ingen datamängd behöver (formatet har som mest 6 nivåer)',
    );
    expect(store.getState().dataset).toBe(dataset);
  });
});

describe('DataPanel: the dataset in use, counted', () => {
  const one = structuredClone(dataset);
  one.sources = one.sources.slice(0, 1);
  const big = { ...one, nodes: Array.from({ length: 5000 }, (_, i) => ({ ...one.nodes[0]!, id: `n${i}` })) };
  it('in Swedish: one source is “1 källa”, thousands have a space', () => {
    renderInApp(<DataPanel />, { dataset: big, patch: { lang: 'sv' } });
    // (the space Swedish groups thousands with is a no-break space, matched here as a space)
    expect(
      screen.getByText(`5 000 organisationer, ${one.edges.length} relationer, 1 källa.`),
    ).toBeInTheDocument();
  });
  it('in English: “1 source”, thousands with a comma', () => {
    renderInApp(<DataPanel />, { dataset: big, patch: { lang: 'en' } });
    expect(
      screen.getByText(`5,000 organisations, ${one.edges.length} relationships, 1 source.`),
    ).toBeInTheDocument();
  });
});
