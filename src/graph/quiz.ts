/**
 * The self-test: multiple-choice questions about what the sources say, built only from the
 * reviewed templates in quizTemplates.ts (each closed by a passage of a source), checked against
 * the dataset it is given. Pure and seeded: the same dataset and seed always give the same round
 * (testable in Node, reproducible for a class). Questions are language-neutral structures; the
 * view words them per template and language, so switching language keeps the round.
 */
import type { Dataset, Evidence, GraphEdge, GraphNode } from '../data/schema';
import { seededRandom } from './random';
import { normalise } from './search';
import { QUIZ_TEMPLATES, type QuizAsk, type QuizTemplate, type QuizTemplateId } from './quizTemplates';

export { QUIZ_TEMPLATES, type QuizTemplateId } from './quizTemplates';

export type QuizOption = { id: string } & ({ type: 'node'; node: string } | { type: 'year'; year: number });

export type QuizQuestion = {
  /** The template's id: stable within a dataset, one question per template. */
  id: QuizTemplateId;
  /** What is asked: about a relationship, a year, or a node named by its own evidence. */
  ask: QuizAsk['kind'];
  /** The node the question is about. */
  subject: string;
  options: QuizOption[];
  /** Ids of the options that are right (one, or several when `multiple`). */
  correct: string[];
  /** Several options are right: the view asks to choose all that apply. */
  multiple: boolean;
  /** The edges whose evidence decides the question, in order. */
  edges: string[];
  /** Quotes on nodes that decide it (the closing passage when it is on a node). */
  nodeEvidence: Evidence[];
};

/** At most this many right answers are shown in a choose-all question (the rest are left out). */
const MAX_CORRECT_SHOWN = 3;
const OPTIONS = 4;
const MIN_WRONG = 2;
export const DEFAULT_ROUND_SIZE = 5;

function shuffle<T>(xs: readonly T[], rng: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

type Index = { nodes: Map<string, GraphNode>; edges: readonly GraphEdge[] };

const contains = (text: string, passage: string) =>
  ` ${normalise(text)} `.includes(` ${normalise(passage)} `);

/** Every name a node goes by (labels, acronyms, aliases), for "is it named in this quote?". */
const names = (n: GraphNode) =>
  [n.label.sv, n.label.en, n.short?.sv, n.short?.en, ...(n.aliases ?? [])].filter((x): x is string => !!x);

const namedIn = (n: GraphNode, quotes: readonly string[]) =>
  quotes.some((q) => names(n).some((name) => contains(q, name)));

/** The right answers of a relationship template in the data, each with the edges that make it true. */
function relationAnswers(idx: Index, ask: Extract<QuizAsk, { kind: 'relation' }>): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  const types = ask.types as readonly string[];
  for (const e of idx.edges) {
    if (!types.includes(e.type)) continue;
    const [mine, other] = ask.end === 'source' ? [e.source, e.target] : [e.target, e.source];
    if (mine !== ask.subject || other === ask.subject) continue;
    const reached = ask.through
      ? idx.edges
          .filter((t) => t.type === ask.through && t.source === other)
          .map((t) => [t.target, [e, t]] as const)
      : [[other, [e]] as const];
    for (const [answer, path] of reached) {
      const type = idx.nodes.get(answer)?.type;
      if (!type || (ask.answerTypes && !(ask.answerTypes as readonly string[]).includes(type))) continue;
      out.set(answer, [
        ...(out.get(answer) ?? []),
        ...path.filter((p) => !(out.get(answer) ?? []).includes(p)),
      ]);
    }
  }
  return out;
}

const quotesOf = (edges: readonly GraphEdge[]) =>
  edges.flatMap((e) => e.evidence.flatMap((q) => (q.quote === undefined ? [] : [q.quote])));

