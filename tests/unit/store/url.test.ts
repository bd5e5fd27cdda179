import { describe, expect, it } from 'vitest';
import { fromSearch, toSearch } from '../../../src/store/url';
import { initialState, NO_FILTERS, type AppState } from '../../../src/store';
import { FIXTURE } from '../../fixtures/datasets';

const base = initialState(FIXTURE, 'en');
const roundTrip = (s: AppState) => {
  const { patch, problems } = fromSearch(toSearch(s), FIXTURE, ['intro']);
  return { state: { ...base, ...patch }, problems };
};

describe('toSearch', () => {
  it('keeps links short: only the language for the default view', () => {
    expect(toSearch(base)).toBe('lang=en');
  });

  it('writes selection, view, tool, layout and filters', () => {
    const s: AppState = {
      ...base,
      lang: 'sv',
      selection: { kind: 'node', id: 'nct' },
      layout: 'concentric',
      tool: 'filters',
      filters: { ...NO_FILTERS, hiddenNodeTypes: ['unit', 'agency'], years: { from: 1990, to: null } },
    };
    expect(toSearch(s)).toBe('lang=sv&node=nct&tool=filters&layout=concentric&nt=unit,agency&years=1990-');
  });

  it('writes the on/off filters as the links always had them, and fading apart from them', () => {
    const s: AppState = {
      ...base,
      filters: { ...NO_FILTERS, includeUndated: false, hideIsolated: true, hideUnevidenced: true },
      fade: true,
    };
    expect(toSearch(s)).toBe('lang=en&undated=0&isolated=0&noev=0&fade=1');
    expect(fromSearch('undated=1&isolated=1&noev=1&fade=0', FIXTURE).patch).toEqual({
      filters: NO_FILTERS,
      fade: false,
    });
  });
});

describe('fromSearch ∘ toSearch', () => {
  it('restores every choice the URL carries', () => {
    const cases: AppState[] = [
      { ...base, lang: 'sv', selection: { kind: 'node', id: 'europol' } },
      { ...base, selection: { kind: 'edge', id: 'noa-lo-europol' }, view: 'list' },
      { ...base, layout: 'type', tool: 'paths', path: { from: 'noa', to: 'nct', edgeTypes: ['staffed-by'] } },
      {
        ...base,
        filters: {
          ...NO_FILTERS,
          hiddenLevels: ['european'],
          hiddenEdgeTypes: ['part-of'],
          hiddenSources: ['src-europol'],
          years: { from: 1995, to: 2010 },
          includeUndated: false,
          hideIsolated: true,
        },
        fade: true,
      },
      { ...base, focus: { id: 'polismyndigheten', depth: 2, direction: 'out' }, sizeBy: 'betweenness' },
      { ...base, tour: { id: 'intro', step: 2 }, presentation: true },
    ];
    for (const s of cases) {
      const { state, problems } = roundTrip(s);
      expect(problems).toEqual([]);
      expect(state).toEqual(s);
    }
  });
});

describe('fromSearch with bad input', () => {
  it('ignores unknown ids and malformed values, naming each, and keeps the rest', () => {
    const { patch, problems } = fromSearch('node=nope&layout=zzz&years=abc&lang=de&view=graph', FIXTURE);
    expect(problems).toEqual([
      { param: 'lang', value: 'de', reason: 'malformed' },
      { param: 'node', value: 'nope', reason: 'unknown' },
      { param: 'layout', value: 'zzz', reason: 'malformed' },
      { param: 'years', value: 'abc', reason: 'malformed' },
    ]);
    expect(patch).toEqual({ view: 'graph' });
  });

  it('keeps the known ids of a list and reports the unknown ones', () => {
    const { patch, problems } = fromSearch('nt=unit,spaceship', FIXTURE);
    expect(patch.filters?.hiddenNodeTypes).toEqual(['unit']);
    expect(problems).toEqual([{ param: 'nt', value: 'spaceship', reason: 'unknown' }]);
    // each unknown item named once, at most ten of them
    const many = fromSearch(
      `lv=${['x', 'x', ...Array.from({ length: 20 }, (_, i) => `l${i}`)].join(',')}`,
      FIXTURE,
    );
    expect(many.problems).toEqual([
      { param: 'lv', value: 'x,l0,l1,l2,l3,l4,l5,l6,l7,l8,…', reason: 'unknown' },
    ]);
  });

  it('rejects a year range that runs backwards and odd flags', () => {
    const { patch, problems } = fromSearch('years=2010-1990&fade=yes&present=2', FIXTURE);
    expect(patch).toEqual({});
    expect(problems.map((p) => p.param)).toEqual(['years', 'fade', 'present']);
  });

  it('falls back to defaults for a bad focus depth or direction, and a bad tour step', () => {
    const { patch, problems } = fromSearch('focus=nct&depth=9&dir=sideways&tour=intro&step=0', FIXTURE, [
      'intro',
    ]);
    expect(patch.focus).toEqual({ id: 'nct', depth: 1, direction: 'all' });
    expect(patch.tour).toEqual({ id: 'intro', step: 0 });
    expect(problems.map((p) => p.param)).toEqual(['depth', 'dir', 'step']);
  });

  it('refuses years the data cannot hold, so every range it keeps is written back the same', () => {
    for (const years of ['0000-2000', '1799-', '-2101', '9999-9999']) {
      const { patch, problems } = fromSearch(`years=${years}`, FIXTURE);
      expect(patch).toEqual({});
      expect(problems).toEqual([{ param: 'years', value: years, reason: 'malformed' }]);
    }
    const { patch } = fromSearch('years=1800-2100', FIXTURE);
    expect(toSearch({ ...base, ...patch })).toBe('lang=en&years=1800-2100');
  });

  it('reads a hostile 100 kB value as one short notice, and long lists not at all', () => {
    const { problems } = fromSearch(
      `focus=${'A'.repeat(100_000)}&nt=${Array(600).fill('unit').join(',')}`,
      FIXTURE,
    );
    expect(problems).toEqual([
      { param: 'nt', value: `${'unit,'.repeat(16)}…`, reason: 'tooLong' },
      { param: 'focus', value: `${'A'.repeat(80)}…`, reason: 'tooLong' },
    ]);
  });

  it('never throws, whatever the query', () => {
    for (const q of [
      '%',
      '?&&=&',
      'node',
      'edge=&node=',
      'years=-',
      '=x',
      'via=,,,',
      'depth=abc&focus=nct',
    ]) {
      expect(() => fromSearch(q, FIXTURE)).not.toThrow();
    }
  });
});
