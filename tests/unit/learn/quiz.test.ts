import { describe, expect, it } from 'vitest';
import network from '../../../data/network.json';
import type { Dataset } from '../../../src/data/schema';
import { allQuestions, generateRound, isCorrect, questionEdges, type QuizQuestion } from '../../../src/graph/quiz';
import { FIXTURE } from './fixture';

/**
 * An oracle written apart from the generator: what each kind of question asks, as
 * (edge types, which end is the subject). An option is right exactly when such an edge joins it
 * to the subject.
 */
const ASKS: Record<Exclude<QuizQuestion['kind'], 'founded'>, { types: string[]; subject: 'source' | 'target' }> = {
  'staffed-by': { types: ['staffed-by'], subject: 'source' },
  'works-under': { types: ['established-under', 'part-of'], subject: 'source' },
  'funded-by': { types: ['funds'], subject: 'target' },
  'member-of': { types: ['member-of'], subject: 'target' },
  'participates-in': { types: ['participates-in'], subject: 'target' },
  'led-by': { types: ['led-by'], subject: 'source' },
  'coordinated-by': { types: ['coordinated-by'], subject: 'source' },
  'established-by': { types: ['established-by'], subject: 'source' },
};

function holds(ds: Dataset, q: QuizQuestion, answer: string): boolean {
  if (q.kind === 'founded') return ds.nodes.find((n) => n.id === q.subject)?.founded === Number(answer);
  const { types, subject } = ASKS[q.kind];
  return ds.edges.some(
    (e) =>
      types.includes(e.type) &&
      (subject === 'source' ? e.source === q.subject && e.target === answer : e.target === q.subject && e.source === answer),
  );
}

function checkTruth(ds: Dataset, questions: QuizQuestion[]) {
  const types = new Map(ds.nodes.map((n) => [n.id, n.type]));
  for (const q of questions) {
    const ids = q.options.map((o) => o.id);
    expect(new Set(ids).size, `${q.id}: options are distinct`).toBe(ids.length);
    expect(ids.length, `${q.id}: enough options`).toBeGreaterThanOrEqual(3);
    expect(q.correct.length).toBeGreaterThan(0);
    expect(q.multiple).toBe(q.correct.length > 1);
    for (const o of q.options) {
      const right = q.correct.includes(o.id);
      expect(holds(ds, q, o.id), `${q.id}: option ${o.id} should be ${right ? 'true' : 'false'} in the data`).toBe(right);
    }
    if (q.kind !== 'founded') {
      // wrong options are of the same node type as a right one (plausible, not absurd)
      const rightTypes = new Set(q.correct.map((c) => types.get(c)));
      for (const o of q.options) expect(rightTypes.has(types.get(o.id)), `${q.id}: ${o.id} type`).toBe(true);
      // the evidence edges are exactly the ones that make the shown right answers true
      const edges = questionEdges(ds, q);
      expect(edges.length).toBe(q.edges.length);
      for (const c of q.correct) expect(edges.some((e) => e.source === c || e.target === c), `${q.id}: evidence for ${c}`).toBe(true);
      for (const e of edges) expect(ASKS[q.kind].types).toContain(e.type);
    } else {
      expect(q.nodeEvidence.length).toBeGreaterThan(0);
      for (const ev of q.nodeEvidence) expect(ev.quote).toContain(q.correct[0]);
    }
  }
}

