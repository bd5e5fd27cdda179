import { describe, expect, it } from 'vitest';
import {
  NEO4J_FILES,
  neo4jCypher,
  neo4jLabel,
  neo4jNodesCsv,
  neo4jRelType,
  neo4jRelationshipsCsv,
} from '../../../../src/graph/export';
import { fixture } from '../../../fixtures/datasets';
import { parseCsv } from '../../../helpers/parseCsv';

const ds = fixture();

describe('Neo4j CSV for neo4j-admin database import', () => {
  it('nodes: id:ID, :LABEL, typed numbers, lists as string[]; no byte-order mark', () => {
    const text = neo4jNodesCsv(ds, 'en', { positions: new Map([['nct', { x: 1.5, y: -2 }]]) });
    expect(text.charCodeAt(0)).not.toBe(0xfeff); // it would become part of the first column's name
    const rows = parseCsv(text);
    const h = rows[0]!;
    expect(h.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(h).toEqual(
      expect.arrayContaining([
        'founded:int',
        'aliases:string[]',
        'evidence_sources:string[]',
        'x:double',
        'y:double',
        'name',
      ]),
    );
    const col = (r: string[], name: string) => r[h.indexOf(name)];
    const nct = rows.find((r) => r[0] === 'nct')!;
    expect(col(nct, ':LABEL')).toBe('Entity;JointBody');
    expect([col(nct, 'x:double'), col(nct, 'y:double')]).toEqual(['1.5', '-2']);
    const polis = rows.find((r) => r[0] === 'polismyndigheten')!;
    expect(col(polis, 'founded:int')).toBe('2015');
    expect(col(polis, 'aliases:string[]')).toBe('Polisen');
    expect(col(polis, 'name')).toBe('Swedish Police Authority');
    expect(rows).toHaveLength(ds.nodes.length + 1);
  });

  it('relationships: :START_ID, :END_ID, :TYPE as Neo4j names types, directed:boolean, since:int', () => {
    const rows = parseCsv(neo4jRelationshipsCsv(ds, 'sv'));
    const h = rows[0]!;
    expect(h.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(h).toEqual(
      expect.arrayContaining(['id', 'directed:boolean', 'since:int', 'evidence_sources:string[]']),
    );
    const ps = rows.find((r) => r[h.indexOf('id')] === 'polis-sapo')!;
    expect(ps.slice(0, 3)).toEqual([
      'polismyndigheten',
      'sakerhetspolisen',
      neo4jRelType(ds.edges.find((e) => e.id === 'polis-sapo')!.type),
    ]);
    expect(ps[h.indexOf('directed:boolean')]).toBe('false');
    expect(ps[h.indexOf('since:int')]).toBe('2015');
    expect(ps[h.indexOf('evidence_sources:string[]')]).toBe('src-a;src-b'); // the importer's array delimiter
    expect(rows).toHaveLength(ds.edges.length + 1);
  });

  it('names labels and types as Neo4j does, and escapes cells like every CSV', () => {
    expect(neo4jLabel('international-organisation')).toBe('InternationalOrganisation');
    expect(neo4jRelType('member-of')).toBe('MEMBER_OF');
    expect(neo4jRelType('--')).toBe('RELATED_TO');
    const tricky = fixture();
    tricky.nodes[0]!.label.en = '=HYPERLINK("x"), "quoted"';
    tricky.nodes[0]!.aliases = ['a;b', 'c'];
    const rows = parseCsv(neo4jNodesCsv(tricky, 'en'));
    const h = rows[0]!;
    expect(rows[1]![h.indexOf('name')]).toBe('\'=HYPERLINK("x"), "quoted"');
    expect(rows[1]![h.indexOf('aliases:string[]')]).toBe('a,b;c'); // an element never splits in two
  });
});

describe('Cypher script for LOAD CSV', () => {
  const script = neo4jCypher(ds, 'en');
  it('loads both files, sets typed properties, adds the type labels and creates each relationship type', () => {
    expect(script).toContain(`LOAD CSV WITH HEADERS FROM 'file:///${NEO4J_FILES.nodes}' AS row`);
    expect(script).toContain(`LOAD CSV WITH HEADERS FROM 'file:///${NEO4J_FILES.relationships}' AS row`);
    expect(script).toContain(
      'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    );
    expect(script).toContain('MERGE (n:Entity {id: row.`id:ID`})');
    expect(script).toContain('n.`founded` = toInteger(row.`founded:int`)');
    expect(script).toContain(
      "n.`aliases` = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null ELSE split(row.`aliases:string[]`, ';') END",
    );
    expect(script).toContain("MATCH (n:Entity) WHERE n.type = 'joint-body' SET n:`JointBody`;");
    const types = [...new Set(ds.edges.map((e) => neo4jRelType(e.type)))];
    for (const t of types) {
      expect(script).toContain(`WITH row WHERE row.\`:TYPE\` = '${t}'`);
      expect(script).toContain(`CREATE (a)-[r:\`${t}\`]->(b)`);
    }
    expect(script).toContain('r.`directed` = toBoolean(row.`directed:boolean`)');
    expect(script.match(/;\n/g)!.length).toBe(
      1 + 1 + new Set(ds.nodes.map((n) => n.type)).size + types.length,
    );
  });

  it('keeps the dataset’s title inside its comment', () => {
    const hostile = fixture();
    hostile.meta.title.en = 'Title\nMATCH (n) DETACH DELETE n;\r\n//';
    const first = neo4jCypher(hostile, 'en').split('\n')[0]!;
    expect(first).toMatch(/^\/\/ Title MATCH \(n\) DETACH DELETE n; \/\/: /);
    expect(neo4jCypher(hostile, 'en')).not.toMatch(/^MATCH \(n\) DETACH/m);
  });
});
