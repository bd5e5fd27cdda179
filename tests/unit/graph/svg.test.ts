import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { toSvg, wrapLabel, type SvgScene } from '../../../src/graph/svg';
import { EDGE_APPEARANCE, NODE_APPEARANCE } from '../../../src/graph/appearance';
import { NODE_TYPE_IDS } from '../../../src/data/vocabulary';

const scene: SvgScene = {
  title: 'Test <view>',
  nodes: [
    { id: 'a', x: 0, y: 0, width: 28, height: 28, type: 'agency', label: 'Säpo & co' },
    {
      id: 'b',
      x: 200,
      y: 50,
      width: 40,
      height: 40,
      type: 'international-organisation',
      label: 'Europol',
      opacity: 0.15,
    },
    { id: 'c', x: 100, y: 200, width: 28, height: 28, type: 'mission', label: 'EUMM', emphasis: true },
  ],
  edges: [
    { id: 'ab', source: 'a', target: 'b', type: 'information-exchange' },
    { id: 'ab2', source: 'a', target: 'b', type: 'cooperation' },
    { id: 'ca', source: 'c', target: 'a', type: 'staffed-by' },
  ],
};

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, msg: unknown) => void errors.push(`${level}: ${String(msg)}`),
  }).parseFromString(svg, 'image/svg+xml');
  return { doc, errors };
}

const byClass = (doc: Document, tag: string, cls: string) =>
  Array.from(doc.getElementsByTagName(tag)).filter((g) => g.getAttribute('class') === cls);

describe('toSvg', () => {
  it('is well-formed SVG with one group per node and one path per edge', () => {
    const { doc, errors } = parse(toSvg(scene));
    expect(errors).toEqual([]);
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(byClass(doc, 'g', 'node').map((g) => g.getAttribute('data-id'))).toEqual(['a', 'b', 'c']);
    expect(byClass(doc, 'g', 'edge')).toHaveLength(3);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Test <view>');
    expect(doc.getElementsByTagName('text')[0]!.textContent).toBe('Säpo & co');
  });

  it('draws each type in its own shape and colour, faded and emphasised as shown', () => {
    const { doc } = parse(toSvg(scene));
    const [a, b, c] = byClass(doc, 'g', 'node');
    const shape = (g: Element) => g.getElementsByTagName('path')[0]!;
    expect(shape(a!).getAttribute('fill')).toBe(NODE_APPEARANCE.agency.color);
    expect(shape(b!).getAttribute('fill')).toBe(NODE_APPEARANCE['international-organisation'].color);
    expect(shape(b!).getAttribute('d')).toContain(' A '); // an ellipse is drawn with arcs
    expect(b!.getAttribute('opacity')).toBe('0.15');
    const star = shape(c!);
    expect(star.getAttribute('d')!.match(/[ML]/g)).toHaveLength(10); // five points, five inner corners
    expect(star.getAttribute('stroke-width')).toBe('4');
    expect(a!.hasAttribute('opacity')).toBe(false);
  });

  it('bows parallel edges apart, gives directed edges an arrow and dotted types a dash', () => {
    const { doc } = parse(toSvg(scene));
    const line = (id: string) =>
      byClass(doc, 'g', 'edge')
        .find((g) => g.getAttribute('data-id') === id)!
        .getElementsByTagName('path');
    expect(line('ab')[0]!.getAttribute('d')).toContain('Q');
    expect(line('ab2')[0]!.getAttribute('d')).toContain('Q');
    expect(line('ca')[0]!.getAttribute('d')).not.toContain('Q');
    expect(line('ca')[0]!.getAttribute('marker-end')).toBe('url(#arrow-staffed-by)');
    expect(doc.getElementsByTagName('marker')).toHaveLength(1);
    expect(line('ab')[0]!.getAttribute('stroke-dasharray')).toBe('1.5 3');
    // cooperation is a double line: a white line inside a coloured one
    expect(Array.from(line('ab2')).map((p) => p.getAttribute('stroke'))).toEqual([
      EDGE_APPEARANCE.cooperation.color,
      '#ffffff',
    ]);
  });

  it('draws every node shape of the stylesheet', () => {
    const nodes = NODE_TYPE_IDS.map((type, i) => ({
      id: type,
      x: i * 50,
      y: 0,
      width: 30,
      height: 30,
      type,
      label: type,
    }));
    const { doc, errors } = parse(toSvg({ title: 't', nodes, edges: [] }));
    expect(errors).toEqual([]);
    for (const g of byClass(doc, 'g', 'node')) expect(g.childNodes.length).toBe(2); // shape + label
  });

  it('adds a legend on request, widening the picture', () => {
    const plain = parse(toSvg(scene)).doc.documentElement;
    const withLegend = parse(
      toSvg({
        ...scene,
        legend: {
          heading: 'Key',
          nodeTypes: [{ type: 'agency', label: 'Swedish agency' }],
          edgeTypes: [{ type: 'funds', label: 'funds' }],
        },
      }),
    ).doc;
    expect(Number(withLegend.documentElement.getAttribute('width'))).toBeGreaterThan(
      Number(plain.getAttribute('width')),
    );
    expect(byClass(withLegend, 'g', 'legend')[0]!.textContent).toContain('Swedish agency');
  });

  it('wraps long labels at spaces, as the graph does', () => {
    expect(wrapLabel('Nationellt centrum för terrorhotbedömning')).toEqual([
      'Nationellt centrum',
      'för',
      'terrorhotbedömning',
    ]);
    expect(wrapLabel('NCT')).toEqual(['NCT']);
    const { doc } = parse(
      toSvg({
        title: 't',
        nodes: [{ ...scene.nodes[0]!, label: 'Nationellt centrum för terrorhotbedömning' }],
        edges: [],
      }),
    );
    expect(doc.getElementsByTagName('tspan')).toHaveLength(3);
  });

  it('draws a highlighted path over a yellow halo', () => {
    const { doc } = parse(
      toSvg({
        ...scene,
        nodes: scene.nodes.map((n) => ({ ...n, halo: n.id !== 'b' })),
        edges: [{ ...scene.edges[2]!, halo: true }],
      }),
    );
    const [a, b] = byClass(doc, 'g', 'node');
    expect(a!.getElementsByTagName('path')).toHaveLength(2);
    expect(a!.getElementsByTagName('path')[0]!.getAttribute('fill')).toBe('#FFD84D');
    expect(b!.getElementsByTagName('path')).toHaveLength(1);
    const edge = byClass(doc, 'g', 'edge')[0]!.getElementsByTagName('path');
    expect(edge[0]!.getAttribute('stroke')).toBe('#FFD84D');
    expect(edge[1]!.getAttribute('marker-end')).toBe('url(#arrow-staffed-by)');
  });
});
