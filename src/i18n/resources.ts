/**
 * UI strings, one JSON file per area and language. English is the source locale: its shape
 * types every key (see types.ts), and a test checks that Swedish has exactly the same keys.
 * Dataset text (labels, descriptions) lives in the data, never here. `problems` words the
 * validator's problem codes (see src/data/validation/problems.ts).
 *
 * Both languages at once, for types and tests: the app loads one language at a time (bundles.ts).
 */
import en from './locales/en';
import sv from './locales/sv';

export const resources = {
  en: { translation: en },
  sv: { translation: sv },
} as const;

export { LANGS, isLang, type Lang } from './langs';
