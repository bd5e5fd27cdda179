import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { applyMapping, guessMapping, readImport, type InputFile } from '../../../src/io';
import type { XmlImpl } from '../../../src/io/xml';
import { NEW_TYPE, valueCounts } from '../../../src/io/newTypes';
import type { Mapping } from '../../../src/io/types';
import type { Dataset } from '../../../src/data/schema';
import { validateDataset } from '../../../src/data/validate';
import { CUSTOM_NODE_SHAPES } from '../../../src/data/vocabulary';
import { EDGE_APPEARANCE, NODE_APPEARANCE } from '../../../src/graph/appearance';
import { legendEntries } from '../../../src/graph/legend';
import { typeCatalogue } from '../../../src/graph/typeInfo';
import { listGroups } from '../../../src/graph/listing';
import { relationsOf } from '../../../src/graph/relations';
import { filterElements, NO_FILTERS } from '../../../src/graph/filter';
import { edgesCsv, nodesCsv, toGexf, toGraphml, toJson } from '../../../src/graph/export';
import { createStylesheet } from '../../../src/cy/stylesheet';

const dir = path.resolve(__dirname, '../../fixtures/import');
const file = (name: string): InputFile => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(dir, name))),
});
const text = (name: string, body: string): InputFile => ({ name, bytes: new TextEncoder().encode(body) });
const xmldomDocument = Object.getPrototypeOf(
  new DOMParser().parseFromString('<a/>', 'application/xml'),
).constructor;
const xml: XmlImpl = { DOMParser: DOMParser as unknown as XmlImpl['DOMParser'], Document: xmldomDocument };

async function tables(files: InputFile[]) {
  const read = await readImport(files, { xml });
  if (read.kind !== 'tables') throw new Error(`not tables: ${JSON.stringify(read.report)}`);
  return read.raw;
}

/** The own-types fixture with "Analyst cell" kept (in a chosen colour) and "Informant" made one of ours. */
async function ownTypes(): Promise<Dataset> {
  const raw = await tables([file('own-types-nodes.csv'), file('own-types-edges.csv')]);
  const m = guessMapping(raw, 'en');
  const mapping: Mapping = {
    ...m,
    nodeTypes: { ...m.nodeTypes, Informant: 'role' },
    newNodeTypes: {
      ...m.newNodeTypes,
      'Analyst cell': {
        ...m.newNodeTypes['Analyst cell']!,
        color: '#aa3377',
        label: { sv: 'Analyscell', en: 'Analyst cell' },
      },
    },
  };
  const result = applyMapping(raw, mapping);
  if (!result.ok) throw new Error(JSON.stringify(result.report));
  return result.dataset;
}

