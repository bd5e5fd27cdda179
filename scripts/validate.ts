/**
 * Validates a dataset file (and the guided tours against it) from the command line:
 *
 *   npm run validate                       data/network.json and data/stories.json
 *   npm run validate my.json               only my.json
 *   npm run validate my.json --stories s.json
 *
 * Prints every problem as `file: path: message` (in English; at most a hundred per file, then how
 * many more), warnings marked as such, then a summary; exits 1 on any error. The checks are the
 * app's own (src/data/validate.ts), bytes decoded the same way, so a file that passes here loads
 * in the app.
 */
import { readFileSync } from 'node:fs';
import {
  decodeText,
  formatProblems,
  isWarning,
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

/** Reads and parses a JSON file; a problem (unreadable, not text, not JSON) instead of a throw. */
function readJson(file: string): { value: unknown } | { problems: Problem[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problems: [
        code === 'ENOENT'
          ? { path: '', code: 'file.missing' }
          : { path: '', code: 'file.unreadableReason', params: { reason: String(code ?? error) } },
      ],
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problems: decoded.problems };
  const parsed = parseJson(decoded.text);
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
  const report: { file: string; problems: Problem[]; more?: number }[] = [];

  const data = readJson(args.dataset);
  let ids = { nodes: [] as { id: string }[], edges: [] as { id: string }[] };
  if ('problems' in data) report.push({ file: args.dataset, problems: data.problems });
  else {
    const result = validateDataset(data.value);
    report.push(
      result.ok ? { file: args.dataset, problems: result.warnings } : { file: args.dataset, ...result },
    );
    ids = result.ok ? result.dataset : looseIds(data.value);
  }

  if (args.stories) {
    const stories = readJson(args.stories);
    if ('problems' in stories) report.push({ file: args.stories, problems: stories.problems });
    else {
      const result = validateStories(stories.value, ids);
      report.push(result.ok ? { file: args.stories, problems: [] } : { file: args.stories, ...result });
    }
  }

  let total = 0;
  let warnings = 0;
  for (const { file, problems, more = 0 } of report) {
    if (problems.length) console.error(formatProblems(problems, file, more));
    const w = problems.filter(isWarning).length;
    warnings += w;
    total += problems.length - w + more;
  }
  const files = report.map((r) => r.file).join(' and ');
  const count = (n: number, what: string) => `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;
  const warned = warnings ? ` (${count(warnings, 'warning')})` : '';
  if (total === 0) console.log(`${files}: valid, no problems found${warned}`);
  else console.error(`${count(total, 'problem')} found in ${files}${warned}`);
  return total === 0 ? 0 : 1;
}

process.exitCode = main();
