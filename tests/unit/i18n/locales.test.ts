import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/resources';
import { browserLang } from '../../../src/i18n';

/** Every key path of a nested object, as "a.b.c"; plural variants are normalised to their base. */
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('Swedish and English have exactly the same keys', () => {
    const en = keys(resources.en.translation).sort();
    const sv = keys(resources.sv.translation).sort();
    expect(sv.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !sv.includes(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    for (const lang of ['en', 'sv'] as const) {
      const flat = keys(resources[lang].translation);
      for (const k of flat) {
        const value = k
          .split('.')
          .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], resources[lang].translation);
        expect(typeof value === 'string' && value.trim().length > 0, `${lang}: ${k}`).toBe(true);
      }
    }
  });

  it('first visit follows the browser language', () => {
    expect(browserLang(['sv-SE', 'en'])).toBe('sv');
    expect(browserLang(['de-DE', 'en-US'])).toBe('en');
    expect(browserLang(['fr'])).toBe('en');
  });
});
