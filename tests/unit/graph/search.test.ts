import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalise, RANK, search } from '../../../src/graph/search';
import { fixture } from './fixture';

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

  it('ranks an exact acronym before prefixes, word starts and substrings', () => {
    const hits = search(index, 'polis', 'sv');
    // Polismyndigheten (prefix) before Säkerhetspolisen (substring of a word)
    expect(hits.map((h) => h.id)).toEqual(['polismyndigheten', 'sakerhetspolisen']);
    expect(hits[0]!.rank).toBe(RANK.prefix);
    expect(hits[1]!.rank).toBe(RANK.substring);
    expect(search(index, 'radio', 'sv')[0]).toMatchObject({ id: 'fra', rank: RANK.wordPrefix });
  });

  it('matches every word of a query anywhere in one name', () => {
    expect(ids('centre terrorist')).toEqual(['nct']);
  });

  it('finds nothing for an empty query or one that matches nothing, and honours the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
    expect(search(index, 'o', 'en', 2)).toHaveLength(2);
  });
});
