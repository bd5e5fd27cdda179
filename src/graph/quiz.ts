/**
 * The self-test: multiple-choice questions generated from the dataset itself, so that every
 * answer is true in the data and every wrong option is false in it, and each question carries
 * the evidence that decides it. Pure and seeded: the same dataset and seed always give the same
 * round (testable in Node, reproducible for a class). Questions are language-neutral structures;
 * the view words them in the current language, so switching language keeps the round.
 */
import type { Dataset, Evidence, GraphEdge, GraphNode } from '../data/schema';
import type { EdgeType } from '../data/vocabulary';
import { seededRandom } from './random';

/** Kinds of question, each worded by the view (see QuizView's key map). */
export const QUIZ_KINDS = [
  'staffed-by',
  'works-under',
  'funded-by',
  'member-of',
  'participates-in',
  'led-by',
  'coordinated-by',
  'established-by',
  'founded',
] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export type QuizOption = { id: string } & ({ type: 'node'; node: string } | { type: 'year'; year: number });

export type QuizQuestion = {
  /** Stable within a dataset: kind and subject ("staffed-by:nct"). */
  id: string;
  kind: QuizKind;
  /** The node the question is about. */
  subject: string;
  options: QuizOption[];
  /** Ids of the options that are right (one, or several when `multiple`). */
  correct: string[];
  /** Several options are right: the view asks to choose all that apply. */
  multiple: boolean;
  /** The edges whose evidence decides the question (empty for `founded`). */
  edges: string[];
  /** Evidence on the subject node itself (used by `founded`). */
  nodeEvidence: Evidence[];
};

/**
 * A relationship question: the subject sits at one end of edges of the given types and the
 * answers are the nodes at the other end. `pickOne` asks for one of many ("Which of these is a
 * member of …?"), so that a long member list still makes a fair single-choice question.
 */
type Template = { kind: QuizKind; edgeTypes: readonly EdgeType[]; subject: 'source' | 'target'; pickOne?: boolean };

const TEMPLATES: readonly Template[] = [
  { kind: 'staffed-by', edgeTypes: ['staffed-by'], subject: 'source' },
  { kind: 'works-under', edgeTypes: ['established-under', 'part-of'], subject: 'source' },
  { kind: 'funded-by', edgeTypes: ['funds'], subject: 'target' },
  { kind: 'member-of', edgeTypes: ['member-of'], subject: 'target', pickOne: true },
  { kind: 'participates-in', edgeTypes: ['participates-in'], subject: 'target', pickOne: true },
  { kind: 'led-by', edgeTypes: ['led-by'], subject: 'source' },
  { kind: 'coordinated-by', edgeTypes: ['coordinated-by'], subject: 'source' },
  { kind: 'established-by', edgeTypes: ['established-by'], subject: 'source' },
];

/** At most this many right answers are shown in a choose-all question (the rest are left out). */
const MAX_CORRECT_SHOWN = 3;
const OPTIONS = 4;
const MIN_DISTRACTORS = 2;
export const DEFAULT_ROUND_SIZE = 5;


