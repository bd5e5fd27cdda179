/**
 * Glossary search, pure so it is tested in Node. Matching folds case and diacritics the same way
 * as the graph search (`normalise`), so "osse" finds OSSE/OSCE and "sakerhet" finds "säkerhet".
 */
import type { GlossaryEntry, Lang } from '../data/schema';
import { normalise } from './search';

type Folded = { all: string; terms: string };
/** Entries are never mutated, so each is folded once (a search runs on every key press). */
const folded = new WeakMap<GlossaryEntry, Folded>();

/** Everything a search can match in an entry, in both languages, folded; and its terms alone. */
function fold(e: GlossaryEntry): Folded {
  let f = folded.get(e);
  if (!f) {
    const all = [e.term.sv, e.term.en, e.expansion?.sv, e.expansion?.en, e.definition.sv, e.definition.en];
    f = { all: normalise(all.filter(Boolean).join(' ')), terms: normalise(`${e.term.sv} ${e.term.en}`) };
    folded.set(e, f);
  }
  return f;
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
  const termHit = (e: GlossaryEntry) => words.every((w) => fold(e).terms.includes(w));
  const hits = sorted.filter((e) => words.every((w) => fold(e).all.includes(w)));
  return [...hits.filter(termHit), ...hits.filter((e) => !termHit(e))];
}

