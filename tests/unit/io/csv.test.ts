import { describe, expect, it } from 'vitest';
import { headerDelimiter, parseCsvCells } from '../../../src/io/csv';

describe('the CSV delimiter', () => {
  it('is the one the header row uses, outside quotes', () => {
    expect(headerDelimiter('id,label,type\r\na,b,c')).toBe(',');
    expect(headerDelimiter('Id;Label;"Typ, art"\na;b;c')).toBe(';');
    expect(headerDelimiter('id\tlabel\n')).toBe('\t');
    expect(headerDelimiter('label\nx')).toBeUndefined();
  });

  it('splits a comma file whose cells hold more semicolons than commas on its commas', () => {
    const cells = parseCsvCells(
      'id,quote,evidence_json\n' +
        'a,"one; two; three; four","[{""source"":""s"",""quote"":""x; y; z""}]"\n' +
        'b,"five; six; seven","[]"\n',
    );
    expect(cells.slice(0, 3).map((r) => r.length)).toEqual([3, 3, 3]);
    expect(cells[1]![2]).toBe('[{"source":"s","quote":"x; y; z"}]');
  });
});
