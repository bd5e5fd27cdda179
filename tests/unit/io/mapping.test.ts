import { describe, expect, it } from 'vitest';
import { checked, text, xml } from './helpers';
import { applyMapping, guessMapping, readImport, type InputFile } from '../../../src/io';
import type { Dataset } from '../../../src/data/schema';
import { edgesCsv, nodesCsv, toGexf, toGraphml } from '../../../src/graph/export';

/** A user's dataset with texts in one language only (copied and marked), and own types. */
const mixed = checked({
  meta: { title: { sv: 'Eget', en: 'Own' } },
  sources: [{ id: 'protokoll', title: { sv: 'Protokoll', en: 'Minutes' } }],
  nodes: [
    {
      id: 'polisen',
      type: 'agency',
      level: 'national',
      label: { sv: 'Polisen', en: 'Polisen' },
      description: { sv: 'Sveriges polis.', en: 'Sveriges polis.' },
      untranslated: ['label.en', 'description.en'],
    },
    {
      id: 'europol',
      type: 'international-organisation',
      level: 'european',
      label: { sv: 'Europol', en: 'Europol' },
      untranslated: ['label.sv'],
    },
    {
      id: 'cell-nord',
      type: 'analyst-cell',
      level: 'local',
      label: { sv: 'Cell nord', en: 'North cell' },
      description: { sv: 'Analyserar.', en: 'Analyses.' },
    },
  ],
  edges: [
    {
      id: 'cell-nord-reports-to-polisen',
      source: 'cell-nord',
      target: 'polisen',
      type: 'reports-to',
      description: { sv: 'Reports weekly.', en: 'Reports weekly.' },
      untranslated: ['description.sv'],
    },
    {
      id: 'polisen-europol',
      source: 'polisen',
      target: 'europol',
      type: 'cooperation',
      description: { sv: 'Samarbetar.', en: 'Cooperates.' },
      evidence: [
        {
          source: 'protokoll',
          quote: 'Polisen samarbetar med Europol; se bilaga 2.',
          translation: { en: 'The police cooperate with Europol; see appendix 2.' },
          support: 'implied',
        },
      ],
    },
  ],
  types: {
    nodes: [
      {
        id: 'analyst-cell',
        label: { sv: 'Analyscell', en: 'Analyst cell' },
        color: '#aa3377',
        shape: 'heptagon',
        untranslated: ['label.en'],
      },
    ],
    edges: [
      {
        id: 'reports-to',
        label: { sv: 'Reports to', en: 'Reports to' },
        color: '#ee7733',
        directed: true,
        untranslated: ['label.sv', 'label.en'],
      },
    ],
  },
});

/** Every name given in Swedish only: no English name anywhere in the file. */
const swedishOnly = checked({
  meta: { title: { sv: 'Svenskt', en: 'Svenskt' } },
  sources: [],
  nodes: ['Polisen', 'Tullverket'].map((name) => ({
    id: name.toLowerCase(),
    type: 'agency',
    level: 'national',
    label: { sv: name, en: name },
    untranslated: ['label.en'],
  })),
  edges: [{ id: 'polisen-tullverket', source: 'polisen', target: 'tullverket', type: 'cooperation' }],
});

const FORMATS = [
  ['GraphML', (ds: Dataset, lang: 'sv' | 'en') => [text('again.graphml', toGraphml(ds, lang))]],
  ['GEXF', (ds: Dataset, lang: 'sv' | 'en') => [text('again.gexf', toGexf(ds, lang))]],
  [
    'CSV',
    (ds: Dataset, lang: 'sv' | 'en') => [
      text('nodes.csv', nodesCsv(ds, { lang })),
      text('edges.csv', edgesCsv(ds, { lang })),
    ],
  ],
] as const;

/** The files read back and mapped with the defaults the headers give. */
async function again(files: InputFile[], lang: 'sv' | 'en'): Promise<Dataset> {
  const read = await readImport(files, { xml });
  if (read.kind !== 'tables') throw new Error(`not tables: ${JSON.stringify(read.report)}`);
  const result = applyMapping(read.raw, guessMapping(read.raw, lang));
  if (!result.ok) throw new Error(JSON.stringify(result.report));
  return result.dataset;
}

const texts = (ds: Dataset) => ({
  nodes: ds.nodes.map((n) => [n.id, n.label, n.description, n.untranslated ?? []]),
  edges: ds.edges.map((e) => [e.id, e.description, e.untranslated ?? [], e.evidence]),
});
const typeMarks = (ds: Dataset) => ({
  nodes: ds.types?.nodes?.map((t) => [t.id, t.label, t.untranslated ?? []]),
  edges: ds.types?.edges?.map((t) => [t.id, t.label, t.untranslated ?? []]),
});

describe('untranslated marks survive export and re-import', () => {
  for (const [format, files] of FORMATS) {
    for (const lang of ['sv', 'en'] as const) {
      it(`in ${format} written in ${lang}: texts given in one language stay marked, nothing is filled in; evidence whole`, async () => {
        const read = await again(files(mixed, lang), lang);
        expect(texts(read)).toEqual(texts(mixed));
        expect(typeMarks(read)).toEqual(typeMarks(mixed));
      });
    }

    it(`in ${format}: a file with no English name at all keeps every English name marked`, async () => {
      const read = await again(files(swedishOnly, 'en'), 'en');
      expect(read.nodes.map((n) => [n.id, n.label, n.untranslated])).toEqual(
        swedishOnly.nodes.map((n) => [n.id, n.label, ['label.en']]),
      );
    });
  }

  it('writes an untranslated text as absent, and which type names are the file’s word', () => {
    const csv = nodesCsv(mixed, { lang: 'en' })
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = csv[0]!.split(',');
    const row = (id: string) => {
      const cells = csv.find((l) => l.startsWith(`${id},`))!.split(',');
      return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    };
    expect(row('polisen')).toMatchObject({ label_sv: 'Polisen', label_en: '', description_en: '' });
    expect(row('europol')).toMatchObject({ label_sv: '', label_en: 'Europol' });
    expect(row('cell-nord')).toMatchObject({
      type_sv: 'Analyscell',
      type_en: 'Analyst cell',
      type_untranslated: 'en',
    });
    expect(row('polisen').type_untranslated).toBe('');
  });
});
