import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { validateDataset } from '../../../src/data/validate';
import { visibleElements } from '../../../src/graph/filter';
import {
  csvCell,
  edgesCsv,
  nodesCsv,
  subgraphDataset,
  toGexf,
  toGraphml,
  toJson,
  xmlEscape,
} from '../../../src/graph/export';
import { ALL_FILTERS_OFF as F, fixture } from './fixture';
import { parseCsv } from './csv';

const ds = fixture();
const focusVisible = visibleElements(ds, F, { id: 'nct', depth: 1, direction: 'all' });
const sub = subgraphDataset(ds, focusVisible);

describe('JSON subgraph', () => {
  it('holds the visible nodes and edges and exactly the sources they cite, and is valid', () => {
    expect(sub.nodes.map((n) => n.id)).toEqual(['sakerhetspolisen', 'nct', 'fra']);
    expect(sub.edges.map((e) => e.id)).toEqual(['nct-sapo', 'nct-fra']);
    expect(sub.sources.map((s) => s.id)).toEqual(['src-a']);
    expect(sub.glossary).toEqual([]); // both entries name nodes left out
    const again = validateDataset(JSON.parse(toJson(sub)));
    expect(again.ok ? 'valid' : again.problems).toBe('valid');
  });

  it('the whole dataset round-trips', () => {
    const all = subgraphDataset(ds, visibleElements(ds, F));
    expect(JSON.parse(toJson(all))).toEqual(ds);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(2009)).toBe('2009');
  });

  it('nodes.csv and edges.csv have a header and one row per element, evidence included', () => {
    const nodes = parseCsv(nodesCsv(sub));
    expect(nodes).toHaveLength(1 + sub.nodes.length);
    expect(nodes[0]![0]).toBe('id');
    expect(nodes[1]).toContain('Säkerhetspolisen');
    const edges = parseCsv(edgesCsv(ds));
    expect(edges).toHaveLength(1 + ds.edges.length);
    const header = edges[0]!;
    const polisSapo = edges.find((r) => r[0] === 'polis-sapo')!;
    expect(polisSapo[header.indexOf('evidence_sources')]).toBe('src-a; src-b');
    expect(polisSapo[header.indexOf('evidence')]).toContain('[src-b] A quote long enough');
    expect(polisSapo[header.indexOf('directed')]).toBe('false');
    expect(polisSapo[header.indexOf('since')]).toBe('2015');
  });
});

describe('GEXF', () => {
  it('parses back with the same nodes, edges, labels and directions', () => {
    const xml = toGexf(ds, 'sv', new Map([['nct', { x: 10, y: 20 }]]));
    const g = parseGexf(Graph, xml);
    expect(g.order).toBe(ds.nodes.length);
    expect(g.size).toBe(ds.edges.length);
    expect(g.getNodeAttribute('sakerhetspolisen', 'label')).toBe('Säkerhetspolisen');
    expect(g.getNodeAttribute('nct', 'x')).toBe(10);
    expect(g.isDirected('nct-sapo')).toBe(true);
    expect(g.source('nct-sapo')).toBe('nct');
    expect(g.getEdgeAttribute('polis-sapo', 'evidence_sources')).toBe('src-a; src-b');
    expect(g.isUndirected('polis-sapo')).toBe(true);
  });
});

describe('GraphML', () => {
  it('is well-formed XML with one node and edge element each, typed keys and data', () => {
    const xml = toGraphml(sub, 'en');
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level: string, msg: unknown) => void errors.push(`${level}: ${String(msg)}`),
    }).parseFromString(xml, 'application/xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('node')).toHaveLength(3);
    expect(doc.getElementsByTagName('edge')).toHaveLength(2);
    const edge = doc.getElementsByTagName('edge')[0]!;
    expect([edge.getAttribute('source'), edge.getAttribute('target'), edge.getAttribute('directed')]).toEqual(
      ['nct', 'sakerhetspolisen', 'true'],
    );
    const keys = Array.from(doc.getElementsByTagName('key')).map(
      (k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`,
    );
    expect(keys).toContain('node:founded:int');
    const labels = Array.from(doc.getElementsByTagName('data'))
      .filter((d) => d.getAttribute('key') === 'n_label')
      .map((d) => d.textContent);
    expect(labels).toEqual([
      'Swedish Security Service',
      'National Centre for Terrorist Threat Assessment',
      'National Defence Radio Establishment',
    ]);
  });

  it('escapes markup in text', () => {
    expect(xmlEscape('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    const tricky = fixture();
    tricky.nodes[0]!.label.en = 'Police <&> "Authority"';
    const doc = new DOMParser().parseFromString(toGraphml(tricky, 'en'), 'application/xml');
    expect(doc.getElementsByTagName('data')[0]!.textContent).toBe('Police <&> "Authority"');
  });
});
