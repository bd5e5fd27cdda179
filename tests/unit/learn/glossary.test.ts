import { describe, expect, it } from 'vitest';
import { searchGlossary } from '../../../src/graph/glossary';
import { FIXTURE } from './fixture';

const entries = FIXTURE.glossary!;
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
    const more = [...entries, { ...entries[2]!, id: 'mentions', term: { sv: 'Annat', en: 'Other' }, definition: { sv: 'Se NCT.', en: 'See NCT.' } }];
    expect(searchGlossary(more, 'nct', 'en').map((e) => e.id)).toEqual(['nct', 'mentions']);
  });
});
