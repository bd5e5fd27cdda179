/**
 * UI strings, one JSON file per area and language. English is the source locale: its shape
 * types every key (see types.ts), and a test checks that Swedish has exactly the same keys.
 * Dataset text (labels, descriptions) lives in the data, never here. `problems` words the
 * validator's problem codes (see src/data/validation/problems.ts).
 */
import enCommon from './locales/en/common.json';
import svCommon from './locales/sv/common.json';
import enAnalyst from './locales/en/analyst.json';
import svAnalyst from './locales/sv/analyst.json';
import enLearn from './locales/en/learn.json';
import svLearn from './locales/sv/learn.json';
import enIo from './locales/en/io.json';
import svIo from './locales/sv/io.json';
import enProblems from './locales/en/problems.json';
import svProblems from './locales/sv/problems.json';

export const resources = {
  en: {
    translation: { common: enCommon, analyst: enAnalyst, learn: enLearn, problems: enProblems, io: enIo },
  },
  sv: {
    translation: { common: svCommon, analyst: svAnalyst, learn: svLearn, problems: svProblems, io: svIo },
  },
} as const;

export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang => x === 'sv' || x === 'en';