function shuffle<T>(xs: readonly T[], rng: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

type Index = {
  nodes: Map<string, GraphNode>;
  /** Node ids joined by any edge, both ways: used to keep distractors clear of the subject. */
  neighbours: Map<string, Set<string>>;
};

function index(dataset: Dataset): Index {
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };
  for (const e of dataset.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return { nodes, neighbours };
}

/** A question before its options are drawn: what is asked and what is right. */
type Spec = { kind: QuizKind; subject: string; answers: Map<string, string[]>; template?: Template };

/** Every question the dataset can support, in a stable order. */
function specs(dataset: Dataset): Spec[] {
  const out: Spec[] = [];
  for (const t of TEMPLATES) {
    const bySubject = new Map<string, Map<string, string[]>>();
    for (const e of dataset.edges) {
      if (!(t.edgeTypes as readonly string[]).includes(e.type) || e.source === e.target) continue;
      const [subject, answer] = t.subject === 'source' ? [e.source, e.target] : [e.target, e.source];
      const answers = bySubject.get(subject) ?? new Map<string, string[]>();
      answers.set(answer, [...(answers.get(answer) ?? []), e.id]);
      bySubject.set(subject, answers);
    }
    for (const [subject, answers] of bySubject) out.push({ kind: t.kind, subject, answers, template: t });
  }
  for (const n of dataset.nodes) {
    if (n.founded !== undefined && foundingEvidence(n).length > 0) {
      out.push({ kind: 'founded', subject: n.id, answers: new Map() });
    }
  }
  return out;
}

/** Only quotes that state the year are evidence for it. */
function foundingEvidence(n: GraphNode): Evidence[] {
  return (n.evidence ?? []).filter((q) => n.founded !== undefined && q.quote?.includes(String(n.founded)));
}

/**
 * Wrong options for a relationship question: nodes of the same type as the right answers that
 * are not right. Nodes with no edge at all to the subject come first, so that a distractor is
 * not merely "related in another way" (and less likely to be true in a world the data leaves out).
 */
function distractors(idx: Index, spec: Spec, shown: readonly string[], rng: () => number): string[] {
  const answerTypes = new Set(shown.map((id) => idx.nodes.get(id)?.type));
  const near = idx.neighbours.get(spec.subject) ?? new Set<string>();
  const pool = [...idx.nodes.values()].filter(
    (n) => answerTypes.has(n.type) && n.id !== spec.subject && !spec.answers.has(n.id),
  );
  const far = shuffle(pool.filter((n) => !near.has(n.id)), rng);
  const close = shuffle(pool.filter((n) => near.has(n.id)), rng);
  return [...far, ...close].map((n) => n.id);
}

function relationshipQuestion(idx: Index, spec: Spec, rng: () => number): QuizQuestion | null {
  const answerIds = shuffle([...spec.answers.keys()], rng);
  const shown = spec.template?.pickOne ? answerIds.slice(0, 1) : answerIds.slice(0, MAX_CORRECT_SHOWN);
  const wrong = distractors(idx, spec, shown, rng);
  const distractorCount = Math.max(OPTIONS - shown.length, MIN_DISTRACTORS);
  if (wrong.length < MIN_DISTRACTORS) return null;
  const options = shuffle([...shown, ...wrong.slice(0, distractorCount)], rng).map(
    (node): QuizOption => ({ id: node, type: 'node', node }),
  );
  return {
    id: `${spec.kind}:${spec.subject}`,
    kind: spec.kind,
    subject: spec.subject,
    options,
    correct: shown,
    multiple: shown.length > 1,
    edges: shown.flatMap((a) => spec.answers.get(a) ?? []),
    nodeEvidence: [],
  };
}

function foundedQuestion(idx: Index, spec: Spec, rng: () => number): QuizQuestion | null {
  const node = idx.nodes.get(spec.subject);
  if (node?.founded === undefined) return null;
  const year = node.founded;
  // Plausible wrong years: within fifteen years either side, never in the future.
  const latest = new Date().getFullYear();
  const near = shuffle(
    Array.from({ length: 30 }, (_, i) => year - 15 + i + (i >= 15 ? 1 : 0)).filter((y) => y <= latest),
    rng,
  );
  // Keep wrong years at least two apart from each other and from the right one, so none is a near-miss.
  const chosen: number[] = [];
  for (const y of near) {
    if ([year, ...chosen].every((c) => Math.abs(c - y) >= 2)) chosen.push(y);
    if (chosen.length === OPTIONS - 1) break;
  }
  const years = [year, ...chosen].sort((a, b) => a - b);
  return {
    id: `founded:${spec.subject}`,
    kind: 'founded',
    subject: spec.subject,
    options: years.map((y): QuizOption => ({ id: String(y), type: 'year', year: y })),
    correct: [String(year)],
    multiple: false,
    edges: [],
    nodeEvidence: foundingEvidence(node),
  };
}

/** Every question the dataset supports, with options drawn by `seed` (for tests and review). */
export function allQuestions(dataset: Dataset, seed = 1): QuizQuestion[] {
  const idx = index(dataset);
  const rng = seededRandom(seed);
  return specs(dataset)
    .map((s) => (s.kind === 'founded' ? foundedQuestion(idx, s, rng) : relationshipQuestion(idx, s, rng)))
    .filter((q): q is QuizQuestion => q !== null);
}

/**
 * A round of `size` questions, as varied as the data allows: kinds are taken in turn so that a
 * round is not five membership questions. Fewer come back when the dataset supports fewer.
 */
export function generateRound(dataset: Dataset, seed: number, size = DEFAULT_ROUND_SIZE): QuizQuestion[] {
  const rng = seededRandom(seed);
  const byKind = new Map<QuizKind, QuizQuestion[]>();
  for (const q of shuffle(allQuestions(dataset, seed ^ 0x5bd1e995), rng)) {
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
  }
  const kinds = shuffle([...byKind.keys()], rng);
  const round: QuizQuestion[] = [];
  while (round.length < size && kinds.some((k) => (byKind.get(k)?.length ?? 0) > 0)) {
    for (const k of kinds) {
      const q = byKind.get(k)?.shift();
      if (q && round.length < size) round.push(q);
    }
  }
  return round;
}

/** An answer is right when exactly the right options are chosen. */
export function isCorrect(question: QuizQuestion, chosen: readonly string[]): boolean {
  const set = new Set(chosen);
  return set.size === question.correct.length && question.correct.every((c) => set.has(c));
}

/** The edges of a question as dataset records, in the question's order. */
export function questionEdges(dataset: Dataset, question: QuizQuestion): GraphEdge[] {
  const byId = new Map(dataset.edges.map((e) => [e.id, e]));
  return question.edges.map((id) => byId.get(id)).filter((e): e is GraphEdge => e !== undefined);
}
