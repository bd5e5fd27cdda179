/**
 * Search over node names, acronyms and aliases in both languages (and glossary terms that name a
 * node), insensitive to case and diacritics, so that "sapo" finds Säpo and "osse" finds OSCE
 * (its Swedish acronym OSSE). A query matches whole words and the starts of words, never the
 * inside of a word: "FRA" finds FRA, not "…främjande". Pure: an index is built once per dataset,
 * queries are cheap.
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

/** Lower case and word breaks as `normalise`, but the letters kept as written (å stays å). */
const lowerWords = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');

/**
 * Up to this many letters, a query that only starts a word must match its letters as written, not
 * folded: "fra" is an acronym and must not find "från", while "sapo" (a whole word) still finds
 * Säpo and "sakerhets" (longer) still finds "säkerhetsskydd".
 */
const SHORT_QUERY = 3;

/** Text prepared for matching: folded words, and the same words with their letters as written. */
export type Words = { folded: string[]; written: string[] };

export function words(text: string): Words {
  const folded = normalise(text).split(' ').filter(Boolean);
  const written = lowerWords(text);
  // folding never splits or joins words, but be safe if some letter ever does
  return { folded, written: written.length === folded.length ? written : folded };
}

/** Whether the query word `q` (folded; `qw` as written) is, or starts, the text word `w` (`ww` as written). */
function startsWord(w: string, ww: string, q: string, qw: string): boolean {
  if (w === q) return true;
  return w.startsWith(q) && (q.length > SHORT_QUERY || ww.startsWith(qw));
}

/**
 * Where the query's words start a run of the text's words: -1 when they do not; the index of the
 * first word otherwise. Every word but the last must match whole; the last may be a word start.
 */
export function wordStart(text: Words, query: Words): number {
  const q = query.folded;
  if (q.length === 0) return -1;
  for (let i = 0; i + q.length <= text.folded.length; i++) {
    const ok = q.every((qw, j) =>
      j < q.length - 1
        ? text.folded[i + j] === qw
        : startsWord(text.folded[i + j]!, text.written[i + j]!, qw, query.written[j] ?? qw),
    );
    if (ok) return i;
  }
  return -1;
}

/** Whether every word of the query is or starts some word of the text, in any order. */
export function allWordsStart(text: Words, query: Words): boolean {
  return query.folded.every((qw, j) =>
    text.folded.some((w, i) => startsWord(w, text.written[i]!, qw, query.written[j] ?? qw)),
  );
}

/** What kind of text matched: an acronym or alias, a full name, or a glossary term. */
export type FieldKind = 'short' | 'label' | 'alias' | 'glossary';

type Field = { text: string; norm: string; kind: FieldKind; words: Words };
type Entry = { id: string; labels: Record<Lang, string>; fields: Field[] };

export type SearchIndex = { entries: Entry[] };

/**
 * Better matches first: an exact acronym or alias, an exact name, the start of a name, a whole word
 * inside a name, the start of a word inside it, every word of the query somewhere in it.
 */
export const RANK = { exactShort: 0, exact: 1, prefix: 2, word: 3, wordPrefix: 4, allWords: 5 } as const;

export type SearchHit = {
  id: string;
  rank: number;
  /** The text that matched, as written (to show "matched: Säpo" when it is not the label). */
  matched: string;
  kind: FieldKind;
};

const field = (text: string, kind: FieldKind): Field => {
  const norm = normalise(text);
  return { text, norm, kind, words: words(text) };
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

function rankField(f: Field, q: string, qWords: Words): number | null {
  if (f.norm === q) return isAcronymLike(f.kind) ? RANK.exactShort : RANK.exact;
  const at = wordStart(f.words, qWords);
  if (at === 0) return RANK.prefix;
  if (at > 0) return ` ${f.norm} `.includes(` ${q} `) ? RANK.word : RANK.wordPrefix;
  if (qWords.folded.length > 1 && allWordsStart(f.words, qWords)) return RANK.allWords;
  return null;
}

/**
 * The nodes matching a query, best first; ties go to the shorter matching text, then to the
 * name in the user's language in Swedish alphabetical order (å, ä, ö last).
 */
export function search(index: SearchIndex, query: string, lang: Lang, limit = 10): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const qWords = words(query);
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
