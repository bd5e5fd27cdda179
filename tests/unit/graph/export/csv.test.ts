import { describe, expect, it } from 'vitest';
import {
  CSV_DIALECTS,
  csvCell,
  edgesCsv,
  neutraliseFormula,
  nodesCsv,
  sourcesCsv,
} from '../../../../src/graph/export';
import { fixture } from '../../../fixtures/datasets';
import { parseCsv } from '../../../helpers/parseCsv';

const ds = fixture();
const FORMULA = /^[=+\-@\t\r]/;

describe('CSV cells', () => {
  it('quotes separators of both dialects, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('a; b')).toBe('"a; b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(2009)).toBe('2009');
    expect(csvCell(-12.5)).toBe('-12.5'); // a number, not a formula
    expect(csvCell(-12.5, CSV_DIALECTS['excel-sv'])).toBe('-12,5');
  });

  it('keeps a formula from starting any cell, whichever separator the reader splits on', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${c}1`)).toBe(`'${c}1`);
    // the OWASP case: a Swedish Excel splits this at its semicolons
    expect(neutraliseFormula('Fuzz;=1+1;')).toBe("Fuzz;'=1+1;");
    expect(neutraliseFormula('a,=cmd|x; @SUM(1)')).toBe("a,'=cmd|x;' @SUM(1)");
    expect(neutraliseFormula('line\n=1')).toBe("line\n'=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r'=1"); // a carriage return starts a formula and a line
    expect(neutraliseFormula('x;"=1')).toBe('x;\'"=1');
    expect(neutraliseFormula('a - b, c')).toBe('a - b, c'); // a dash inside a piece is text
    for (const text of ['Fuzz;=1+1;', 'x,+1', '@a;-b,=c']) {
      for (const dialect of Object.values(CSV_DIALECTS)) {
        const file = `${csvCell('first', dialect)}${dialect.separator}${csvCell(text, dialect)}\r\n`;
        for (const sep of [',', ';'] as const)
          for (const cell of parseCsv(file, sep).flat())
            expect(cell, `${sep} ${JSON.stringify(cell)}`).not.toMatch(FORMULA);
        for (const piece of file.split(/[,;\r\n]/)) expect(piece.replace(/^[ "]+/, '')).not.toMatch(FORMULA);
      }
    }
  });
});

describe('nodes.csv, edges.csv, sources.csv', () => {
  it('have a header and one row per element, with evidence and its sources', () => {
    const nodes = parseCsv(nodesCsv(ds));
    expect(nodes).toHaveLength(1 + ds.nodes.length);
    expect(nodes[0]!.slice(0, 4)).toEqual(['id', 'label', 'label_sv', 'label_en']);
    expect(nodes[0]).not.toContain('x'); // no positions given
    expect(nodes.find((r) => r[0] === 'sakerhetspolisen')).toContain('Säkerhetspolisen');
    const edges = parseCsv(edgesCsv(ds));
    expect(edges).toHaveLength(1 + ds.edges.length);
    const header = edges[0]!;
    expect(header.slice(0, 3)).toEqual(['id', 'source', 'target']);
    const polisSapo = edges.find((r) => r[0] === 'polis-sapo')!;
    expect(polisSapo[header.indexOf('evidence_sources')]).toBe('src-a; src-b');
    expect(polisSapo[header.indexOf('evidence')]).toContain('[src-b] A quote long enough');
    expect(polisSapo[header.indexOf('evidence_citations')]).toContain('[src-b] Source B, Europol');
    expect(polisSapo[header.indexOf('directed')]).toBe('false');
    expect(polisSapo[header.indexOf('since')]).toBe('2015');
    const sources = parseCsv(sourcesCsv(ds));
    expect(sources[0]).toEqual([
      'id',
      'title_sv',
      'title_en',
      'publisher',
      'language',
      'kind',
      'date',
      'url',
      'file',
    ]);
    expect(sources.slice(1).map((r) => r[0])).toEqual(['src-a', 'src-b', 'src-c']);
  });

  it('write positions when the view has them, and the label in the language chosen', () => {
    const rows = parseCsv(nodesCsv(ds, { lang: 'sv', positions: new Map([['nct', { x: 1.5, y: -2 }]]) }));
    const h = rows[0]!;
    const nct = rows.find((r) => r[0] === 'nct')!;
    expect([nct[h.indexOf('x')], nct[h.indexOf('y')]]).toEqual(['1.5', '-2']);
    expect(nct[h.indexOf('label')]).toBe('Nationellt centrum för terrorhotbedömning');
    expect(nct[h.indexOf('type_label')]).toBe('Gemensamt organ');
  });

  it('in the Swedish Excel dialect: semicolons, decimal commas, a byte-order mark and CRLF', () => {
    const text = nodesCsv(ds, { dialect: 'excel-sv', positions: new Map([['nct', { x: 1.5, y: 2 }]]) });
    expect(text.startsWith('\uFEFFid;label;')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(ds.nodes.length + 2); // header, rows, and the final line end
    expect(text.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/); // outside quotes, only CRLF
    const rows = parseCsv(text, ';');
    const h = rows[0]!;
    expect(rows.every((r) => r.length === h.length)).toBe(true);
    expect(rows.find((r) => r[0] === 'nct')![h.indexOf('x')]).toBe('1,5');
    const comma = nodesCsv(ds);
    expect(comma.startsWith('\uFEFFid,label,')).toBe(true);
    const commaRows = parseCsv(comma);
    expect(commaRows.every((r) => r.length === commaRows[0]!.length)).toBe(true);
  });
});
