import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { toGraphml } from '../../../../src/graph/export';
import { EDGE_TYPES, type EdgeType } from '../../../../src/data/vocabulary';
import { fixture } from '../../../fixtures/datasets';
import { strictParse } from '../../../helpers/xmlCheck';

const ds = fixture();
const positions = new Map([['nct', { x: 10.5, y: -20 }]]);
const doc = strictParse(toGraphml(ds, 'en', { positions }));
const all = (tag: string, root: Document | Element = doc) => Array.from(root.getElementsByTagName(tag));
const keys = new Map(all('key').map((k) => [k.getAttribute('id')!, k]));
const dataOf = (el: Element) =>
  Object.fromEntries(
    all('data', el).map((d) => [keys.get(d.getAttribute('key')!)!.getAttribute('attr.name'), d.textContent]),
  );
const nodeEl = (id: string) => all('node').find((n) => n.getAttribute('id') === id)!;
const edgeEl = (id: string) => all('edge').find((e) => e.getAttribute('id') === id)!;

describe('GraphML', () => {
  it('declares every key it uses, once, with a type the readers know, before the graph', () => {
    const used = new Set(all('data').map((d) => d.getAttribute('key')!));
    for (const k of used) expect(keys.has(k), k).toBe(true);
    expect(keys.size).toBe(all('key').length);
    for (const k of keys.values()) {
      expect(['string', 'int', 'double', 'boolean']).toContain(k.getAttribute('attr.type'));
      expect(['node', 'edge', 'graph']).toContain(k.getAttribute('for'));
    }
    const types = Object.fromEntries(
      [...keys.values()].map((k) => [
        `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`,
        k.getAttribute('attr.type'),
      ]),
    );
    expect(types).toMatchObject({
      'node:founded': 'int',
      'node:x': 'double',
      'node:y': 'double',
      'edge:directed': 'boolean',
      'edge:since': 'int',
      'edge:edge_id': 'string',
    });
    const children = Array.from(doc.documentElement.childNodes).filter((c) => c.nodeType === 1);
    expect(children.map((c) => (c as Element).tagName).lastIndexOf('key')).toBeLessThan(
      children.findIndex((c) => (c as Element).tagName === 'graph'),
    );
  });

  it('has one edgedefault and no per-edge direction (networkx refuses a mix); the type keeps its own', () => {
    const graph = all('graph')[0]!;
    expect(graph.getAttribute('edgedefault')).toBe('directed');
    for (const e of all('edge')) expect(e.hasAttribute('directed')).toBe(false);
    expect(dataOf(edgeEl('polis-sapo')).directed).toBe('false'); // an undirected type
    expect(dataOf(edgeEl('nct-sapo')).directed).toBe('true');
    const undirected = strictParse(toGraphml(ds, 'en', { direction: 'undirected' }));
    expect(undirected.getElementsByTagName('graph')[0]!.getAttribute('edgedefault')).toBe('undirected');
  });

  it('keeps edge ids as data (igraph), and carries both languages, aliases, evidence and positions', () => {
    const e = dataOf(edgeEl('polis-sapo'));
    expect(e.edge_id).toBe('polis-sapo');
    expect(e.relationship_sv).toBe(
      EDGE_TYPES[ds.edges.find((x) => x.id === 'polis-sapo')!.type as EdgeType].sv,
    );
    expect(e.description_en).toBe('polismyndigheten and sakerhetspolisen.');
    expect(e.evidence_sources).toBe('src-a; src-b');
    expect(e.evidence).toContain('[src-b] A quote long enough');
    expect(e.evidence).toContain('\n'); // one quote a line, the line break kept
    expect(JSON.parse(e.evidence_json!)).toEqual(ds.edges.find((x) => x.id === 'polis-sapo')!.evidence);
    expect(e.evidence_citations).toContain('[src-b] Source B, Europol');
    const sapo = dataOf(nodeEl('sakerhetspolisen'));
    expect(sapo).toMatchObject({
      label: 'Swedish Security Service',
      label_sv: 'Säkerhetspolisen',
      short_sv: 'Säpo',
      founded: '1989',
    });
    expect(dataOf(nodeEl('polismyndigheten')).aliases).toBe('Polisen');
    expect(dataOf(nodeEl('nct'))).toMatchObject({ x: '10.5', y: '-20' });
    expect(dataOf(nodeEl('polismyndigheten')).x).toBeUndefined(); // no position given: no key
    const graphData = Object.fromEntries(
      all('data', all('graph')[0]!)
        .filter((d) => d.parentNode === all('graph')[0])
        .map((d) => [d.getAttribute('key'), d.textContent]),
    );
    expect(JSON.parse(graphData.g_sources_json!)).toEqual(ds.sources);
  });

  it('reads back in graphology with the same counts, ids, directions and positions', () => {
    const g = parseGraphml(Graph, toGraphml(ds, 'sv', { positions }));
    expect([g.order, g.size]).toEqual([ds.nodes.length, ds.edges.length]);
    expect(g.getNodeAttribute('nct', 'x')).toBe(10.5);
    expect(g.getNodeAttribute('sakerhetspolisen', 'label')).toBe('Säkerhetspolisen');
    expect(g.source('nct-sapo')).toBe('nct');
    expect(g.getEdgeAttribute('polis-sapo', 'directed')).toBe(false);
  });

  it('keeps markup and forbidden characters in labels from breaking the file', () => {
    const tricky = fixture();
    tricky.nodes[0]!.label.en = 'Police <&> "Authority"\u0001\uFFFF';
    const parsed = strictParse(toGraphml(tricky, 'en'));
    const label = Array.from(parsed.getElementsByTagName('data')).find(
      (d) => d.getAttribute('key') === 'n_label',
    );
    expect(label!.textContent).toBe('Police <&> "Authority"\uFFFD\uFFFD');
  });
});
