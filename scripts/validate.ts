/**
 * Validates a dataset file (and the guided tours against it) from the command line:
 *
 *   npm run validate                       data/network.json and data/stories.json
 *   npm run validate my.json               only my.json
 *   npm run validate my.json --stories s.json
 *
 * Prints every problem as `file: path: message`, then a summary; exits 1 on any problem.
 * The checks are the app's own (src/data/validate.ts), so a file that passes here loads in the app.
 */
import { readFileSync } from 'node:fs';
import {
  formatProblems,
  parseJson,
  validateDataset,
  validateStories,
  type Problem,
} from '../src/data/validate';

const DEFAULT_DATASET = 'data/network.json';
const DEFAULT_STORIES = 'data/stories.json';

type Args = { dataset: string; stories: string | null };

function parseArgs(argv: string[]): Args | string {
  let dataset: string | null = null;
  let stories: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--stories') {
      const next = argv[++i];
      if (!next) return '--stories needs a file name';
      stories = next;
    } else if (arg.startsWith('--stories=')) stories = arg.slice('--stories='.length);
    else if (arg === '--help' || arg === '-h')
      return 'usage: npm run validate [dataset.json] [--stories stories.json]';
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (dataset === null) dataset = arg;
    else return `only one dataset file at a time (got ${dataset} and ${arg})`;
  }
  const usesDefault = dataset === null || dataset === DEFAULT_DATASET;
  return { dataset: dataset ?? DEFAULT_DATASET, stories: stories ?? (usesDefault ? DEFAULT_STORIES : null) };
}

/** Reads and parses a JSON file; a problem (unreadable, not JSON) instead of a throw. */
function readJson(file: string): { value: unknown } | { problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problems: [
        { path: '', message: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? error})` },
      ],
    };
  }
  const parsed = parseJson(text);
  return parsed.ok ? { value: parsed.value } : { problems: parsed.problems };
}

/** Node and edge ids from a dataset that may itself be invalid, so tours are still checked. */
function looseIds(value: unknown): { nodes: { id: string }[]; edges: { id: string }[] } {
  const ids = (list: unknown) =>
    Array.isArray(list)
      ? list.filter(
          (x): x is { id: string } => typeof x === 'object' && x !== null && typeof x.id === 'string',
        )
      : [];
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { nodes: ids(record.nodes), edges: ids(record.edges) };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const report: { file: string; problems: Problem[] }[] = [];

  const data = readJson(args.dataset);
  let ids = { nodes: [] as { id: string }[], edges: [] as { id: string }[] };
  if ('problems' in data) report.push({ file: args.dataset, problems: data.problems });
  else {
    const result = validateDataset(data.value);
    report.push({ file: args.dataset, problems: result.ok ? [] : result.problems });
    ids = result.ok ? result.dataset : looseIds(data.value);
  }

  if (args.stories) {
    const stories = readJson(args.stories);
    if ('problems' in stories) report.push({ file: args.stories, problems: stories.problems });
    else {
      const result = validateStories(stories.value, ids);
      report.push({ file: args.stories, problems: result.ok ? [] : result.problems });
    }
  }

  let total = 0;
  for (const { file, problems } of report) {
    if (problems.length) console.error(formatProblems(problems, file));
    total += problems.length;
  }
  const files = report.map((r) => r.file).join(' and ');
  if (total === 0) console.log(`${files}: valid, no problems found`);
  else console.error(`${total} problem${total === 1 ? '' : 's'} found in ${files}`);
  return total === 0 ? 0 : 1;
}

process.exitCode = main();
