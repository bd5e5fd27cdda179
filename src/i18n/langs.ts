/** The UI languages: those of the data (src/data/langs.ts, the one declaration). */
export { LANGS, isLang, type Lang } from '../data/langs';
