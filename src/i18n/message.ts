/**
 * A text the app keeps to show later (a notice), stored as what it says rather than in words: a
 * typed key and its values, translated when shown, so that it follows a language switch.
 */
import type { ParseKeys, TFunction } from 'i18next';
import { formatProblem, type Problem } from '../data/validation/problems';

/** The values a message names; a value that is itself a message is translated first. */
export type MessageParams = { readonly [name: string]: string | number | Message };

export type Message =
  | { key: ParseKeys; params?: MessageParams }
  /** A problem of a file (the stories file), shown as "path: what is wrong". */
  | { problem: Problem };

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The message in the language of `t`. */
export function translate(t: TFunction, message: Message): string {
  if ('problem' in message) {
    const p = message.problem;
    return `${p.path ? `${p.path}: ` : ''}${formatProblem(p, t)}`;
  }
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? translate(t, value) : value,
    ]),
  );
  return (t as unknown as LooseT)(message.key, params);
}

/** Whether two messages say the same (same key and values). */
export const sameMessage = (a: Message, b: Message): boolean => JSON.stringify(a) === JSON.stringify(b);
