/**
 * Problems: what the validator (and any reader of a user's file) reports. A problem carries a
 * code and parameters, never a sentence, so each reader words it in its own language: the app
 * through its i18next instance (`formatProblem(problem, t)`), the command line in English
 * (`formatProblems`). The sentences live in the `problems` locale files, one per language.
 */
import i18next, { type TFunction } from 'i18next';
// the attribute lets Node's own loader (Playwright's tests import this module) read the JSON too
import en from '../../i18n/locales/en/problems.json' with { type: 'json' };
import { closestMatch, shown } from './text';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type Variant = `${string}Guess` | `${string}Options` | `more_${string}` | 'warning';

/** What is wrong, as a key of the `problems` locale files (`ref.node`, `json.unexpected`). */
export type ProblemCode = Exclude<Leaves<typeof en>, Variant>;
/** The values a message names: already shortened for display (see `shown`). */
export type ProblemParams = Record<string, string | number>;

/**
 * One thing wrong with the input: where (JSON-path-like, `edges[12].target`; '' for the whole
 * file), what (a code and its parameters), and how bad: an error refuses the file, a warning
 * only informs.
 */
export type Problem = {
  path: string;
  code: ProblemCode;
  params?: ProblemParams;
  severity?: 'error' | 'warning';
};

/** Most problems reported for one file; the rest are counted ("… and 1,980 more problems"). */
export const MAX_PROBLEMS = 100;

export const isWarning = (p: Problem) => p.severity === 'warning';

/** Whether the English locale has a variant of a message (`ref.nodeGuess` for `ref.node`). */
function hasVariant(code: string, suffix: 'Guess' | 'Options'): boolean {
  const [group, name] = code.split('.');
  const table = (en as Record<string, unknown>)[group ?? ''];
  return typeof table === 'object' && table !== null && typeof (table as Record<string, unknown>)[`${name}${suffix}`] === 'string';
}

const CODES: ReadonlySet<string> = new Set(
  Object.entries(en).flatMap(([group, table]) =>
    typeof table === 'string' ? [group] : Object.keys(table).map((name) => `${group}.${name}`),
  ),
);

/** Whether a string (say, a schema's message) is a problem code. */
export const isProblemCode = (x: string): x is ProblemCode => CODES.has(x);

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * A problem's message (without its path) in the language of `t`: the app passes its own `t`,
 * so a Swedish user reads Swedish. "Did you mean" and "expected one of" are whole sentences of
 * their own in the locale files, chosen here by the parameters present.
 */
export function formatProblem(problem: Problem, t: TFunction): string {
  const translate = t as unknown as LooseT;
  const params = problem.params ?? {};
  let code: string = problem.code;
  if (params.guess !== undefined && hasVariant(code, 'Guess')) code += 'Guess';
  else if (params.options !== undefined && hasVariant(code, 'Options')) code += 'Options';
  return translate(`problems.${code}`, { ...params, interpolation: { escapeValue: false } });
}

/** The "… and N more problems" line for problems found but not listed. */
export function formatMore(count: number, t: TFunction): string {
  return (t as unknown as LooseT)('problems.more', { count });
}

let englishT: TFunction | null = null;

/** English, for the command line and for logs: an i18next instance with only these messages. */
export function english(): TFunction {
  if (!englishT) {
    const instance = i18next.createInstance();
    void instance.init({
      resources: { en: { translation: { problems: en } } },
      lng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    englishT = instance.t.bind(instance) as TFunction;
  }
  return englishT;
}

/**
 * One English line per problem, `path: message`, each optionally prefixed (e.g. by the file
 * name); warnings say so; `more` adds the line for problems found but not listed.
 */
export function formatProblems(problems: readonly Problem[], prefix = '', more = 0): string {
  const t = english();
  const lead = prefix ? `${prefix}: ` : '';
  const lines = problems.map((p) => {
    const message = formatProblem(p, t);
    const text = isWarning(p) ? (t as unknown as LooseT)('problems.warning', { message }) : message;
    return `${lead}${p.path ? `${p.path}: ` : ''}${text}`;
  });
  if (more > 0) lines.push(`${lead}${formatMore(more, t)}`);
  return lines.join('\n');
}

/** A "did you mean" to compute later, only for problems that are reported. */
export type Hint = { word: string; candidates: Iterable<string> };

/**
 * Gathers problems: drops repeats, keeps errors before warnings, reports at most MAX_PROBLEMS and
 * counts the rest. Hints ("did you mean") are computed only for the problems kept, so a file with
 * thousands of misspelt ids costs no more than one with a hundred.
 */
export class ProblemCollector {
  private readonly items: { problem: Problem; hint?: Hint }[] = [];
  private readonly seen = new Set<string>();
  errors = 0;

  add(path: string, code: ProblemCode, params?: ProblemParams, hint?: Hint): void {
    this.push({ path, code, ...(params ? { params } : {}) }, hint);
  }

  warn(path: string, code: ProblemCode, params?: ProblemParams): void {
    this.push({ path, code, ...(params ? { params } : {}), severity: 'warning' });
  }

  private push(problem: Problem, hint?: Hint) {
    const key = `${problem.path}\u0000${problem.code}\u0000${problem.params ? JSON.stringify(problem.params) : ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(hint ? { problem, hint } : { problem });
    if (!isWarning(problem)) this.errors++;
  }

  /** The problems to report (errors first) and how many more there are. */
  finish(max = MAX_PROBLEMS): { problems: Problem[]; more: number } {
    const ordered = [...this.items.filter((i) => !isWarning(i.problem)), ...this.items.filter((i) => isWarning(i.problem))];
    const kept = ordered.slice(0, max).map(({ problem, hint }) => {
      const guess = hint ? closestMatch(hint.word, hint.candidates) : null;
      return guess === null ? problem : { ...problem, params: { ...problem.params, guess: shown(guess) } };
    });
    return { problems: kept, more: ordered.length - kept.length };
  }
}
