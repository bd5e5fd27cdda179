/**
 * Glossary search, pure so it is tested in Node. Matching is the graph search's: whole words and
 * word starts, folding case and diacritics (`words`, `allWordsStart`), so "osse" finds OSSE/OSCE,
 * "sakerhet" finds "säkerhet" and "fra" does not find "från". A term is found by its aliases too:
 * the names of the node it stands for ("Polisen" for the police), and a query that is one of a
 * node's names finds the entries that speak of that node by another name ("säpo" finds the
 * entries that mention Säkerhetspolisen).
 */
import type { GlossaryEntry, GraphNode, Lang } from '../data/schema';
import { allWordsStart, normalise, wordStart, words, type Words } from './search';

type Folded = { all: Words; terms: Words };
/** Entries are never mutated, so each is folded once per set of nodes (a search runs on every key press). */
const folded = new WeakMap<GlossaryEntry, WeakMap<object, Folded>>();
const NO_NODES: readonly GraphNode[] = [];

const nodeNames = (n: GraphNode) =>
  [n.label.sv, n.label.en, n.short?.sv, n.short?.en, ...(n.aliases ?? [])].filter((x): x is string => !!x);

/** Everything a search can match in an entry, in both languages; and its terms and aliases alone. */
function fold(e: GlossaryEntry, nodes: ReadonlyMap<string, GraphNode>, key: object): Folded {
  let byNodes = folded.get(e);
  if (!byNodes) folded.set(e, (byNodes = new WeakMap()));
  let f = byNodes.get(key);
  if (!f) {
    const node = e.node ? nodes.get(e.node) : undefined;
    const aliases = node ? nodeNames(node) : [];
    const terms = [e.term.sv, e.term.en, ...aliases].join(' · ');
    const all = [terms, e.expansion?.sv, e.expansion?.en, e.definition.sv, e.definition.en]
      .filter(Boolean)
      .join(' · ');
    f = { all: words(all), terms: words(terms) };
    byNodes.set(key, f);
  }
  return f;
}

/**
 * Entries matching a query: every word of it must be or start a word of the entry. Entries whose
 * term or alias matches come first, then those whose text matches, then those that mention by
 * another name the node the query names. Without a query, every entry in alphabetical order.
 */
export function searchGlossary(
  entries: readonly GlossaryEntry[],
  query: string,
  lang: Lang,
  nodes: readonly GraphNode[] = NO_NODES,
): GlossaryEntry[] {
  const q = words(query);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const sorted = [...entries].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
  if (q.folded.length === 0) return sorted;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const f = (e: GlossaryEntry) => fold(e, byId, nodes);
  // The other names of nodes the query names exactly ("säpo" → Säkerhetspolisen, Swedish Security Service)
  const norm = normalise(query);
  const otherNames = nodes
    .filter((n) => nodeNames(n).some((name) => normalise(name) === norm))
    .flatMap((n) => nodeNames(n).map(words));
  const mentions = (e: GlossaryEntry) => otherNames.some((name) => wordStart(f(e).all, name) >= 0);
  const termHits = sorted.filter((e) => allWordsStart(f(e).terms, q));
  const textHits = sorted.filter((e) => !termHits.includes(e) && allWordsStart(f(e).all, q));
  const aliasHits = sorted.filter((e) => !termHits.includes(e) && !textHits.includes(e) && mentions(e));
  return [...termHits, ...textHits, ...aliasHits];
}
