/**
 * The languages, declared once: the UI's (i18next, the switch, the URL's `lang=`, the locale
 * files) and the dataset's (every bilingual text has one text per language, a source says which
 * of them it is written in). A language added here fails to compile until each of those has it.
 */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang => (LANGS as readonly unknown[]).includes(x);

/** Each language named in itself, as language pickers conventionally are. */
export const LANG_NAMES = { sv: 'Svenska', en: 'English' } as const satisfies Record<Lang, string>;

/** The locale of dates, numbers and lists written in each language. */
export const LANG_LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** The language of a BCP 47 tag ("sv-FI" is Swedish), or null when it is none of ours. */
export function langOfTag(tag: string): Lang | null {
  const base = tag.toLowerCase().split('-')[0];
  return isLang(base) ? base : null;
}
