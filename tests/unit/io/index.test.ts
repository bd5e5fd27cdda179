import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { applyMapping, guessMapping, readImport, type InputFile, type ReadResult } from '../../../src/io';
import type { XmlImpl } from '../../../src/io/xml';
import { sniff } from '../../../src/io/sniff';
import { slugify } from '../../../src/io/ids';

const dir = path.resolve(__dirname, '../../fixtures/import');
const file = (name: string): InputFile => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(dir, name))),
});
const text = (name: string, body: string): InputFile => ({ name, bytes: new TextEncoder().encode(body) });
// xmldom's Document class is the prototype of what its parser returns
const xmldomDocument = Object.getPrototypeOf(
  new DOMParser().parseFromString('<a/>', 'application/xml'),
).constructor;
const xml: XmlImpl = { DOMParser: DOMParser as unknown as XmlImpl['DOMParser'], Document: xmldomDocument };

async function load(files: InputFile[], lang: 'sv' | 'en' = 'sv') {
  const read = await readImport(files, { xml });
  if (read.kind !== 'tables') throw new Error(`not tables: ${JSON.stringify(read.report)}`);
  const mapping = guessMapping(read.raw, lang);
  const mapped = applyMapping(read.raw, mapping);
  if (!mapped.ok) throw new Error(JSON.stringify(mapped.report));
  return { read, mapping, ...mapped, report: [...read.report, ...mapped.report] };
}
const codes = (r: { report: { code: string }[] }) => r.report.map((i) => i.code);
const failed = (r: ReadResult) => (r.kind === 'failed' ? r.report : []);

describe('file kinds', () => {
  it('tells kinds apart by content, whatever the name says', () => {
    const b = (s: string) => new TextEncoder().encode(s);
    expect(sniff('data.json', b('<?xml version="1.0"?><graphml>'))).toEqual({ kind: 'graphml' });
    expect(sniff('x.xml', b('  <gexf version="1.3">'))).toEqual({ kind: 'gexf' });
    expect(sniff('x', b('{"meta":{}}'))).toEqual({ kind: 'json' });
    expect(sniff('edges.txt', b('a;b;c\n1;2;3'))).toEqual({ kind: 'csv' });
    expect(sniff('report.csv', readFileSync(path.join(dir, 'report.pdf')))).toEqual({
      kind: 'other',
      what: 'pdf',
    });
    expect(sniff('page.html', b('<!DOCTYPE html><html>'))).toEqual({ kind: 'other', what: 'html' });
    expect(sniff('workbook.bin', readFileSync(path.join(dir, 'workbook.xlsx')))).toEqual({ kind: 'xlsx' });
  });

  it('refuses a kind it does not read, naming it', async () => {
    expect(failed(await readImport([file('report.pdf')], { xml }))).toEqual([
      { level: 'error', code: 'unknown-kind', file: 'report.pdf', values: { what: 'pdf' } },
    ]);
  });

  it('refuses a file over the size limit and one with too many rows, before mapping', async () => {
    const big: InputFile = { name: 'big.csv', bytes: new Uint8Array(30 * 1024 * 1024) };
    expect(failed(await readImport([big], { xml }))[0]).toMatchObject({
      code: 'too-large',
      file: 'big.csv',
      values: { mb: 30, max: 20 },
    });
    const rows = ['From,To', ...Array.from({ length: 200_000 }, (_, i) => `a${i},b${i}`)].join('\n');
    expect(failed(await readImport([text('many.csv', rows)], { xml }))[0]).toMatchObject({
      code: 'too-many-rows',
      values: { rows: 200_000, max: 100_000 },
    });
  });

  it('makes ids in the format form', () => {
    expect(slugify('Säkerhetspolisen (Säpo)')).toBe('sakerhetspolisen-sapo');
    expect(slugify('Øresund Æ')).toBe('oresund-ae');
    expect(slugify('  ')).toBe('');
  });
});

