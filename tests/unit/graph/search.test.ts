import { describe, expect, it } from 'vitest';
import network from '../../../data/network.json';
import type { Dataset, GraphNode } from '../../../src/data/schema';
import { buildSearchIndex, normalise, RANK, search } from '../../../src/graph/search';
import { fixture } from '../../fixtures/datasets';

const index = buildSearchIndex(fixture());
const ids = (q: string, lang: 'sv' | 'en' = 'en') => search(index, q, lang).map((h) => h.id);

describe('normalise', () => {
  it('folds case, diacritics, letters NFD leaves whole, and punctuation', () => {
    expect(normalise('Säpo')).toBe('sapo');
    expect(normalise('ÅÄÖ éü')).toBe('aao eu');
    expect(normalise('Ørsted Æble Straße')).toBe('orsted aeble strasse');
    expect(normalise('  EU-LISA / (test)  ')).toBe('eu lisa test');
  });
});

describe('search', () => {
  it('"sapo" finds Säpo first (acronym, whatever the case and diacritics)', () => {
    expect(ids('sapo')[0]).toBe('sakerhetspolisen');
    expect(ids('SÄPO')[0]).toBe('sakerhetspolisen');
    expect(search(index, 'sapo', 'en')[0]).toMatchObject({
      rank: RANK.exactShort,
      matched: 'Säpo',
      kind: 'short',
    });
  });

  it('"osse" finds OSCE by its Swedish acronym, "osce" by the English one', () => {
    expect(ids('osse')).toEqual(['osce']);
    expect(ids('osce')).toEqual(['osce']);
  });

  it('matches names in both languages, aliases and glossary terms', () => {
    expect(ids('security service')).toEqual(['sakerhetspolisen']);
    expect(ids('sakerhetspolisen')).toEqual(['sakerhetspolisen']);
    expect(ids('polisen')).toContain('polismyndigheten'); // alias
    expect(ids('rikspolisstyrelsen')).toEqual(['polismyndigheten']); // glossary term naming the node
  });

  it('matches whole words and word starts, never the inside of a word', () => {
    // "polis" starts Polismyndigheten; inside "Säkerhetspolisen" it is not a word of its own
    const hits = search(index, 'polis', 'sv');
    expect(hits.map((h) => h.id)).toEqual(['polismyndigheten']);
    expect(hits[0]!.rank).toBe(RANK.prefix);
    // a whole word inside a name ("National Defence Radio Establishment") before a word start ("radioanstalt")
    expect(search(index, 'radio', 'sv')[0]).toMatchObject({ id: 'fra', rank: RANK.word });
    expect(search(index, 'radioan', 'sv')[0]).toMatchObject({ id: 'fra', rank: RANK.wordPrefix });
    // a longer query may start a word with its diacritics folded: "sakerhets" finds Säkerhetspolisen
    expect(ids('sakerhets')).toEqual(['sakerhetspolisen']);
    expect(ids('centr')).toEqual(['nct']);
    expect(ids('entre')).toEqual([]);
  });

  describe('"FRA" finds FRA, not "(från)" nor "…främjande"', () => {
    const extra = (id: string, sv: string, en: string): GraphNode => ({
      id,
      type: 'group',
      level: 'national',
      label: { sv, en },
      description: { sv, en },
    });
    const data = fixture();
    data.nodes.push(
      extra(
        'chefer',
        'Stats- och regeringschefer från elva länder',
        'Heads of state and government of eleven countries',
      ),
      extra('fredsframjande', 'Freds- och säkerhetsfrämjande verksamhet', 'Peace support operations'),
      extra('kontoret', 'Gemensamt svenskt kontor vid Europol', 'Joint Swedish office at Europol'),
      extra('francia', 'Frankrikes polis', 'French police'),
    );
    const idx = buildSearchIndex(data);
    const find = (q: string) => search(idx, q, 'sv').map((h) => h.id);

    it('a short query is an acronym: it starts words only with its letters as written', () => {
      expect(find('FRA')).toEqual(['fra', 'francia']);
      expect(find('fra')[0]).toBe('fra');
      expect(find('frå')).toContain('chefer');
      expect(find('frå')).not.toContain('fredsframjande');
      expect(find('främ')).toEqual([]);
    });

    it('exact acronyms and names rank first, then names that start with the query, then words inside names', () => {
      expect(search(idx, 'FRA', 'sv')[0]).toMatchObject({ id: 'fra', rank: RANK.exactShort });
      expect(search(idx, 'europol', 'sv').map((h) => [h.id, h.rank])).toEqual([
        ['europol', RANK.exact],
        ['kontoret', RANK.word],
      ]);
      expect(search(idx, 'sapo', 'en')[0]).toMatchObject({ id: 'sakerhetspolisen', rank: RANK.exactShort });
    });

    it('holds for the built-in data', () => {
      const real = buildSearchIndex(network as Dataset);
      const hits = search(real, 'FRA', 'sv', 50);
      expect(hits[0]).toMatchObject({ id: 'fra', rank: RANK.exactShort });
      for (const h of hits)
        expect(
          normalise(h.matched)
            .split(' ')
            .some((w) => w.startsWith('fra')),
          h.matched,
        ).toBe(true);
      for (const h of hits) expect(h.matched, h.id).not.toMatch(/från|främj/i);
      expect(search(real, 'sapo', 'en')[0]!.id).toBe('sakerhetspolisen');
      expect(search(real, 'osse', 'en')[0]!.id).toBe('osse');
      expect(search(real, 'osce', 'sv')[0]!.id).toBe('osse');
    });
  });

  it('matches every word of a query anywhere in one name', () => {
    expect(ids('centre terrorist')).toEqual(['nct']);
  });

  it('finds nothing for an empty query or one that matches nothing, and honours the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
    expect(search(index, 'n', 'en').length).toBeGreaterThan(2);
    expect(search(index, 'n', 'en', 2)).toHaveLength(2);
  });
});
