import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORT_GROUPS, formatsIn } from '../../../../src/graph/export';
import { resources } from '../../../../src/i18n/resources';
import { fixture } from '../../../fixtures/datasets';

const lookup = (lang: 'en' | 'sv', key: string) =>
  key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources[lang].translation);

describe('export registry', () => {
  it('gives every format a distinct id and file name, a MIME type and a label in both languages', () => {
    expect(new Set(EXPORT_FORMATS.map((f) => f.id)).size).toBe(EXPORT_FORMATS.length);
    expect(new Set(EXPORT_FORMATS.map((f) => f.file)).size).toBe(EXPORT_FORMATS.length);
    for (const f of EXPORT_FORMATS) {
      expect(f.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      for (const lang of ['en', 'sv'] as const)
        expect(typeof lookup(lang, f.labelKey), `${lang} ${f.labelKey}`).toBe('string');
    }
    for (const g of EXPORT_GROUPS)
      for (const lang of ['en', 'sv'] as const) expect(typeof lookup(lang, g.labelKey)).toBe('string');
  });

  it('puts every format in a group the panel shows, and has the formats the tools need', () => {
    expect(EXPORT_GROUPS.flatMap((g) => formatsIn(g.id))).toHaveLength(EXPORT_FORMATS.length);
    expect(EXPORT_FORMATS.map((f) => f.file)).toEqual(
      expect.arrayContaining([
        'samverkan.json',
        'nodes.csv',
        'edges.csv',
        'sources.csv',
        'samverkan.graphml',
        'samverkan.gexf',
        'neo4j-nodes.csv',
        'neo4j-relationships.csv',
        'neo4j-import.cypher',
      ]),
    );
  });

  it('every writer writes the dataset given, in the language given', () => {
    const ds = fixture();
    // what each file holds of the fixture: the sources file its sources, the script its node types
    const marker = (id: string) =>
      ({ 'sources-csv': 'src-b', 'neo4j-cypher': '`Agency`' })[id] ?? 'polismyndigheten';
    for (const f of EXPORT_FORMATS) {
      const sv = f.write(ds, { lang: 'sv', dialect: 'comma', direction: 'directed' });
      expect(sv, f.id).toContain(marker(f.id));
      const empty = f.write(
        { meta: ds.meta, nodes: [], edges: [], sources: [] },
        { lang: 'en', dialect: 'comma', direction: 'directed' },
      );
      expect(empty, f.id).not.toContain(marker(f.id));
    }
  });
});
