import { describe, expect, it } from 'vitest';
import { checked, text, xml } from './helpers';
import { applyMapping, guessMapping, readImport, type InputFile, type ReportItem } from '../../../src/io';
import { isSourcesTable, sourceFrom, sourcesFromJson, sourcesFromTable } from '../../../src/io/sources';
import type { Dataset } from '../../../src/data/schema';
import { loadBuiltinProse } from '../../../src/data/builtin';
import {
  edgesCsv,
  nodesCsv,
  sourcesCsv,
  subgraphDataset,
  toGexf,
  toGraphml,
} from '../../../src/graph/export';

/** Two sources described in full, one cited by a node and one by an edge, one in each language. */
const cited = checked({
  meta: { title: { sv: 'Eget', en: 'Own' } },
  sources: [
    {
      id: 'protokoll',
      title: { sv: 'Protokoll från styrgruppen', en: 'Minutes of the steering group' },
      publisher: 'Polismyndigheten',
      language: 'sv',
      kind: 'authority',
      date: '2024-03-21',
      url: 'https://polisen.se/protokoll',
    },
    {
      id: 'europol-report',
      title: { sv: 'Europols årsrapport', en: 'Europol annual report' },
      language: 'en',
      file: 'europol.txt',
    },
  ],
  nodes: [
    {
      id: 'polisen',
      type: 'agency',
      level: 'national',
      label: { sv: 'Polisen', en: 'Swedish Police' },
      evidence: [{ source: 'protokoll', quote: 'Polisen leder styrgruppens arbete.' }],
    },
    {
      id: 'europol',
      type: 'international-organisation',
      level: 'european',
      label: { sv: 'Europol', en: 'Europol' },
    },
  ],
  edges: [
    {
      id: 'polisen-europol',
      source: 'polisen',
      target: 'europol',
      type: 'cooperation',
      evidence: [{ source: 'europol-report', quote: 'Sweden works closely with Europol on serious crime.' }],
    },
  ],
});

const byId = (ds: Dataset) => [...ds.sources].sort((a, b) => a.id.localeCompare(b.id));

async function again(files: InputFile[], lang: 'sv' | 'en') {
  const read = await readImport(files, { xml });
  if (read.kind !== 'tables') throw new Error(`not tables: ${JSON.stringify(read.report)}`);
  const result = applyMapping(read.raw, guessMapping(read.raw, lang));
  if (!result.ok) throw new Error(JSON.stringify(result.report));
  return { dataset: result.dataset, report: read.report };
}

const FORMATS = [
  ['GraphML', (ds: Dataset, lang: 'sv' | 'en') => [text('again.graphml', toGraphml(ds, lang))]],
  ['GEXF', (ds: Dataset, lang: 'sv' | 'en') => [text('again.gexf', toGexf(ds, lang))]],
  [
    'CSV with sources.csv',
    (ds: Dataset, lang: 'sv' | 'en') => [
      text('sources.csv', sourcesCsv(ds, { lang })),
      text('nodes.csv', nodesCsv(ds, { lang })),
      text('edges.csv', edgesCsv(ds, { lang })),
    ],
  ],
  [
    'CSV with sources.csv in Swedish Excel’s dialect',
    (ds: Dataset, lang: 'sv' | 'en') => [
      text('nodes.csv', nodesCsv(ds, { lang, dialect: 'excel-sv' })),
      text('edges.csv', edgesCsv(ds, { lang, dialect: 'excel-sv' })),
      text('sources.csv', sourcesCsv(ds, { lang, dialect: 'excel-sv' })),
    ],
  ],
] as const;

