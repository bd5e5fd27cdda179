/**
 * Progress over self-test rounds, kept on the device (localStorage). Storage can be missing or
 * throw (private mode, blocked cookies, quota): then progress is kept in memory for the page's
 * life and `saved` says so, so the view can tell the user instead of failing.
 */
export type RoundRecord = { score: number; count: number; focused: boolean };
export type QuizProgress = { rounds: RoundRecord[] };

const KEY = 'samverkan.quiz.progress';
/** Rounds kept: enough for a class term, small enough to stay a few hundred bytes. */
const KEEP = 50;

let memory: QuizProgress = { rounds: [] };
let saved = true;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const isRound = (r: unknown): r is RoundRecord =>
  typeof r === 'object' &&
  r !== null &&
  Number.isInteger((r as RoundRecord).score) &&
  Number.isInteger((r as RoundRecord).count) &&
  (r as RoundRecord).score >= 0 &&
  (r as RoundRecord).score <= (r as RoundRecord).count &&
  typeof (r as RoundRecord).focused === 'boolean';

/** The progress stored on this device; anything unreadable counts as none (never throws). */
export function loadProgress(): QuizProgress {
  const s = storage();
  if (!s) {
    saved = false;
    return memory;
  }
  try {
    const raw = s.getItem(KEY);
    if (raw === null) return memory;
    const parsed: unknown = JSON.parse(raw);
    const rounds = (parsed as QuizProgress | null)?.rounds;
    memory = { rounds: Array.isArray(rounds) ? rounds.filter(isRound).slice(-KEEP) : [] };
  } catch {
    // unreadable or blocked: keep what this page has
  }
  return memory;
}

function store(progress: QuizProgress) {
  memory = progress;
  try {
    const s = storage();
    if (!s) throw new Error('no storage');
    s.setItem(KEY, JSON.stringify(progress));
    saved = true;
  } catch {
    saved = false;
  }
  return memory;
}

/** Adds a finished round and returns the progress with it. */
export const recordRound = (round: RoundRecord): QuizProgress =>
  store({ rounds: [...loadProgress().rounds, round].slice(-KEEP) });

/** Forgets every round (on this device). */
export const forgetProgress = (): QuizProgress => store({ rounds: [] });

/** Whether the last read or write reached the device's storage. */
export const progressSaved = () => saved;

/** Totals for the summary line. */
export function totals(p: QuizProgress) {
  return {
    rounds: p.rounds.length,
    right: p.rounds.reduce((n, r) => n + r.score, 0),
    asked: p.rounds.reduce((n, r) => n + r.count, 0),
  };
}
