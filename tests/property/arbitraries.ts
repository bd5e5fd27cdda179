/**
 * Generators for the property tests: datasets and scenes whose texts hold anything a hostile or
 * careless file could (every UTF-16 code unit, lone surrogates included, XML markup, CSV
 * separators, quotes, line breaks and formula starts), with a fixed seed so a failure repeats.
 */
import fc from 'fast-check';
import type { Dataset, GraphEdge, GraphNode, Source } from '../../src/data/schema';
import { EDGE_TYPE_IDS, LEVEL_IDS, NODE_TYPE_IDS } from '../../src/data/vocabulary';
import type { Positions } from '../../src/graph/elements';

export { SEED } from './setup';
/** Cases per writer test (each case writes a whole dataset, so fewer than the default). */
export const RUNS = 150;

const special = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  ',',
  ';',
  '"',
  "'",
  '\n',
  '\r',
  '\t',
  ' ',
  '<',
  '>',
  '&',
  ']]>',
  '\uFFFE',
  '\uD800',
  '\uDC00',
  '😀',
);
/** Any text: single UTF-16 code units (forbidden ones included), characters that matter to XML and CSV. */
export const nastyText = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: special },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    { weight: 2, arbitrary: fc.constantFrom('a', 'ö', 'X', '1') },
  ),
  maxLength: 24,
});
const someText = nastyText.filter((s) => s.length > 0);
const bilingual = fc.record({ sv: someText, en: someText });
const year = fc.integer({ min: 1800, max: 2030 });

export const datasetArb: fc.Arbitrary<{ dataset: Dataset; positions: Positions }> = fc
  .record({
    nodeCount: fc.integer({ min: 0, max: 6 }),
    sources: fc.array(
      fc.record({
        title: bilingual,
        publisher: someText,
        date: fc.option(fc.constant('2024-01-31'), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .chain(({ nodeCount, sources }) => {
    const sourceList: Source[] = sources.map((s, i) => ({
      id: `src-${i}`,
      title: s.title,
      publisher: s.publisher,
      language: 'sv',
      ...(s.date ? { date: s.date } : {}),
    }));
    const evidence = fc.array(
      fc.record({ source: fc.constantFrom(...sourceList.map((s) => s.id)), quote: someText }),
      { minLength: 1, maxLength: 2 },
    );
    const node = (i: number): fc.Arbitrary<GraphNode> =>
      fc
        .record({
          type: fc.constantFrom(...NODE_TYPE_IDS),
          level: fc.constantFrom(...LEVEL_IDS),
          label: bilingual,
          description: bilingual,
          short: fc.option(bilingual, { nil: undefined }),
          founded: fc.option(year, { nil: undefined }),
          aliases: fc.option(fc.array(someText, { maxLength: 3 }), { nil: undefined }),
          evidence: fc.option(evidence, { nil: undefined }),
        })
        .map((n) => {
          const out: GraphNode = {
            id: `n-${i}`,
            type: n.type,
            level: n.level,
            label: n.label,
            description: n.description,
          };
          if (n.short) out.short = n.short;
          if (n.founded !== undefined) out.founded = n.founded;
          if (n.aliases) out.aliases = n.aliases;
          if (n.evidence) out.evidence = n.evidence;
          return out;
        });
    const nodes = fc.tuple(...Array.from({ length: nodeCount }, (_, i) => node(i)));
    const edges: fc.Arbitrary<GraphEdge[]> =
      nodeCount === 0
        ? fc.constant([])
        : fc
            .array(
              fc.record({
                source: fc.integer({ min: 0, max: nodeCount - 1 }),
                target: fc.integer({ min: 0, max: nodeCount - 1 }),
                type: fc.constantFrom(...EDGE_TYPE_IDS),
                description: bilingual,
                since: fc.option(year, { nil: undefined }),
                evidence,
              }),
              { maxLength: 8 },
            )
            .map((list) =>
              list.map((e, i) => ({
                id: `e-${i}`,
                source: `n-${e.source}`,
                target: `n-${e.target}`,
                type: e.type,
                description: e.description,
                evidence: e.evidence,
                ...(e.since !== undefined ? { since: e.since } : {}),
              })),
            );
    const positions = fc.array(
      fc.record({
        x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      }),
      { minLength: nodeCount, maxLength: nodeCount },
    );
    return fc
      .record({ title: bilingual, nodes, edges, positions })
      .map(({ title, nodes: ns, edges: es, positions: ps }) => ({
        dataset: { meta: { title }, sources: sourceList, nodes: [...ns], edges: es },
        positions: new Map(ps.map((p, i) => [`n-${i}`, p])),
      }));
  });
