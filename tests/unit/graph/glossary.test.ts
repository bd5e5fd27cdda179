import { describe, expect, it } from 'vitest';
import network from '../../../data/network.json';
import type { Dataset, GlossaryEntry, GraphNode } from '../../../src/data/schema';
import { searchGlossary } from '../../../src/graph/glossary';
import { normalise } from '../../../src/graph/search';
import { LEARN_FIXTURE } from '../../fixtures/datasets';

const entries = LEARN_FIXTURE.glossary!;
const ids = (q: string, lang: 'sv' | 'en' = 'en') => searchGlossary(entries, q, lang).map((e) => e.id);

describe('glossary search', () => {
  it('with no query lists every entry, sorted by the term in the language asked for', () => {
    expect(ids('', 'en')).toEqual(['sambandsman', 'nct', 'osse']); // Liaison officer, NCT, OSCE
    expect(ids('', 'sv')).toEqual(['nct', 'osse', 'sambandsman']);
  });

  it('matches either language, folding case and diacritics, every word required', () => {
    expect(ids('osse')).toEqual(['osse']);
    expect(ids('OSCE')).toEqual(['osse']);
    expect(ids('SAKERHET')).toEqual(['osse']);
    expect(ids('terror threat')).toEqual(['nct']);
    expect(ids('terror europe')).toEqual([]);
  });

  it('puts entries whose term matches before those that only mention it', () => {
    // "nct" is NCT's term; no other entry says it, so add one that does
    const more = [
      ...entries,
      {
        ...entries[2]!,
        id: 'mentions',
        term: { sv: 'Annat', en: 'Other' },
        definition: { sv: 'Se NCT.', en: 'See NCT.' },
      },
    ];
    expect(searchGlossary(more, 'nct', 'en').map((e) => e.id)).toEqual(['nct', 'mentions']);
  });

  it('matches whole words and word starts, not the inside of words', () => {
    const more: GlossaryEntry[] = [
      ...entries,
      {
        id: 'fred',
        term: { sv: 'fredsfrämjande', en: 'peace support' },
        definition: { sv: 'Insatser från polisen.', en: 'Missions.' },
      },
    ];
    expect(searchGlossary(more, 'fra', 'en').map((e) => e.id)).toEqual([]);
    expect(searchGlossary(more, 'freds', 'en').map((e) => e.id)).toEqual(['fred']);
  });

  it('finds a term by the names of the node it stands for', () => {
    const nodes: GraphNode[] = [
      {
        id: 'polis',
        type: 'agency',
        level: 'national',
        label: { sv: 'Polismyndigheten', en: 'Swedish Police Authority' },
        aliases: ['Polisen'],
        description: { sv: 'x', en: 'x' },
      },
    ];
    const withNode: GlossaryEntry[] = [
      ...entries,
      {
        id: 'rps',
        term: { sv: 'Rikspolisstyrelsen', en: 'National Police Board' },
        definition: { sv: 'Föregångare.', en: 'A predecessor.' },
        node: 'polis',
      },
    ];
    expect(searchGlossary(withNode, 'polisen', 'sv', nodes).map((e) => e.id)).toEqual(['rps']);
    expect(searchGlossary(withNode, 'polisen', 'sv').map((e) => e.id)).toEqual([]);
  });

  it('"säpo" finds the entries that speak of Säkerhetspolisen, in the built-in data', () => {
    const data = network as Dataset;
    const sapo = data.nodes.find((n) => (n.aliases ?? []).includes('Säpo') || n.short?.sv === 'Säpo')!;
    const names = [sapo.label.sv, sapo.label.en, ...(sapo.aliases ?? [])].map(normalise);
    for (const q of ['säpo', 'SAPO', 'Säpo']) {
      const hits = searchGlossary(data.glossary!, q, 'sv', data.nodes);
      expect(hits.length, q).toBeGreaterThan(0);
      for (const e of hits) {
        const text = normalise(
          [e.term.sv, e.term.en, e.expansion?.sv, e.expansion?.en, e.definition.sv, e.definition.en].join(
            ' ',
          ),
        );
        expect(e.node === sapo.id || names.some((n) => text.includes(n)), e.id).toBe(true);
      }
    }
    // without the dataset's nodes, "säpo" is only a word, which no entry uses
    expect(
      searchGlossary(data.glossary!, 'säpo', 'sv').every((e) =>
        normalise(JSON.stringify(e)).includes('sapo'),
      ),
    ).toBe(true);
  });
});
