import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toGexf, toGraphml } from '../../src/graph/export';
import { toSvg, type SvgScene } from '../../src/graph/svg';
import { xmlSafe } from '../../src/graph/xml';
import { EDGE_TYPE_IDS, NODE_TYPE_IDS } from '../../src/data/vocabulary';
import { strictParse } from '../helpers/xmlCheck';
import { datasetArb, nastyText, RUNS, SEED } from './arbitraries';

const params = { seed: SEED, numRuns: RUNS };

describe('every XML writer writes well-formed XML, whatever the texts', () => {
  it('GraphML: parses strictly, with every node and edge, and labels as given (less forbidden characters)', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.constantFrom('sv', 'en'),
        fc.constantFrom('directed', 'undirected'),
        ({ dataset, positions }, lang, direction) => {
          const doc = strictParse(toGraphml(dataset, lang, { positions, direction }));
          expect(doc.getElementsByTagName('node')).toHaveLength(dataset.nodes.length);
          expect(doc.getElementsByTagName('edge')).toHaveLength(dataset.edges.length);
          const labels = Array.from(doc.getElementsByTagName('data'))
            .filter((d) => d.getAttribute('key') === 'n_label')
            .map((d) => d.textContent);
          expect(labels).toEqual(dataset.nodes.map((n) => xmlSafe(n.label[lang])));
        },
      ),
      params,
    );
  });

  it('GEXF: parses strictly, with every node and edge, and attribute values as given', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom('sv', 'en'), ({ dataset, positions }, lang) => {
        const doc = strictParse(toGexf(dataset, lang, { positions }));
        const nodes = Array.from(doc.getElementsByTagName('node'));
        expect(nodes).toHaveLength(dataset.nodes.length);
        expect(doc.getElementsByTagName('edge')).toHaveLength(dataset.edges.length);
        expect(nodes.map((n) => n.getAttribute('label'))).toEqual(
          dataset.nodes.map((n) => xmlSafe(n.label[lang])),
        );
        const descriptions = nodes.map((n) =>
          Array.from(n.getElementsByTagName('attvalue'))
            .find((v) => v.getAttribute('for') === 'description_sv')!
            .getAttribute('value'),
        );
        // attributes keep line breaks and tabs (written as references)
        expect(descriptions).toEqual(dataset.nodes.map((n) => xmlSafe(n.description?.sv ?? '')));
      }),
      params,
    );
  });

  it('SVG: parses strictly with one group per node and edge, for any labels, ids and title', () => {
    const scene: fc.Arbitrary<SvgScene> = fc
      .record({
        title: nastyText,
        nodes: fc.array(
          fc.record({
            label: nastyText,
            type: fc.constantFrom(...NODE_TYPE_IDS),
            x: fc.integer({ min: -500, max: 500 }),
            y: fc.integer({ min: -500, max: 500 }),
          }),
          { maxLength: 6 },
        ),
        legend: fc.option(fc.record({ heading: nastyText, label: nastyText }), { nil: undefined }),
        edgeType: fc.constantFrom(...EDGE_TYPE_IDS),
      })
      .map(({ title, nodes, legend, edgeType }) => ({
        title,
        nodes: nodes.map((n, i) => ({ ...n, id: `${n.label}#${i}`, width: 30, height: 30 })),
        edges: nodes.slice(1).map((n, i) => ({
          id: `e${i}${n.label}`,
          source: `${nodes[0]!.label}#0`,
          target: `${n.label}#${i + 1}`,
          type: edgeType,
          label: n.label,
        })),
        ...(legend
          ? {
              legend: {
                heading: legend.heading,
                nodeTypes: [{ type: 'agency' as const, label: legend.label }],
                edgeTypes: [{ type: edgeType, label: legend.label }],
              },
            }
          : {}),
      }));
    fc.assert(
      fc.property(scene, (s) => {
        const doc = strictParse(toSvg(s), 'image/svg+xml');
        const groups = (cls: string) =>
          Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === cls);
        expect(groups('node')).toHaveLength(s.nodes.length);
        expect(groups('edge')).toHaveLength(s.edges.length);
        expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(xmlSafe(s.title));
      }),
      params,
    );
  });
});
