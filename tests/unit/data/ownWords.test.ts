import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bilingual } from '../../../src/data/schema';

// Our texts are in our own words: no description, definition or tour text may copy a run of
// RUN words from a source (quotes belong in `evidence`, where they are marked as quotes).
const RUN = 12;
const root = path.resolve(__dirname, '..', '..', '..');
const seeds = path.resolve(root, '..', 'shared', 'seeds');

/** Lower-cased words, punctuation dropped, so that "Sverige," and "sverige" match. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[:'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Every run of `n` consecutive words, joined by spaces. */
function runs(list: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(' '));
  return out;
}

/** The runs a text shares with a set of source runs. */
function copiedRuns(text: string, sourceRuns: ReadonlySet<string>, n = RUN): string[] {
  return runs(words(text), n).filter((r) => sourceRuns.has(r));
}

type Texts = { where: string; text: Bilingual }[];

function ourTexts(): Texts {
  const data = JSON.parse(readFileSync(path.join(root, 'data', 'network.json'), 'utf8')) as {
    nodes: { id: string; description: Bilingual }[];
    edges: { id: string; description: Bilingual }[];
    glossary?: { id: string; definition: Bilingual }[];
  };
  const stories = JSON.parse(readFileSync(path.join(root, 'data', 'stories.json'), 'utf8')) as {
    tours: { id: string; description: Bilingual; steps: { id: string; title: Bilingual; text: Bilingual }[] }[];
  };
  return [
    ...data.nodes.map((n) => ({ where: `node ${n.id}`, text: n.description })),
    ...data.edges.map((e) => ({ where: `edge ${e.id}`, text: e.description })),
    ...(data.glossary ?? []).map((g) => ({ where: `glossary ${g.id}`, text: g.definition })),
    ...stories.tours.flatMap((t) => [
      { where: `tour ${t.id}`, text: t.description },
      ...t.steps.map((s) => ({ where: `tour ${t.id}, step ${s.id}`, text: s.text })),
    ]),
  ];
}

describe('copied runs', () => {
  const source = new Set(runs(words('Det är en permanent arbetsgrupp med personal från Säkerhetspolisen, FRA och Must.'), 6));

  it('finds a run copied with other punctuation and case', () => {
    expect(copiedRuns('NCT är en PERMANENT arbetsgrupp, med personal från Säkerhetspolisen och fler.', source, 6)).toEqual([
      'är en permanent arbetsgrupp med personal',
      'en permanent arbetsgrupp med personal från',
      'permanent arbetsgrupp med personal från säkerhetspolisen',
    ]);
  });

  it('lets a text share shorter runs', () => {
    expect(copiedRuns('En permanent arbetsgrupp där Säkerhetspolisen, FRA och Must arbetar.', source, 6)).toEqual([]);
  });
});

describe.skipIf(!existsSync(seeds))('the built-in texts (skipped when ../shared/seeds is absent)', () => {
  const sourceRuns = new Set(
    readdirSync(seeds).flatMap((f) => runs(words(readFileSync(path.join(seeds, f), 'utf8')), RUN)),
  );

  it(`copy no run of ${RUN} words from a source, in either language`, () => {
    const copied = ourTexts().flatMap(({ where, text }) =>
      (['sv', 'en'] as const).flatMap((lang) => copiedRuns(text[lang], sourceRuns).slice(0, 1).map((r) => `${where} (${lang}): "${r}"`)),
    );
    expect(copied).toEqual([]);
  });
});