describe('sources survive export and re-import', () => {
  for (const [format, files] of FORMATS)
    for (const lang of ['sv', 'en'] as const)
      it(`in ${format} written in ${lang}: every cited source whole, and the import says so`, async () => {
        const { dataset, report } = await again(files(cited, lang), lang);
        expect(byId(dataset)).toEqual(byId(cited));
        expect(dataset.edges[0]!.evidence[0]!.source).toBe('europol-report');
        expect(report.filter((r) => r.code === 'sources-read').map((r) => r.count)).toEqual([2]);
        expect(report.filter((r) => r.level !== 'info')).toEqual([]);
      });

  it('the built-in network’s sources come back whole through each format', async () => {
    const all = checked(await loadBuiltinProse());
    const shown = subgraphDataset(all, {
      nodes: new Set(all.nodes.map((n) => n.id)),
      edges: new Set(all.edges.map((e) => e.id)),
    });
    for (const [, files] of FORMATS) {
      const { dataset } = await again(files(shown, 'en'), 'en');
      expect(byId(dataset)).toEqual(byId(shown));
    }
  });
});

describe('reading source records', () => {
  it('repairs what it can: a field not in the format’s form is left out, a record without an id dropped', () => {
    expect(
      sourceFrom({ id: 'a', title_sv: 'Rapport', date: '21 mars', url: 'ftp//x', language: 'sv' }),
    ).toEqual({
      source: { id: 'a', title: { sv: 'Rapport', en: 'Rapport' }, language: 'sv' },
      repaired: true,
    });
    expect(sourceFrom({ id: 'Not An Id', title_sv: 'x' })).toBeNull();
    expect(sourceFrom({ id: 'b', title: { sv: 'B', en: 'Bee' } })).toEqual({
      source: { id: 'b', title: { sv: 'B', en: 'Bee' } },
      repaired: false,
    });
    expect(sourcesFromJson('not json')).toEqual({ sources: [], repaired: 1 });
    expect(sourcesFromJson('[{"id":"c","title":{"sv":"C","en":"C"}},{"title":"no id"}]')).toEqual({
      sources: [{ id: 'c', title: { sv: 'C', en: 'C' } }],
      repaired: 1,
    });
  });

  it('tells a list of sources by its header and reports the rows it repaired or left out', () => {
    const table = {
      file: 'sources.csv',
      columns: ['id', 'title_sv', 'title_en', 'date'],
      unit: 'row' as const,
      rows: [
        { at: 2, values: { id: 'a', title_sv: 'A', title_en: 'A', date: '2024-01-01' } },
        { at: 3, values: { id: 'b', title_sv: 'B', title_en: 'B', date: 'igår' } },
        { at: 4, values: { id: '', title_sv: 'C', title_en: 'C', date: '' } },
        { at: 5, values: { id: 'a', title_sv: 'A igen', title_en: 'A again', date: '' } },
      ],
    };
    expect(isSourcesTable(table)).toBe(true);
    expect(isSourcesTable({ ...table, columns: ['id', 'label', 'type'] })).toBe(false);
    const report: ReportItem[] = [];
    expect(sourcesFromTable(table, report).map((s) => [s.id, s.date])).toEqual([
      ['a', '2024-01-01'],
      ['b', undefined],
    ]);
    expect(report).toEqual([
      { level: 'warning', code: 'bad-source', file: 'sources.csv', unit: 'row', at: [3, 4, 5], count: 3 },
      { level: 'info', code: 'sources-read', file: 'sources.csv', count: 2 },
    ]);
  });

  it('reads sources.csv beside the relationships alone, and refuses it without them', async () => {
    const { dataset } = await again(
      [
        text('edges.csv', edgesCsv(cited, { lang: 'en' })),
        text('sources.csv', sourcesCsv(cited, { lang: 'en' })),
      ],
      'en',
    );
    expect(dataset.sources.find((s) => s.id === 'europol-report')?.title.en).toBe('Europol annual report');
    const refused = await readImport(
      [
        text('nodes.csv', nodesCsv(cited, { lang: 'en' })),
        text('sources.csv', sourcesCsv(cited, { lang: 'en' })),
      ],
      { xml },
    );
    expect(refused.report.map((r) => r.code)).toEqual(['sources-only']);
  });
});
