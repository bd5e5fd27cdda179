import { describe, expect, it } from 'vitest';
import { isLang, LANG_LOCALES, LANG_NAMES, LANGS, langOfTag } from '../../../src/data/langs';
import { resources } from '../../../src/i18n/resources';
import { browserLang } from '../../../src/i18n';

describe('the language list', () => {
  it('has strings, a name in itself and a locale for every language, and nothing else', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGS].sort());
    expect(Object.keys(LANG_NAMES).sort()).toEqual([...LANGS].sort());
    expect(Object.keys(LANG_LOCALES).sort()).toEqual([...LANGS].sort());
  });

  it('reads a language from a browser tag, regional variants included', () => {
    expect(langOfTag('sv-FI')).toBe('sv');
    expect(langOfTag('EN-us')).toBe('en');
    expect(langOfTag('de')).toBeNull();
    expect(isLang('sv')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(browserLang(['de-DE', 'sv-SE', 'en'])).toBe('sv');
    expect(browserLang(['fr'])).toBe('en');
  });
});
