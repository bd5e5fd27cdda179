import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { GEXF_NS, GEXF_VIZ_NS, rgb, toGexf } from '../../../../src/graph/export';
import { NODE_APPEARANCE } from '../../../../src/graph/appearance';
import { fixture } from '../../../fixtures/datasets';
import { strictParse } from '../../../helpers/xmlCheck';

const ds = fixture();
const positions = new Map([['nct', { x: 10, y: 20 }]]);
const xml = toGexf(ds, 'sv', { positions });
const doc = strictParse(xml);
const all = (tag: string, root: Document | Element = doc) => Array.from(root.getElementsByTagName(tag));
const elements = (el: Element) => Array.from(el.childNodes).filter((c): c is Element => c.nodeType === 1);
const nodeEl = (id: string) => all('node').find((n) => n.getAttribute('id') === id)!;
const edgeEl = (id: string) => all('edge').find((e) => e.getAttribute('id') === id)!;

describe('GEXF 1.3', () => {
  it('has the structure the 1.3 schema asks for: meta, then graph with attributes, nodes, edges', () => {
    const root = doc.documentElement;
    expect([root.namespaceURI, root.getAttribute('version')]).toEqual([GEXF_NS, '1.3']);
    expect(elements(root).map((e) => e.tagName)).toEqual(['meta', 'graph']);
    expect(all('meta')[0]!.hasAttribute('lastmodifieddate')).toBe(false); // the fixture has no date
    const dated = strictParse(toGexf({ ...ds, meta: { ...ds.meta, updated: '2026-11-22' } }, 'sv'));
    expect(dated.getElementsByTagName('meta')[0]!.getAttribute('lastmodifieddate')).toBe('2026-11-22');
    const graph = all('graph')[0]!;
    expect(elements(graph).map((e) => e.tagName)).toEqual(['attributes', 'attributes', 'nodes', 'edges']);
    // the schema knows directed, undirected and mutual; networkx only one kind per graph
    expect(graph.getAttribute('defaultedgetype')).toBe('directed');
    for (const e of all('edge')) {
      expect(e.hasAttribute('type')).toBe(false);
      for (const a of ['id', 'source', 'target']) expect(e.getAttribute(a), a).toBeTruthy();
    }
    for (const n of all('node')) expect(n.getAttribute('id')).toBeTruthy();
  });

  it('declares every attribute before use, with GEXF types, and fills only declared ones', () => {
    const declared = new Map<string, string>();
    for (const block of all('attributes')) {
      const cls = block.getAttribute('class')!;
      expect(['node', 'edge']).toContain(cls);
      for (const a of all('attribute', block)) {
        expect(['string', 'integer', 'double', 'boolean']).toContain(a.getAttribute('type'));
        expect(a.getAttribute('title')).toBeTruthy();
        declared.set(`${cls}:${a.getAttribute('id')}`, a.getAttribute('type')!);
      }
    }
    expect(declared.get('node:founded')).toBe('integer');
    expect(declared.get('edge:directed')).toBe('boolean');
    for (const cls of ['node', 'edge'] as const)
      for (const el of all(cls))
        for (const v of all('attvalue', el))
          expect(declared.has(`${cls}:${v.getAttribute('for')}`)).toBe(true);
  });

  it('writes colours as r, g, b (what networkx reads), positions with y up, and a size', () => {
    expect(xml).not.toMatch(/hex=/);
    const nct = nodeEl('nct');
    const color = nct.getElementsByTagNameNS(GEXF_VIZ_NS, 'color')[0]!;
    expect(['r', 'g', 'b'].map((c) => Number(color.getAttribute(c)))).toEqual(
      Object.values(rgb(NODE_APPEARANCE['joint-body'].color)),
    );
    expect(rgb('#0072B2')).toEqual({ r: 0, g: 114, b: 178 });
    const p = nct.getElementsByTagNameNS(GEXF_VIZ_NS, 'position')[0]!;
    expect([p.getAttribute('x'), p.getAttribute('y'), p.getAttribute('z')]).toEqual(['10', '-20', '0']);
    expect(nodeEl('fra').getElementsByTagNameNS(GEXF_VIZ_NS, 'position')).toHaveLength(0);
  });

  it('carries both languages, aliases, evidence with its sources, and the relationship’s own direction', () => {
    const values = (el: Element) =>
      Object.fromEntries(all('attvalue', el).map((v) => [v.getAttribute('for'), v.getAttribute('value')]));
    expect(values(nodeEl('sakerhetspolisen'))).toMatchObject({
      label_en: 'Swedish Security Service',
      short_sv: 'Säpo',
      founded: '1989',
    });
    expect(values(nodeEl('polismyndigheten')).aliases).toBe('Polisen');
    const e = values(edgeEl('polis-sapo'));
    expect(e).toMatchObject({ directed: 'false', evidence_sources: 'src-a; src-b', since: '2015' });
    expect(e.evidence!.split('\n')).toHaveLength(2); // the line break survives in an attribute
    expect(e.evidence_citations).toContain('[src-a] Källa A, Regeringen');
    expect(values(edgeEl('nct-sapo')).directed).toBe('true');
  });

  it('reads back in graphology with the same counts, labels, positions and evidence', () => {
    const g = parseGexf(Graph, xml);
    expect([g.order, g.size]).toEqual([ds.nodes.length, ds.edges.length]);
    expect(g.getNodeAttribute('sakerhetspolisen', 'label')).toBe('Säkerhetspolisen');
    expect(g.getNodeAttribute('nct', 'x')).toBe(10);
    expect(g.source('nct-sapo')).toBe('nct');
    expect(g.getEdgeAttribute('polis-sapo', 'evidence_sources')).toBe('src-a; src-b');
    const undirected = parseGexf(Graph, toGexf(ds, 'sv', { direction: 'undirected' }));
    expect(undirected.type).toBe('undirected');
  });

  it('keeps every forbidden character in a label from breaking the file', () => {
    const tricky = fixture();
    tricky.nodes[0]!.label.sv = `Polis${Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')}\uD800`;
    expect(() => strictParse(toGexf(tricky, 'sv'))).not.toThrow();
  });
});
