import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  edgesCsv,
  neo4jNodesCsv,
  neo4jRelationshipsCsv,
  nodesCsv,
  sourcesCsv,
  type CsvDialectId,
} from '../../src/graph/export';
import type { Dataset } from '../../src/data/schema';
import type { Positions } from '../../src/graph/elements';
import { parseCsv } from '../helpers/parseCsv';
import { datasetArb, RUNS, SEED } from './arbitraries';

const params = { seed: SEED, numRuns: RUNS };
const FORMULA = /^[=+\-@\t\r]/;
/** A number as we write it (a year, a position), which a spreadsheet reads as a number. */
const NUMBER = /^-?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i;

/**
 * The cells a spreadsheet could make of the file, splitting on ',' or on ';' (quote-aware, as
 * Excel and LibreOffice do), and the pieces a careless split on any separator would give.
 */
function cellsEverywhere(text: string): string[] {
  const quoted = [...parseCsv(text, ','), ...parseCsv(text, ';')].flat();
  const naive = text
    .replace(/^\uFEFF/, '')
    .split(/[,;\r\n]/)
    .map((p) => p.replace(/^[ "]+/, ''));
  return [...quoted, ...naive];
}

const dangerous = (cell: string) => FORMULA.test(cell) && !NUMBER.test(cell);

type Input = { dataset: Dataset; positions: Positions };
type Writer = { name: string; sep: ',' | ';'; write: (input: Input) => string; rows: (d: Dataset) => number };

describe('every CSV writer neutralises every cell, whatever the texts', () => {
  const writers: Writer[] = [];
  for (const dialect of ['comma', 'excel-sv'] as CsvDialectId[]) {
    const sep = dialect === 'comma' ? ',' : ';';
    writers.push(
      {
        name: `nodes.csv ${dialect}`,
        sep,
        write: ({ dataset, positions }) => nodesCsv(dataset, { dialect, positions }),
        rows: (d) => d.nodes.length,
      },
      {
        name: `edges.csv ${dialect}`,
        sep,
        write: ({ dataset }) => edgesCsv(dataset, { dialect }),
        rows: (d) => d.edges.length,
      },
      {
        name: `sources.csv ${dialect}`,
        sep,
        write: ({ dataset }) => sourcesCsv(dataset, { dialect }),
        rows: (d) => d.sources.length,
      },
    );
  }
  writers.push(
    {
      name: 'neo4j nodes',
      sep: ',',
      write: ({ dataset, positions }) => neo4jNodesCsv(dataset, 'sv', { positions }),
      rows: (d) => d.nodes.length,
    },
    {
      name: 'neo4j relationships',
      sep: ',',
      write: ({ dataset }) => neo4jRelationshipsCsv(dataset, 'en'),
      rows: (d) => d.edges.length,
    },
  );

  for (const w of writers) {
    it(`${w.name}: no cell a spreadsheet could read as a formula, and one row per element`, () => {
      fc.assert(
        fc.property(datasetArb, (input) => {
          const text = w.write(input);
          const bad = cellsEverywhere(text).filter(dangerous);
          expect(bad).toEqual([]);
          const rows = parseCsv(text, w.sep);
          expect(rows).toHaveLength(w.rows(input.dataset) + 1);
          expect(new Set(rows.map((r) => r.length)).size).toBe(1);
        }),
        params,
      );
    });
  }
});
