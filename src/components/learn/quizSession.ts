/**
 * The self-test round in progress, kept outside the view: "Show in graph" leaves the quiz view
 * (which unmounts) and coming back must find the round where it was. A round belongs to the
 * dataset it was drawn from; another dataset starts a new one.
 */
import { create } from 'zustand';
import type { Dataset } from '../../data/schema';

export type QuizSession = {
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

type Actions = {
  start: (dataset: Dataset, seed: number, focus?: string[] | null) => void;
  choose: (chosen: string[]) => void;
  check: (right: boolean) => void;
  next: () => void;
};

const EMPTY: QuizSession = {
  dataset: null,
  seed: 0,
  focus: null,
  index: 0,
  chosen: [],
  results: [],
  answers: [],
};

export const freshSeed = () => Math.floor(Math.random() * 2 ** 31);

export const useQuizSession = create<QuizSession & Actions>()((set) => ({
  ...EMPTY,
  start: (dataset, seed, focus = null) =>
    set({ dataset, seed, focus, index: 0, chosen: [], results: [], answers: [] }),
  choose: (chosen) => set({ chosen }),
  check: (right) => set((s) => ({ results: [...s.results, right], answers: [...s.answers, s.chosen] })),
  next: () => set((s) => ({ index: s.index + 1, chosen: [] })),
}));

/** Forgets the round (tests start from a clean slate). */
export const resetQuizSession = () => useQuizSession.setState(EMPTY);
