/**
 * Glossary search, pure so it is tested in Node. Matching folds case and diacritics the same way
 * as the graph search (`normalise`), so "osse" finds OSSE/OSCE and "sakerhet" finds "säkerhet".
 */
import type { GlossaryEntry, Lang } from '../data/schema';
import { normalise } from './search';

/** Everything a search can match in an entry, in both languages, folded once. */
function haystack(e: GlossaryEntry): string {
  return normalise(
    [e.term.sv, e.term.en, e.expansion?.sv, e.expansion?.en, e.definition.sv, e.definition.en].filter(Boolean).join(' '),
  );
}

/**
 * Entries matching a query: every word of it must occur (insensitive to case and diacritics,
 * so "osse" finds OSSE/OSCE and "sakerhet" finds "säkerhet"). Terms first, then the rest.
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string, lang: Lang): GlossaryEntry[] {
  const words = normalise(query).split(' ').filter(Boolean);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const sorted = [...entries].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
  if (words.length === 0) return sorted;
  const termHit = (e: GlossaryEntry) => words.every((w) => normalise(`${e.term.sv} ${e.term.en}`).includes(w));
  const hits = sorted.filter((e) => words.every((w) => haystack(e).includes(w)));
  return [...hits.filter(termHit), ...hits.filter((e) => !termHit(e))];
}

