import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateDataset, formatProblems } from '../../../src/data/validate';
import type { Stories } from '../../../src/data/stories';

// Editorial checks on the built-in data, beyond what the format requires of any dataset.
const root = path.resolve(__dirname, '..', '..', '..');
const raw: unknown = JSON.parse(readFileSync(path.join(root, 'data', 'network.json'), 'utf8'));
const result = validateDataset(raw);
if (!result.ok) throw new Error(formatProblems(result.problems));
const data = result.dataset;
const stories = JSON.parse(readFileSync(path.join(root, 'data', 'stories.json'), 'utf8')) as Stories;

describe('the built-in dataset', () => {
  it('is what the validator returns for it: nothing to trim, no default to fill in (the app starts with it as bundled)', () => {
    expect(data).toEqual(raw);
  });

  it('connects every node to the network', () => {
    const linked = new Set(data.edges.flatMap((e) => [e.source, e.target]));
    expect(data.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('cites every source', () => {
    const cited = new Set([...data.nodes, ...data.edges].flatMap((x) => (x.evidence ?? []).map((e) => e.source)));
    expect(data.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('gives what a user file may leave out: descriptions, a quote on every edge, each source its publisher and language', () => {
    expect([...data.nodes, ...data.edges].filter((x) => !x.description).map((x) => x.id)).toEqual([]);
    expect(data.edges.filter((e) => e.evidence.length === 0 || e.evidence.some((q) => !q.quote)).map((e) => e.id)).toEqual([]);
    expect(data.nodes.filter((n) => n.evidence?.some((q) => !q.quote)).map((n) => n.id)).toEqual([]);
    expect(data.sources.filter((s) => !s.publisher || !s.language).map((s) => s.id)).toEqual([]);
  });

  it('backs every founding year with evidence that mentions it', () => {
    const unsupported = data.nodes
      .filter((n) => n.founded !== undefined)
      .filter((n) => !(n.evidence ?? []).some((e) => e.quote?.includes(String(n.founded))))
      .map((n) => n.id);
    expect(unsupported).toEqual([]);
  });

  it('writes each description in two different languages', () => {
    const same = [...data.nodes, ...data.edges]
      .filter((x) => x.description!.sv.length > 20 && x.description!.sv === x.description!.en)
      .map((x) => x.id);
    expect(same).toEqual([]);
  });

  it('has glossary entries for the acronyms the nodes use', () => {
    const terms = new Set((data.glossary ?? []).flatMap((g) => [g.term.sv, g.term.en]));
    const missing = data.nodes.filter((n) => n.short && !terms.has(n.short.en) && !terms.has(n.short.sv)).map((n) => n.id);
    expect(missing).toEqual([]);
  });

  it('gives every source its public address, its kind and its language', () => {
    const incomplete = data.sources.filter((s) => !s.url?.startsWith('https://') || !s.kind).map((s) => s.id);
    expect(incomplete).toEqual([]);
  });

  it('translates every quote into the other language, in words of its own', () => {
    const language = new Map(data.sources.map((s) => [s.id, s.language]));
    const untranslated = [...data.nodes, ...data.edges].flatMap((x) =>
      (x.evidence ?? [])
        .filter((e) => {
          const other = language.get(e.source) === 'sv' ? 'en' : 'sv';
          const translation = e.translation?.[other]?.trim();
          return !translation || translation === e.quote.trim() || e.translation?.[language.get(e.source)!] !== undefined;
        })
        .map((e) => `${x.id}: "${e.quote}"`),
    );
    expect(untranslated).toEqual([]);
  });

  it('explains in a note, in both languages, why each quote that only implies its claim supports it', () => {
    // the first implied quote of a record carries the note; the others share it
    const unexplained = [...data.nodes, ...data.edges]
      .filter((x) => (x.evidence ?? []).some((e) => e.support === 'implied'))
      .filter((x) => !(x.evidence ?? []).some((e) => e.support === 'implied' && e.note))
      .map((x) => x.id);
    expect(unexplained).toEqual([]);
  });

  it('has four or more tours of four to seven steps', () => {
    expect(stories.tours.length).toBeGreaterThanOrEqual(4);
    const outside = stories.tours.filter((t) => t.steps.length < 4 || t.steps.length > 7).map((t) => t.id);
    expect(outside).toEqual([]);
  });
});