/** The question a template asks of this dataset, or null when the data no longer supports it. */
function build(idx: Index, t: QuizTemplate, rng: () => number): QuizQuestion | null {
  const subject = idx.nodes.get(t.ask.subject);
  if (!subject) return null;
  const closingOnNode = (subject.evidence ?? []).filter((q) => contains(q.quote ?? '', t.closing));

  if (t.ask.kind === 'year') {
    const year = subject.founded;
    if (
      year === undefined ||
      closingOnNode.length === 0 ||
      !closingOnNode.some((q) => q.quote?.includes(String(year)))
    )
      return null;
    return yearQuestion(t, subject, year, closingOnNode, rng);
  }

  let answers: Map<string, GraphEdge[]>;
  if (t.ask.kind === 'named') {
    if (closingOnNode.length === 0) return null;
    answers = new Map([[subject.id, []]]);
  } else {
    answers = relationAnswers(idx, t.ask);
  }
  // The data must state exactly the set the closing passage names, no more and no less.
  const expected = [...t.expect].sort();
  if ([...answers.keys()].sort().join() !== expected.join()) return null;
  const edges = [...new Set([...answers.values()].flat())];
  const onEdges = quotesOf(edges).some((q) => contains(q, t.closing));
  if (!onEdges && closingOnNode.length === 0) return null;
  const nodeEvidence = onEdges ? [] : closingOnNode;
  const deciding = [
    ...quotesOf(edges),
    ...nodeEvidence.flatMap((q) => (q.quote === undefined ? [] : [q.quote])),
  ];

  const wrong = t.wrong.filter((id) => {
    const n = idx.nodes.get(id);
    // Defence in depth: never offer as wrong what the data makes right or the deciding quotes name.
    return n && !answers.has(id) && id !== subject.id && !namedIn(n, deciding);
  });
  if (wrong.length < MIN_WRONG) return null;
  const right = shuffle([...answers.keys()], rng).slice(0, t.choose === 'one' ? 1 : MAX_CORRECT_SHOWN);
  const shownWrong = shuffle(wrong, rng).slice(0, Math.max(OPTIONS - right.length, MIN_WRONG));
  const options = shuffle([...right, ...shownWrong], rng).map((node): QuizOption => ({
    id: node,
    type: 'node',
    node,
  }));
  const shownEdges = edges.filter((e) => right.some((r) => answers.get(r)?.includes(e)));
  return {
    id: t.id as QuizTemplateId,
    ask: t.ask.kind,
    subject: subject.id,
    options,
    correct: right,
    multiple: t.choose === 'all' && right.length > 1,
    edges: shownEdges.map((e) => e.id),
    nodeEvidence,
  };
}

function yearQuestion(
  t: QuizTemplate,
  subject: GraphNode,
  year: number,
  evidence: Evidence[],
  rng: () => number,
): QuizQuestion {
  // Years any quote on the subject gives are never offered as wrong (they may be true of something).
  const stated = new Set(
    (subject.evidence ?? []).flatMap((q) => q.quote?.match(/\b\d{4}\b/g) ?? []).map(Number),
  );
  const latest = new Date().getFullYear();
  const near = shuffle(
    Array.from({ length: 30 }, (_, i) => year - 15 + i + (i >= 15 ? 1 : 0)).filter(
      (y) => y <= latest && !stated.has(y),
    ),
    rng,
  );
  // Wrong years at least two apart from each other and from the right one, so none is a near-miss.
  const chosen: number[] = [];
  for (const y of near) {
    if ([year, ...chosen].every((c) => Math.abs(c - y) >= 2)) chosen.push(y);
    if (chosen.length === OPTIONS - 1) break;
  }
  const years = [year, ...chosen].sort((a, b) => a - b);
  return {
    id: t.id as QuizTemplateId,
    ask: 'year',
    subject: subject.id,
    options: years.map((y): QuizOption => ({ id: String(y), type: 'year', year: y })),
    correct: [String(year)],
    multiple: false,
    edges: [],
    nodeEvidence: evidence,
  };
}

/** Every question the dataset supports, with options drawn by `seed` (for tests and review). */
export function allQuestions(
  dataset: Dataset,
  seed = 1,
  templates: readonly QuizTemplate[] = QUIZ_TEMPLATES,
): QuizQuestion[] {
  const idx: Index = { nodes: new Map(dataset.nodes.map((n) => [n.id, n])), edges: dataset.edges };
  const rng = seededRandom(seed);
  return templates.map((t) => build(idx, t, rng)).filter((q): q is QuizQuestion => q !== null);
}

/**
 * A round of `size` questions in a random order, about as many different subjects as the data
 * allows (not three questions on OPC). `only` limits the round to those templates (a round that
 * focuses on the questions one got wrong); fewer come back when the dataset supports fewer.
 */
export function generateRound(
  dataset: Dataset,
  seed: number,
  size = DEFAULT_ROUND_SIZE,
  only?: readonly string[],
): QuizQuestion[] {
  const rng = seededRandom(seed);
  const pool = shuffle(
    allQuestions(dataset, seed ^ 0x5bd1e995).filter((q) => !only || only.includes(q.id)),
    rng,
  );
  const limit = only ? pool.length : size;
  const subjects = new Set<string>();
  const first = pool.filter((q) => !subjects.has(q.subject) && subjects.add(q.subject));
  const rest = pool.filter((q) => !first.includes(q));
  return [...first, ...rest].slice(0, limit);
}

/** An answer is right when exactly the right options are chosen. */
export function isCorrect(question: QuizQuestion, chosen: readonly string[]): boolean {
  const set = new Set(chosen);
  return set.size === question.correct.length && question.correct.every((c) => set.has(c));
}