describe('CSV', () => {
  it('reads a Kumu pair: labels as ids, types matched to ours by name, descriptions in the file language', async () => {
    const r = await load([file('kumu-connections.csv'), file('kumu-elements.csv')]);
    expect(r.read.raw.nodes?.file).toBe('kumu-elements.csv');
    expect(r.mapping.node).toMatchObject({
      id: 'Label',
      labelSv: 'Label',
      labelEn: null,
      type: 'Type',
      descriptionSv: 'Description',
    });
    expect(r.mapping.edge).toMatchObject({ source: 'From', target: 'To', type: 'Type' });
    expect(r.mapping.nodeTypes).toMatchObject({
      Agency: 'agency',
      'International organisation': 'international-organisation',
    });
    expect(r.mapping.edgeTypes).toMatchObject({
      'Operational cooperation': 'operational-cooperation',
      'member of': 'member-of',
    });
    expect(r.dataset.nodes).toHaveLength(5);
    expect(r.dataset.edges).toHaveLength(5);
    const sapo = r.dataset.nodes.find((n) => n.id === 'sakerhetspolisen')!;
    expect(sapo.label).toEqual({ sv: 'Säkerhetspolisen', en: 'Säkerhetspolisen' });
    expect(sapo.untranslated).toEqual(['label.en', 'description.en']);
    expect(r.dataset.nodes.find((n) => n.id === 'interpol')!.description).toBeUndefined();
    // no source or quote in Kumu's file: every relationship says so
    expect(r.dataset.edges.every((e) => e.evidence.length === 0)).toBe(true);
    expect(r.report.find((i) => i.code === 'no-evidence')).toMatchObject({ count: 5, values: { total: 5 } });
    expect(r.positions).toBeNull();
  });

  it('reads a Gephi edges file: its ends become nodes, its Type column is a direction', async () => {
    const r = await load([file('gephi-edges.csv')], 'en');
    expect(r.mapping.edge.type).toBeNull();
    expect(r.read.raw.nodes).toBeNull();
    expect(r.dataset.nodes.map((n) => n.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(r.dataset.edges).toHaveLength(7);
    expect(r.report.find((i) => i.code === 'nodes-from-edges')).toMatchObject({ count: 6 });
  });

  it('leaves out ragged rows, repeated ids and edges to unknown nodes, saying which rows', async () => {
    const ragged = await load([file('ragged.csv')]);
    expect(ragged.report.find((i) => i.code === 'ragged-rows')).toMatchObject({
      file: 'ragged.csv',
      at: [3, 4],
      count: 2,
      values: { columns: 3 },
    });
    expect(ragged.dataset.edges).toHaveLength(2);
    const pair = await load([file('unknown-ends-nodes.csv'), file('unknown-ends-edges.csv')]);
    expect(pair.report.find((i) => i.code === 'duplicate-id')).toMatchObject({
      file: 'unknown-ends-nodes.csv',
      at: [4],
    });
    expect(pair.report.find((i) => i.code === 'unknown-endpoint')).toMatchObject({
      file: 'unknown-ends-edges.csv',
      at: [3, 4],
      count: 2,
    });
    expect(pair.dataset.nodes).toHaveLength(2);
    expect(pair.dataset.edges).toHaveLength(1);
  });

  it('reads Swedish Excel CSV: semicolons and Windows-1252', async () => {
    const body = 'Från;Till;Typ\r\nPolisen;Säpo;samarbete\r\n';
    const bytes = new Uint8Array([...body].map((c) => c.charCodeAt(0)));
    const r = await load([{ name: 'excel.csv', bytes }]);
    expect(r.dataset.nodes.map((n) => n.label.sv)).toEqual(['Polisen', 'Säpo']);
    expect(r.dataset.edges[0]!.type).toBe('cooperation');
  });

  it('keeps sources and quotes as evidence, and reports quotes it cannot use', async () => {
    const csv = [
      'From,To,Type,Källa,Quote',
      'A,B,cooperation,https://polisen.se/om,"Polisen samarbetar med andra myndigheter."',
      'A,C,cooperation,Årsredovisning 2023,',
      'B,C,cooperation,,"Ett citat utan källa, som inte kan användas."',
      'C,D,cooperation,Rapport,kort',
    ].join('\n');
    const r = await load([text('evidence.csv', csv)]);
    const [ab, ac, bc, cd] = r.dataset.edges;
    expect(ab!.evidence).toEqual([
      { source: 'https-polisen-se-om', quote: 'Polisen samarbetar med andra myndigheter.' },
    ]);
    expect(r.dataset.sources.find((s) => s.id === 'https-polisen-se-om')!.url).toBe('https://polisen.se/om');
    // evidence is a quote: a source alone, a quote without a source or one too short is reported
    expect(ac!.evidence).toEqual([]);
    expect(bc!.evidence).toEqual([]);
    expect(cd!.evidence).toEqual([]);
    expect(r.report.find((i) => i.code === 'source-without-quote')).toMatchObject({ at: [3] });
    expect(r.report.find((i) => i.code === 'quote-without-source')).toMatchObject({ at: [4] });
    expect(r.report.find((i) => i.code === 'bad-quote')).toMatchObject({ at: [5] });
  });
});

describe('GraphML and GEXF', () => {
  it('reads networkx GraphML: attributes as columns, spring-layout positions scaled up', async () => {
    const r = await load([file('networkx.graphml')]);
    expect(r.read.raw.nodes!.columns).toEqual(
      expect.arrayContaining(['id', 'label', 'type', 'founded', 'x', 'y']),
    );
    expect(r.mapping.node).toMatchObject({
      id: 'id',
      labelSv: 'label',
      type: 'type',
      year: 'founded',
      x: 'x',
      y: 'y',
    });
    expect(r.mapping.edge).toMatchObject({
      source: 'source',
      target: 'target',
      type: 'relationship',
      evidenceSource: 'reference',
      quote: 'quote',
    });
    expect(r.dataset.nodes).toHaveLength(6);
    expect(r.dataset.edges).toHaveLength(5);
    expect(r.dataset.nodes.find((n) => n.id === 'nct')!.type).toBe('joint-body');
    expect(r.dataset.edges.find((e) => e.source === 'sapo')!.evidence[0]).toMatchObject({
      source: 'sapo-samarbete',
    });
    expect(r.positions?.size).toBe(6);
    const xs = [...r.positions!.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(500);
    expect(codes(r)).toContain('positions-scaled');
  });

  it('reads networkx GEXF: labels, viz positions (y turned down) and a repeated pair kept once per direction', async () => {
    const r = await load([file('networkx.gexf')], 'en');
    expect(r.dataset.nodes).toHaveLength(6);
    expect(r.dataset.edges).toHaveLength(7);
    expect(r.mapping.node.type).toBe('kind');
    expect(r.dataset.nodes.find((n) => n.id === 'nct')!.label).toEqual({
      sv: 'Nationellt centrum för terrorhotbedömning',
      en: 'Nationellt centrum för terrorhotbedömning',
    });
    expect(r.positions!.get('sapo')).toEqual({ x: 40, y: -30 });
  });

  it('reports an edge to a missing node, a repeated node id and XML that is not well-formed', async () => {
    const gml = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
      <node id="a"/><node id="b"/><node id="a"/>
      <edge source="a" target="b"/><edge source="a" target="zz"/></graph></graphml>`;
    const r = await load([text('g.graphml', gml)]);
    expect(r.report.find((i) => i.code === 'duplicate-id')).toMatchObject({ unit: 'element', at: [3] });
    expect(r.report.find((i) => i.code === 'unknown-endpoint')).toMatchObject({ unit: 'element', at: [2] });
    expect(r.dataset.edges).toHaveLength(1);
    const broken = await readImport([text('b.graphml', '<graphml><graph><node id="a"></graph>')], { xml });
    expect(failed(broken)[0]).toMatchObject({ code: 'xml-invalid', file: 'b.graphml' });
  });
});

describe('XLSX', () => {
  it('reads a nodes sheet and an edges sheet, and says which sheets it left', async () => {
    const r = await load([file('workbook.xlsx')]);
    expect(r.read.raw.format).toBe('xlsx');
    expect(r.mapping.node).toMatchObject({
      id: 'Id',
      labelSv: 'Namn',
      labelEn: 'Name',
      type: 'Type',
      level: 'Level',
      year: 'Founded',
    });
    expect(r.dataset.nodes).toHaveLength(4);
    expect(r.dataset.edges).toHaveLength(3);
    expect(r.dataset.nodes.find((n) => n.id === 'polisen')).toMatchObject({
      type: 'agency',
      level: 'national',
      founded: 2015,
      label: { sv: 'Polismyndigheten', en: 'Swedish Police Authority' },
    });
    expect(r.dataset.nodes.find((n) => n.id === 'frontex')!.untranslated).toEqual(['label.en']);
    expect(r.dataset.edges[0]!.evidence[0]).toEqual({
      source: 'polisens-internationella-samarbete',
      quote: 'Polisen har sambandsmän vid Europol i Haag.',
    });
    expect(r.report.find((i) => i.code === 'sheets-ignored')).toMatchObject({
      values: { sheets: 'workbook.xlsx (Notes)' },
    });
  });
});
