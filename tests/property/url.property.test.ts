import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { YEAR_MAX, YEAR_MIN } from '../../src/data/vocabulary';
import { initialState, type AppState } from '../../src/store';
import { LAYOUTS, METRICS, TOOLS, VIEWS } from '../../src/store/types';
import { fromSearch, MAX_VALUE, toSearch } from '../../src/store/url';
import { FIXTURE } from '../fixtures/datasets';

const TOURS = ['intro', 'second-tour'];
const base = initialState(FIXTURE, 'en');
const nodeIds = FIXTURE.nodes.map((n) => n.id);
const edgeIds = FIXTURE.edges.map((e) => e.id);
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
const nodeTypes = unique(FIXTURE.nodes.map((n) => n.type as string));
const levels = unique(FIXTURE.nodes.map((n) => n.level as string));
const edgeTypes = unique(FIXTURE.edges.map((e) => e.type as string));
const sources = FIXTURE.sources.map((s) => s.id);

const subset = (xs: string[]) => fc.subarray(xs);
const year = fc.option(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), { nil: null });

/** Any state the app can be in over FIXTURE: every choice the URL carries, each at any value. */
const state: fc.Arbitrary<AppState> = fc
  .record({
    lang: fc.constantFrom('sv' as const, 'en' as const),
    selection: fc.option(
      fc.oneof(
        fc.constantFrom(...nodeIds).map((id) => ({ kind: 'node' as const, id })),
        fc.constantFrom(...edgeIds).map((id) => ({ kind: 'edge' as const, id })),
      ),
      { nil: null },
    ),
    view: fc.constantFrom(...VIEWS),
    tool: fc.option(fc.constantFrom(...TOOLS), { nil: null }),
    layout: fc.constantFrom(...LAYOUTS),
    hiddenNodeTypes: subset(nodeTypes),
    hiddenLevels: subset(levels),
    hiddenEdgeTypes: subset(edgeTypes),
    hiddenSources: subset(sources),
    years: fc.tuple(year, year).map(([a, b]) => (a !== null && b !== null && a > b ? [b, a] : [a, b])),
    includeUndated: fc.boolean(),
    hideIsolated: fc.boolean(),
    hideUnevidenced: fc.boolean(),
    fade: fc.boolean(),
    focus: fc.option(
      fc.record({
        id: fc.constantFrom(...nodeIds),
        depth: fc.constantFrom(1 as const, 2 as const, 3 as const),
        direction: fc.constantFrom('all' as const, 'out' as const, 'in' as const),
      }),
      { nil: null },
    ),
    path: fc.record({
      from: fc.option(fc.constantFrom(...nodeIds), { nil: null }),
      to: fc.option(fc.constantFrom(...nodeIds), { nil: null }),
      edgeTypes: subset(edgeTypes),
    }),
    sizeBy: fc.option(fc.constantFrom(...METRICS), { nil: null }),
    tour: fc.option(fc.record({ id: fc.constantFrom(...TOURS), step: fc.nat({ max: 40 }) }), { nil: null }),
    presentation: fc.boolean(),
  })
  .map(
    ({
      hiddenNodeTypes,
      hiddenLevels,
      hiddenEdgeTypes,
      hiddenSources,
      years,
      includeUndated,
      hideIsolated,
      hideUnevidenced,
      ...rest
    }) => ({
      ...base,
      ...rest,
      filters: {
        hiddenNodeTypes,
        hiddenLevels,
        hiddenEdgeTypes,
        hiddenSources,
        years: { from: years[0] ?? null, to: years[1] ?? null },
        includeUndated,
        hideIsolated,
        hideUnevidenced,
      },
    }),
  );

describe('the link codec', () => {
  it('reads every link it writes back as the same state, with no problem (state → link → state)', () => {
    fc.assert(
      fc.property(state, (s) => {
        const { patch, problems } = fromSearch(toSearch(s), FIXTURE, TOURS);
        expect(problems).toEqual([]);
        expect({ ...base, ...patch }).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a link that is stable: link → state → link gives the same link', () => {
    fc.assert(
      fc.property(state, (s) => {
        const link = toSearch(s);
        expect(toSearch({ ...base, ...fromSearch(link, FIXTURE, TOURS).patch })).toBe(link);
      }),
    );
  });

  /** Query strings a hostile or careless hand writes: real parameter names, any values. */
  const PARAMS = [
    'lang',
    'node',
    'edge',
    'view',
    'tool',
    'layout',
    'nt',
    'lv',
    'et',
    'src',
    'years',
    'undated',
    'isolated',
    'fade',
    'focus',
    'depth',
    'dir',
    'from',
    'to',
    'via',
    'size',
    'tour',
    'step',
    'present',
  ];
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      ...nodeIds,
      ...edgeTypes,
      '0000-2000',
      '-',
      ',,,',
      '%',
      '%E0%A4%A',
      'constructor',
      '__proto__',
      '<img src=x onerror=alert(1)>',
    ),
    fc.integer().map(String),
    fc.nat({ max: 3 }).map((n) => 'A'.repeat(10 ** (n + 2))),
    fc.array(fc.constantFrom(...nodeTypes, 'x', 'toString'), { maxLength: 700 }).map((xs) => xs.join(',')),
  );
  const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string()), value), {
    maxLength: 8,
  });

  it('reads any query string without throwing; every problem names its parameter, shortened', () => {
    fc.assert(
      fc.property(query, fc.boolean(), (pairs, raw) => {
        const search = raw
          ? pairs.map(([k, v]) => `${k}=${v}`).join('&')
          : new URLSearchParams(pairs).toString();
        const { patch, problems } = fromSearch(search, FIXTURE, TOURS);
        for (const p of problems) {
          expect(p.value.length).toBeLessThanOrEqual(81 * 6); // 80 characters and "…", each escaped at worst as \uXXXX
          expect(p.param.length).toBeLessThanOrEqual(81 * 6);
        }
        // whatever was kept is a state the app can be in: it writes a link that reads back
        const s = { ...base, ...patch };
        expect(fromSearch(toSearch(s), FIXTURE, TOURS).problems).toEqual([]);
      }),
    );
  });

  it('refuses a value longer than any it writes, naming the parameter once', () => {
    const { patch, problems } = fromSearch(`node=${'A'.repeat(100_000)}&lang=sv`, FIXTURE);
    expect(patch).toEqual({ lang: 'sv' });
    expect(problems).toEqual([{ param: 'node', value: `${'A'.repeat(80)}…`, reason: 'tooLong' }]);
    expect(MAX_VALUE).toBeLessThan(100_000);
  });
});
