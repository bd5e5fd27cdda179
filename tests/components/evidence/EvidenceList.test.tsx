import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { EvidenceList } from '../../../src/components/evidence/EvidenceList';
import { PathChain } from '../../../src/components/tools/PathChain';
import type { Dataset, Evidence } from '../../../src/data/schema';
import { renderInApp } from '../../helpers/renderInApp';

const dataset: Dataset = {
  meta: { title: { sv: 'Test', en: 'Test' } },
  sources: [
    {
      id: 'sapo',
      title: { sv: 'Samarbete med andra', en: 'Cooperation with others' },
      publisher: 'Säkerhetspolisen',
      language: 'sv',
      kind: 'authority',
      date: '2024-03-21',
      url: 'https://säpo.se/om-sakerhetspolisen/samarbete-med-andra.html',
    },
    {
      id: 'news',
      title: { sv: 'Fler gripanden', en: 'More arrests' },
      publisher: 'A news site',
      language: 'en',
      kind: 'news',
      url: 'javascript:alert(1)',
    },
  ],
  nodes: [],
  edges: [],
};

const swedishQuote: Evidence = {
  source: 'sapo',
  quote: 'Det är en permanent arbetsgrupp med personal från Säkerhetspolisen, FRA och Must.',
  translation: {
    en: 'It is a permanent working group with staff from the Swedish Security Service, FRA and Must.',
  },
};
const englishQuote: Evidence = {
  source: 'news',
  quote: 'More and more arrests thanks to international police cooperation.',
  translation: { sv: 'Allt fler gripanden tack vare internationellt polissamarbete.' },
  support: 'implied',
  note: { sv: 'Rubriken säger det bara indirekt.', en: 'The headline says so only indirectly.' },
};

describe('EvidenceList', () => {
  it('shows a Swedish quote to an English reader with our translation under it, marked as ours', () => {
    renderInApp(<EvidenceList items={[swedishQuote]} />, { dataset });
    const quote = screen.getByText(swedishQuote.quote);
    expect(quote).toHaveAttribute('lang', 'sv');
    const figure = quote.closest('figure')!;
    const translation = within(figure).getByText(swedishQuote.translation!.en!);
    expect(translation).toHaveAttribute('lang', 'en');
    expect(translation.closest('blockquote')).toBeNull();
    expect(translation.previousElementSibling).toHaveTextContent('Our translation');
    // the translation comes after the original
    expect(quote.compareDocumentPosition(translation) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names the kind of source, its title, publisher and date, and links to it', () => {
    renderInApp(<EvidenceList items={[swedishQuote]} />, { dataset });
    const figure = screen.getByText(swedishQuote.quote).closest('figure')!;
    expect(within(figure).getByText('Authority web page')).toBeVisible();
    expect(figure).toHaveTextContent(
      'Samarbete med andra (Cooperation with others) — Säkerhetspolisen, 21 March 2024',
    );
    const link = within(figure).getByRole('link', { name: /Open the source/ });
    expect(link).toHaveAttribute(
      'href',
      'https://xn--spo-qla.se/om-sakerhetspolisen/samarbete-med-andra.html',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it('shows a Swedish reader an English quote with "Vår översättning", and no translation of a Swedish one', async () => {
    const { store } = renderInApp(<EvidenceList items={[swedishQuote, englishQuote]} />, { dataset });
    await act(async () => store.getState().setLang('sv'));
    const english = screen.getByText(englishQuote.quote).closest('figure')!;
    expect(within(english).getByText('Vår översättning')).toBeInTheDocument();
    expect(within(english).getByText(englishQuote.translation!.sv!)).toHaveAttribute('lang', 'sv');
    expect(within(english).getByText('Nyhetsartikel')).toBeInTheDocument();
    const swedish = screen.getByText(swedishQuote.quote).closest('figure')!;
    expect(within(swedish).queryByText('Vår översättning')).toBeNull();
    expect(swedish).toHaveTextContent('21 mars 2024');
  });

  it('marks a quote that only implies its claim, with the note saying why', () => {
    renderInApp(<EvidenceList items={[englishQuote]} />, { dataset });
    const figure = screen.getByText(englishQuote.quote).closest('figure')!;
    expect(within(figure).getByText('Implied by the context')).toBeInTheDocument();
    expect(figure).toHaveTextContent('Implied by the context The headline says so only indirectly.');
  });

  it('shows an address that is not a web address as text, never as a link', () => {
    renderInApp(<EvidenceList items={[englishQuote]} />, { dataset });
    const figure = screen.getByText(englishQuote.quote).closest('figure')!;
    expect(within(figure).queryByRole('link')).toBeNull();
    expect(within(figure).getByText('javascript:alert(1)')).toBeInTheDocument();
  });

  it('says there are no quotes only where asked to', () => {
    const { unmount } = renderInApp(<EvidenceList items={[]} />, { dataset });
    expect(document.body.textContent).toBe('');
    unmount();
    renderInApp(<EvidenceList items={[]} showNone />, { dataset });
    expect(screen.getByText('No quotes are recorded for this.')).toBeInTheDocument();
  });
});

describe('PathChain', () => {
  it('links a hop’s source only when its address is a web address', () => {
    const withEdge: Dataset = {
      ...dataset,
      nodes: [
        {
          id: 'a',
          type: 'agency',
          level: 'national',
          label: { sv: 'A', en: 'A' },
          description: { sv: 'A.', en: 'A.' },
        },
        {
          id: 'b',
          type: 'agency',
          level: 'national',
          label: { sv: 'B', en: 'B' },
          description: { sv: 'B.', en: 'B.' },
        },
      ],
      edges: [
        {
          id: 'a-b',
          source: 'a',
          target: 'b',
          type: 'cooperation',
          description: { sv: 'A och B.', en: 'A and B.' },
          evidence: [swedishQuote, englishQuote],
        },
      ],
    };
    renderInApp(<PathChain hops={[{ edge: 'a-b', from: 'a', to: 'b', forward: true }]} />, {
      dataset: withEdge,
    });
    const links = screen.getAllByRole('link').filter((l) => l.closest('cite'));
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      'https://xn--spo-qla.se/om-sakerhetspolisen/samarbete-med-andra.html',
    ]);
    expect(screen.getByText(/More arrests/).closest('a')).toBeNull();
  });
});
