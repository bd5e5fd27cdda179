import { describe, expect, it } from 'vitest';
import { degreeOf, indexDataset, readEdge, relationsOf } from '../../../src/graph/relations';
import { FIXTURE } from '../../fixtures/datasets';

describe('relationsOf', () => {
  it('groups a node’s relationships by type and reads each from its side', () => {
    const groups = relationsOf(FIXTURE, 'polismyndigheten', 'en');
    expect(groups.map((g) => [g.key, g.label, g.relations.map((r) => r.other.id)])).toEqual([
      // vocabulary order: part-of, staffed-by, …, operational-cooperation
      ['part-of:in', 'includes', ['noa']],
      ['staffed-by:in', 'staffs', ['nct']],
      ['operational-cooperation:mutual', 'operational cooperation', ['sakerhetspolisen']],
    ]);
  });

  it('uses the forward label from the source’s side and the inverse in Swedish too', () => {
    const nct = relationsOf(FIXTURE, 'nct', 'sv');
    expect(nct).toHaveLength(1);
    expect(nct[0]).toMatchObject({ key: 'staffed-by:out', label: 'bemannas av', direction: 'out' });
    const sapo = relationsOf(FIXTURE, 'sakerhetspolisen', 'sv');
    expect(sapo.find((g) => g.type === 'staffed-by')?.label).toBe('bemannar');
  });

  it('sorts the parties of a group by name in the language asked for', () => {
    const nct = relationsOf(FIXTURE, 'nct', 'en')[0]!;
    // "Swedish Police Authority" < "Swedish Security Service"
    expect(nct.relations.map((r) => r.other.id)).toEqual(['polismyndigheten', 'sakerhetspolisen']);
    const nctSv = relationsOf(FIXTURE, 'nct', 'sv')[0]!;
    // "Polismyndigheten" < "Säkerhetspolisen"
    expect(nctSv.relations.map((r) => r.other.id)).toEqual(['polismyndigheten', 'sakerhetspolisen']);
  });

  it('puts outgoing groups before incoming ones of the same type', () => {
    const ds = {
      ...FIXTURE,
      edges: [
        ...FIXTURE.edges,
        { ...FIXTURE.edges[0]!, id: 'polisen-part-of-noa', source: 'polismyndigheten', target: 'noa' },
      ],
    };
    const keys = relationsOf(ds, 'polismyndigheten', 'en').map((g) => g.key);
    expect(keys.indexOf('part-of:out')).toBeLessThan(keys.indexOf('part-of:in'));
  });

  it('gives nothing for an unknown id or a node without relationships', () => {
    expect(relationsOf(FIXTURE, 'nope', 'en')).toEqual([]);
    const lonely = { ...FIXTURE, edges: [] };
    expect(relationsOf(lonely, 'nct', 'en')).toEqual([]);
  });
});

describe('readEdge and indexDataset', () => {
  it('reads an edge as the data states it', () => {
    const edge = FIXTURE.edges.find((e) => e.id === 'nct-staffed-by-sapo')!;
    const r = readEdge(FIXTURE, edge, 'en')!;
    expect([r.from.id, r.label, r.to.id, r.directed]).toEqual([
      'nct',
      'staffed by',
      'sakerhetspolisen',
      true,
    ]);
    const coop = readEdge(
      FIXTURE,
      FIXTURE.edges.find((e) => e.id === 'polisen-sapo-coop')!,
      'sv',
    )!;
    expect(coop.directed).toBe(false);
  });

  it('counts relationships and caches the index per dataset', () => {
    expect(degreeOf(FIXTURE, 'polismyndigheten')).toBe(3);
    expect(degreeOf(FIXTURE, 'europol')).toBe(1);
    expect(indexDataset(FIXTURE)).toBe(indexDataset(FIXTURE));
    expect(indexDataset({ ...FIXTURE })).not.toBe(indexDataset(FIXTURE));
  });
});