describe('quiz generation', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(generateRound(FIXTURE, 42)).toEqual(generateRound(FIXTURE, 42));
    const rounds = [1, 2, 3, 4, 5].map((s) => JSON.stringify(generateRound(FIXTURE, s)));
    expect(new Set(rounds).size).toBeGreaterThan(1);
  });

  it('asks the kinds of question the fixture supports, and no others', () => {
    const kinds = new Set(allQuestions(FIXTURE).map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['founded', 'funded-by', 'member-of', 'participates-in', 'staffed-by', 'works-under']);
    // CIC has a founding year but no quote that states it: no question about it
    expect(allQuestions(FIXTURE).some((q) => q.id === 'founded:cic')).toBe(false);
  });

  it('"Which agencies staff NCT?" has the three staffing agencies as its right answers', () => {
    const q = allQuestions(FIXTURE).find((x) => x.id === 'staffed-by:nct')!;
    expect(q.multiple).toBe(true);
    expect([...q.correct].sort()).toEqual(['fra', 'must', 'sakerhetspolisen']);
    expect(q.options.length).toBe(5);
  });

  it('"Under which body does OPC work?" has BSTF as its one answer', () => {
    const q = allQuestions(FIXTURE).find((x) => x.id === 'works-under:opc')!;
    expect(q.correct).toEqual(['bstf']);
    expect(q.multiple).toBe(false);
    expect(q.edges).toEqual(['opc-established-under-bstf']);
  });

  it('prefers distractors with no relationship at all to the subject', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed < 30; seed++) {
      const q = allQuestions(FIXTURE, seed).find((x) => x.id === 'member-of:ctg')!;
      const wrong = q.options.filter((o) => !q.correct.includes(o.id)).map((o) => o.id);
      wrong.forEach((w) => seen.add(w));
      // four countries have nothing to do with CTG; the USA cooperates with it, so it is never needed
      expect(wrong).not.toContain('usa');
      expect(wrong.length).toBe(3);
    }
    expect([...seen].sort()).toEqual(['danmark', 'finland', 'serbien', 'sverige']);
  });

  it('draws wrong options of the same type as the one right answer when it asks for one of many', () => {
    const types = new Map(FIXTURE.nodes.map((n) => [n.id, n.type]));
    const rightTypes = new Set<string>();
    for (let seed = 1; seed < 30; seed++) {
      // OPC's participants are three agencies and a country
      const q = allQuestions(FIXTURE, seed).find((x) => x.id === 'participates-in:opc')!;
      expect(q.correct.length).toBe(1);
      expect(new Set(q.options.map((o) => types.get(o.id))).size).toBe(1);
      rightTypes.add(types.get(q.correct[0]!)!);
    }
    expect([...rightTypes].sort()).toEqual(['agency', 'country']);
  });

  it('every right answer is true and every wrong one false, in the fixture and in the real dataset', () => {
    for (const seed of [1, 7, 99]) {
      checkTruth(FIXTURE, allQuestions(FIXTURE, seed));
      checkTruth(network as Dataset, allQuestions(network as Dataset, seed));
    }
  });

  it('founding-year options are distinct, not in the future, and apart from the right year', () => {
    const q = allQuestions(FIXTURE).find((x) => x.id === 'founded:opc')!;
    const years = q.options.map((o) => (o.type === 'year' ? o.year : NaN));
    expect(years).toContain(1998);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const y of years) expect(y).toBeLessThanOrEqual(new Date().getFullYear());
    for (const y of years.filter((y) => y !== 1998)) expect(Math.abs(y - 1998)).toBeGreaterThanOrEqual(2);
  });

  it('a round has the size asked for, distinct subjects, and mixes kinds', () => {
    const round = generateRound(network as Dataset, 5, 5);
    expect(round.length).toBe(5);
    expect(new Set(round.map((q) => q.id)).size).toBe(5);
    expect(new Set(round.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
    // a dataset that supports fewer questions gives a shorter round rather than repeats
    expect(generateRound(FIXTURE, 1, 100).length).toBe(allQuestions(FIXTURE).length);
  });

  it('scores an answer right only when exactly the right options are chosen', () => {
    const q = allQuestions(FIXTURE).find((x) => x.id === 'staffed-by:nct')!;
    const wrong = q.options.find((o) => !q.correct.includes(o.id))!.id;
    expect(isCorrect(q, q.correct)).toBe(true);
    expect(isCorrect(q, [...q.correct].reverse())).toBe(true);
    expect(isCorrect(q, q.correct.slice(1))).toBe(false);
    expect(isCorrect(q, [...q.correct, wrong])).toBe(false);
    expect(isCorrect(q, [])).toBe(false);
  });
});
