/**
 * Writes the built-in dataset (or a dataset file) in every export format, as the Export tool
 * does, into a folder: for scripting, and for checking the files in other tools.
 *
 *   npx tsx scripts/export.ts out/                   data/network.json with data/positions.json
 *   npx tsx scripts/export.ts out/ my.json --lang en --dialect excel-sv --undirected
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblems, parseJson, validateDataset } from '../src/data/validate';
import { EXPORT_FORMATS, type CsvDialectId, type ExportOptions } from '../src/graph/export';
import type { Positions } from '../src/graph/elements';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const lang = flag('--lang') === 'en' ? 'en' : 'sv';
const dialect = (flag('--dialect') ?? 'comma') as CsvDialectId;
const undirected = args.includes('--undirected');
const [out, file] = args.filter((a) => !a.startsWith('--'));
if (!out) {
  console.error(
    'usage: npx tsx scripts/export.ts <folder> [dataset.json] [--lang sv|en] [--dialect comma|excel-sv] [--undirected]',
  );
  process.exit(2);
}

const source = file ?? 'data/network.json';
const parsed = parseJson(readFileSync(source, 'utf8'));
const result = parsed.ok ? validateDataset(parsed.value) : parsed;
if (!result.ok) {
  console.error(formatProblems(result.problems, `${source}: `));
  process.exit(1);
}
const positions: Positions | undefined = file
  ? undefined
  : new Map(Object.entries(JSON.parse(readFileSync('data/positions.json', 'utf8'))));
const options: ExportOptions = {
  lang,
  dialect,
  direction: undirected ? 'undirected' : 'directed',
  ...(positions ? { positions } : {}),
};
mkdirSync(out, { recursive: true });
for (const format of EXPORT_FORMATS) {
  writeFileSync(path.join(out, format.file), format.write(result.dataset, options));
  console.log(`${path.join(out, format.file)}`);
}
console.log(
  `${result.dataset.nodes.length} nodes, ${result.dataset.edges.length} edges, ${result.dataset.sources.length} sources`,
);
