/**
 * The self-test round in progress, a slice of the app store: "Show in graph" leaves the quiz view
 * (which unmounts) and coming back must find the round where it was. Runtime state only: never in
 * the URL, never remembered (progress over rounds is, in components/learn/quizProgress.ts). A
 * round belongs to the dataset it was drawn from; another dataset starts a new one. Pure
 * producers, wrapped as actions in the store.
 */
import type { Dataset } from '../data/schema';

export type QuizSession = {
  /** The dataset the round was drawn from (null before the first round). */
  dataset: Dataset | null;
  seed: number;
  /** Templates a focused round is limited to (the questions one got wrong), or null for a full round. */
  focus: string[] | null;
  /** The question shown (equal to the round's length once it is over). */
  index: number;
  /** Options chosen for the question shown. */
  chosen: string[];
  /** Right or wrong, for each question checked so far. */
  results: boolean[];
  /** The options chosen for each question checked so far (for the review after the round). */
  answers: string[][];
};

export const NO_QUIZ: QuizSession = {
  dataset: null,
  seed: 0,
  focus: null,
  index: 0,
  chosen: [],
  results: [],
  answers: [],
};

/** A seed for a new round. */
export const freshSeed = () => Math.floor(Math.random() * 2 ** 31);

export const startQuiz = (dataset: Dataset, seed: number, focus: string[] | null = null): QuizSession => ({
  ...NO_QUIZ,
  dataset,
  seed,
  focus,
});

export const chooseInQuiz = (q: QuizSession, chosen: string[]): QuizSession => ({ ...q, chosen });

/** Records the answer to the question shown, right or wrong, with the options chosen. */
export const checkInQuiz = (q: QuizSession, right: boolean): QuizSession => ({
  ...q,
  results: [...q.results, right],
  answers: [...q.answers, q.chosen],
});

export const nextInQuiz = (q: QuizSession): QuizSession => ({ ...q, index: q.index + 1, chosen: [] });
