/**
 * Search over node names, acronyms and aliases in both languages (and glossary terms that name a
 * node), insensitive to case and diacritics, so that "sapo" finds Säpo and "osse" finds OSCE
 * (its Swedish acronym OSSE). Pure: an index is built once per dataset, queries are cheap.
 */
import type { Dataset, Lang } from '../data/schema';

/**
 * Folds text for matching: NFD then strip combining marks (å→a, ä→a, é→e), lower case, letters
 * that NFD does not decompose (ø, æ, ß…) spelled out, punctuation and runs of spaces as one space.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øœæßłđı]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FOLD: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };

/** What kind of text matched: an acronym or alias, a full name, or a glossary term. */
export type FieldKind = 'short' | 'label' | 'alias' | 'glossary';

type Field = { text: string; norm: string; kind: FieldKind; words: string[] };
type Entry = { id: string; labels: Record<Lang, string>; fields: Field[] };

export type SearchIndex = { entries: Entry[] };

/** Better matches first: an exact acronym beats an exact name, a prefix, a word start, a substring. */
export const RANK = { exactShort: 0, exact: 1, prefix: 2, wordPrefix: 3, substring: 4, allWords: 5 } as const;

export type SearchHit = {
  id: string;
  rank: number;
  /** The text that matched, as written (to show "matched: Säpo" when it is not the label). */
  matched: string;
  kind: FieldKind;
};

const field = (text: string, kind: FieldKind): Field => {
  const norm = normalise(text);
  return { text, norm, kind, words: norm.split(' ') };
};

/** Builds the index of a dataset: one entry per node with all its names. */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const glossary = new Map<string, string[]>();
  for (const g of dataset.glossary ?? []) {
    if (!g.node) continue;
    const terms = [g.term.sv, g.term.en, ...(g.expansion ? [g.expansion.sv, g.expansion.en] : [])];
    glossary.set(g.node, [...(glossary.get(g.node) ?? []), ...terms]);
  }
  const entries = dataset.nodes.map((n): Entry => {
    const texts: [string, FieldKind][] = [
      ...(n.short
        ? ([
            [n.short.sv, 'short'],
            [n.short.en, 'short'],
          ] as [string, FieldKind][])
        : []),
      [n.label.sv, 'label'],
      [n.label.en, 'label'],
      ...(n.aliases ?? []).map((a): [string, FieldKind] => [a, 'alias']),
      ...(glossary.get(n.id) ?? []).map((a): [string, FieldKind] => [a, 'glossary']),
    ];
    const seen = new Set<string>();
    const fields: Field[] = [];
    for (const [text, kind] of texts) {
      const f = field(text, kind);
      if (f.norm && !seen.has(`${kind}:${f.norm}`)) {
        seen.add(`${kind}:${f.norm}`);
        fields.push(f);
      }
    }
    return { id: n.id, labels: { sv: n.label.sv, en: n.label.en }, fields };
  });
  return { entries };
}

const isAcronymLike = (kind: FieldKind) => kind === 'short' || kind === 'alias' || kind === 'glossary';

function rankField(f: Field, q: string, qWords: string[]): number | null {
  if (f.norm === q) return isAcronymLike(f.kind) ? RANK.exactShort : RANK.exact;
  if (f.norm.startsWith(q)) return RANK.prefix;
  if (f.words.some((w) => w.startsWith(q))) return RANK.wordPrefix;
  if (f.norm.includes(q)) return RANK.substring;
  if (qWords.length > 1 && qWords.every((qw) => f.words.some((w) => w.startsWith(qw)))) return RANK.allWords;
  return null;
}

/**
 * The nodes matching a query, best first; ties go to the shorter matching text, then to the
 * name in the user's language in Swedish alphabetical order (å, ä, ö last).
 */
export function search(index: SearchIndex, query: string, lang: Lang, limit = 10): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const qWords = q.split(' ');
  const hits: (SearchHit & { length: number; label: string })[] = [];
  for (const entry of index.entries) {
    let best: { rank: number; f: Field } | null = null;
    for (const f of entry.fields) {
      const rank = rankField(f, q, qWords);
      if (
        rank !== null &&
        (!best || rank < best.rank || (rank === best.rank && f.norm.length < best.f.norm.length))
      ) {
        best = { rank, f };
      }
    }
    if (best) {
      hits.push({
        id: entry.id,
        rank: best.rank,
        matched: best.f.text,
        kind: best.f.kind,
        length: best.f.norm.length,
        label: entry.labels[lang],
      });
    }
  }
  const collator = new Intl.Collator(lang === 'sv' ? 'sv' : 'en', { sensitivity: 'base' });
  hits.sort((a, b) => a.rank - b.rank || a.length - b.length || collator.compare(a.label, b.label));
  return hits.slice(0, limit).map(({ id, rank, matched, kind }) => ({ id, rank, matched, kind }));
}
