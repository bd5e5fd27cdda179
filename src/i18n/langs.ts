/** The UI languages. */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang => x === 'sv' || x === 'en';