describe('a file’s own types in the mapping step', () => {
  it('lists each type value with its count, ours matched by name and the rest offered as new types', async () => {
    const raw = await tables([file('own-types-nodes.csv'), file('own-types-edges.csv')]);
    expect([...valueCounts(raw.nodes, 'Type')]).toEqual([
      ['Agency', 1],
      ['Analyst cell', 3],
      ['Informant', 2],
    ]);
    const m = guessMapping(raw, 'en');
    expect(m.nodeTypes).toEqual({ Agency: 'agency', 'Analyst cell': NEW_TYPE, Informant: NEW_TYPE });
    expect(m.edgeTypes).toEqual({ 'part of': 'part-of', 'Reports to': NEW_TYPE });
    const cell = m.newNodeTypes['Analyst cell']!;
    const informant = m.newNodeTypes['Informant']!;
    // distinct defaults, none of them a colour or shape of ours
    expect(cell.color).not.toBe(informant.color);
    expect(cell.shape).not.toBe(informant.shape);
    const ourColours = new Set(Object.values(NODE_APPEARANCE).map((a) => a.color.toLowerCase()));
    const ourShapes = new Set<string>(Object.values(NODE_APPEARANCE).map((a) => a.shape));
    for (const t of [cell, informant]) {
      expect(ourColours.has(t.color)).toBe(false);
      expect(ourShapes.has(t.shape)).toBe(false);
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(cell.label).toEqual({ sv: 'Analyst cell', en: 'Analyst cell' });
    expect(m.newEdgeTypes['Reports to']).toMatchObject({
      directed: true,
      label: { sv: 'Reports to', en: 'Reports to' },
    });
  });

  it('declares the kept type with its colour, shape and names; the mapped one becomes ours', async () => {
    const ds = await ownTypes();
    expect(ds.types?.nodes).toEqual([
      {
        id: 'analyst-cell',
        label: { sv: 'Analyscell', en: 'Analyst cell' },
        color: '#aa3377',
        shape: expect.any(String),
        untranslated: ['label.en'],
      },
    ]);
    expect(CUSTOM_NODE_SHAPES).toContain(ds.types!.nodes![0]!.shape);
    expect(ds.types?.edges).toEqual([
      expect.objectContaining({ id: 'reports-to', directed: true, untranslated: ['label.sv', 'label.en'] }),
    ]);
    const typeOf = Object.fromEntries(ds.nodes.map((n) => [n.id, n.type]));
    expect(typeOf).toEqual({
      polisen: 'agency',
      'cell-nord': 'analyst-cell',
      'cell-syd': 'analyst-cell',
      'cell-vast': 'analyst-cell',
      'tipsare-a': 'role',
      'tipsare-b': 'role',
    });
    expect(validateDataset(ds).ok).toBe(true);
  });

  it('declares nothing when every value is made one of ours', async () => {
    const raw = await tables([file('own-types-nodes.csv'), file('own-types-edges.csv')]);
    const m = guessMapping(raw, 'en');
    const result = applyMapping(raw, {
      ...m,
      nodeTypes: { Agency: 'agency', 'Analyst cell': 'unit', Informant: 'role' },
      edgeTypes: { 'part of': 'part-of', 'Reports to': 'supports' },
    });
    expect(result.ok && result.dataset.types).toBe(undefined);
  });
});

describe('declared types at the boundary', () => {
  const base = (types: unknown, nodeType = 'analyst-cell') => ({
    meta: { title: { sv: 'T', en: 'T' } },
    sources: [],
    nodes: [
      { id: 'a', type: nodeType, level: 'national', label: { sv: 'A', en: 'A' } },
      { id: 'b', type: 'agency', level: 'national', label: { sv: 'B', en: 'B' } },
    ],
    edges: [],
    types,
  });
  const cell = {
    id: 'analyst-cell',
    label: { sv: 'Analyscell', en: 'Analyst cell' },
    color: '#aa3377',
    shape: 'heptagon',
  };
  const codes = (input: unknown) => {
    const r = validateDataset(input);
    return r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`);
  };

  it('accepts a declared type that nodes use', () => {
    expect(codes(base({ nodes: [cell] }))).toEqual([]);
  });

  it('refuses a bad colour, a shape of ours, a repeated id, an id of ours and an undeclared type', () => {
    expect(codes(base({ nodes: [{ ...cell, color: 'red' }] }))).toEqual([
      'types.nodes[0].color schema.colour',
    ]);
    expect(codes(base({ nodes: [{ ...cell, shape: 'ellipse' }] }))).toEqual([
      'types.nodes[0].shape schema.shape',
    ]);
    expect(codes(base({ nodes: [cell, cell] }))).toEqual(['types.nodes[1].id ref.duplicateId']);
    expect(codes(base({ nodes: [{ ...cell, id: 'agency' }] }, 'agency'))).toEqual([
      'types.nodes[0].id ref.ownType',
    ]);
    expect(codes(base(undefined))).toEqual(['nodes[0].type schema.nodeType']);
    const r = validateDataset(base({ nodes: [{ ...cell, id: 'analyst-cel' }] }));
    expect(!r.ok && r.problems[0]!.params?.guess).toBe('analyst-cel');
  });
});

describe('declared types are drawn, listed and filtered as ours are', () => {
  it('gets a style rule, a legend entry after ours, and its own filter value', async () => {
    const ds = await ownTypes();
    const sheet = createStylesheet({ types: ds.types });
    expect(sheet).toContainEqual({
      selector: 'node[type = "analyst-cell"]',
      style: { shape: ds.types!.nodes![0]!.shape, 'background-color': '#aa3377' },
    });
    const rule = sheet.find((r) => 'selector' in r && r.selector === 'edge[type = "reports-to"]') as
      { style: Record<string, unknown> } | undefined;
    expect(rule?.style).toMatchObject({
      'line-color': ds.types!.edges![0]!.color,
      'target-arrow-shape': 'triangle',
    });
    // our own rules are unchanged
    expect(sheet).toContainEqual({
      selector: 'node[type = "agency"]',
      style: { shape: NODE_APPEARANCE.agency.shape, 'background-color': NODE_APPEARANCE.agency.color },
    });
    expect(rule?.style).not.toMatchObject({ 'line-color': EDGE_APPEARANCE['part-of'].color });

    const legend = legendEntries(
      ds.nodes.map((n) => n.type),
      ds.edges.map((e) => e.type),
      ds.types,
    );
    expect(legend.nodes.map((e) => [e.type, e.color, e.label.sv])).toEqual([
      ['agency', NODE_APPEARANCE.agency.color, 'Svensk myndighet'],
      ['role', NODE_APPEARANCE.role.color, 'Roll eller funktion'],
      ['analyst-cell', '#aa3377', 'Analyscell'],
    ]);
    expect(legend.edges.map((e) => e.type)).toEqual(['part-of', 'reports-to']);

    const visible = filterElements(ds, { ...NO_FILTERS, hiddenNodeTypes: ['analyst-cell'] });
    expect([...visible.nodes].sort()).toEqual(['polisen', 'tipsare-a', 'tipsare-b']);
    expect(typeCatalogue(ds.types).node('analyst-cell')).toMatchObject({
      custom: true,
      untranslated: ['en'],
    });

    // the list view groups by it, after ours, under its name; a node's panel names its relationships
    const all = filterElements(ds, NO_FILTERS);
    expect(listGroups(ds, all, 'sv', 'type', 'name').map((g) => [g.label, g.items.length])).toEqual([
      ['Svensk myndighet', 1],
      ['Roll eller funktion', 2],
      ['Analyscell', 3],
    ]);
    // an incoming relationship of a type with no name for its other side is marked, not misread
    expect(relationsOf(ds, 'cell-nord', 'en').map((g) => [g.type, g.direction, g.label, g.reversed])).toEqual(
      [
        ['part-of', 'out', 'part of', false],
        ['reports-to', 'in', 'Reports to', true],
      ],
    );
    expect(relationsOf(ds, 'tipsare-a', 'en').map((g) => [g.label, g.reversed])).toEqual([
      ['Reports to', false],
    ]);
  });
});

describe('declared types survive export and import', () => {
  const sameTypes = (again: Dataset, ds: Dataset) => {
    const node = (d: Dataset) =>
      d.types?.nodes?.map(({ id, color, shape, label }) => ({ id, color, shape, label }));
    const edge = (d: Dataset) =>
      d.types?.edges?.map(({ id, color, line, directed, label }) => ({ id, color, line, directed, label }));
    expect(node(again)).toEqual(node(ds));
    expect(edge(again)).toEqual(edge(ds));
    expect(again.nodes.map((n) => [n.id, n.type])).toEqual(ds.nodes.map((n) => [n.id, n.type]));
  };

  it('in our JSON, whole', async () => {
    const ds = await ownTypes();
    const read = await readImport([text('again.json', toJson(ds))], { xml });
    expect(read.kind === 'dataset' && read.dataset.types).toEqual(ds.types);
  });

  for (const [what, files] of [
    ['GraphML', (ds: Dataset) => [text('again.graphml', toGraphml(ds, 'en'))]],
    ['GEXF', (ds: Dataset) => [text('again.gexf', toGexf(ds, 'en'))]],
    ['CSV', (ds: Dataset) => [text('nodes.csv', nodesCsv(ds)), text('edges.csv', edgesCsv(ds))]],
  ] as const) {
    it(`in ${what}: names, colour and shape from the type columns`, async () => {
      const ds = await ownTypes();
      const raw = await tables(files(ds));
      const result = applyMapping(raw, guessMapping(raw, 'en'));
      if (!result.ok) throw new Error(JSON.stringify(result.report));
      sameTypes(result.dataset, ds);
    });
  }

  it('writes GEXF colours as r/g/b for every node and relationship, ours and declared', async () => {
    const ds = await ownTypes();
    const doc = new DOMParser().parseFromString(toGexf(ds, 'en'), 'application/xml');
    const colour = (id: string) => {
      const el = [
        ...Array.from(doc.getElementsByTagName('node')),
        ...Array.from(doc.getElementsByTagName('edge')),
      ].find((n) => n.getAttribute('id') === id)!;
      const c = el.getElementsByTagName('viz:color')[0]!;
      return ['r', 'g', 'b'].map((k) => Number(c.getAttribute(k)));
    };
    expect(colour('cell-nord')).toEqual([0xaa, 0x33, 0x77]);
    expect(colour('polisen')).toEqual([0x00, 0x72, 0xb2]);
    const reports = ds.edges.find((e) => e.type === 'reports-to')!;
    const hex = ds.types!.edges![0]!.color;
    expect(colour(reports.id)).toEqual([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  });
});
