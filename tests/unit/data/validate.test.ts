import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  closestMatch,
  formatProblems,
  parseJson,
  validateDataset,
  validateStories,
  type Problem,
} from '../../../src/data/validate';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));

/** A small valid dataset; each test breaks one thing in a copy. */
function fixture() {
  const evidence = [{ source: 'doc', quote: 'A verbatim quote from the document.' }];
  return {
    meta: { title: { sv: 'Test', en: 'Test' } },
    sources: [{ id: 'doc', title: { sv: 'Dokument', en: 'Document' }, publisher: 'P', language: 'en' }],
    nodes: [
      { id: 'europol', type: 'international-organisation', level: 'european', label: { sv: 'Europol', en: 'Europol' }, description: { sv: 'B', en: 'D' } },
      { id: 'polisen', type: 'agency', level: 'national', label: { sv: 'Polisen', en: 'Police' }, description: { sv: 'B', en: 'D' }, founded: 2015, evidence },
      { id: 'interpol', type: 'international-organisation', level: 'global', label: { sv: 'Interpol', en: 'Interpol' }, description: { sv: 'B', en: 'D' } },
    ],
    edges: [
      { id: 'polisen-europol', source: 'polisen', target: 'europol', type: 'cooperation', description: { sv: 'B', en: 'D' }, evidence },
      { id: 'polisen-interpol', source: 'polisen', target: 'interpol', type: 'member-of', description: { sv: 'B', en: 'D' }, since: 2015, evidence },
    ],
    glossary: [{ id: 'europol', term: { sv: 'Europol', en: 'Europol' }, definition: { sv: 'B', en: 'D' }, node: 'europol' }],
  };
}
type Fixture = ReturnType<typeof fixture> & Record<string, unknown>;

/** The problems for a fixture changed by `breakIt`, as `path: message` lines. */
function problemsOf(breakIt: (d: Fixture) => void): string[] {
  const data = fixture() as Fixture;
  breakIt(data);
  const result = validateDataset(data);
  expect(result.ok).toBe(false);
  return result.ok ? [] : formatProblems(result.problems).split('\n');
}

describe('validateDataset', () => {
  it('accepts the real dataset', () => {
    const result = validateDataset(readJson('data/network.json'));
    expect(result.ok ? [] : formatProblems(result.problems)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts the small fixture and returns it typed', () => {
    const result = validateDataset(fixture());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.nodes.map((n) => n.id)).toEqual(['europol', 'polisen', 'interpol']);
  });

  it('says what the whole input should be when it is not an object', () => {
    const result = validateDataset(42);
    expect(result.ok ? [] : result.problems).toEqual([{ path: '', code: 'schema.dataset' }]);
    expect(result.ok ? '' : formatProblems(result.problems)).toBe(
      'must be an object with "meta", "sources", "nodes" and "edges"',
    );
  });

  it('names each missing field', () => {
    expect(problemsOf((d) => delete (d.nodes[0] as Partial<(typeof d.nodes)[0]>).label)).toContain('nodes[0].label: is missing');
    expect(problemsOf((d) => delete (d as Partial<Fixture>).edges)).toContain('edges: is missing');
  });

  it('names a missing language', () => {
    expect(problemsOf((d) => delete (d.nodes[1]!.label as Partial<{ en: string }>).en)).toContain(
      'nodes[1].label.en: is missing (every text needs both "sv" and "en")',
    );
    expect(problemsOf((d) => (d.edges[0]!.description.sv = '  '))).toContain('edges[0].description.sv: must not be empty');
  });

  it('names unknown node types, levels and edge types, with a suggestion', () => {
    expect(problemsOf((d) => (d.nodes[1]!.type = 'agncy'))).toContain(
      'nodes[1].type: "agncy" is not a node type (did you mean "agency"?)',
    );
    expect(problemsOf((d) => (d.nodes[1]!.level = 'nationl'))).toContain(
      'nodes[1].level: "nationl" is not a level (did you mean "national"?)',
    );
    expect(problemsOf((d) => (d.edges[0]!.type = 'coperation'))).toContain(
      'edges[0].type: "coperation" is not a relationship type (did you mean "cooperation"?)',
    );
    const [line] = problemsOf((d) => (d.edges[0]!.type = 'friends-with'));
    expect(line).toMatch(/^edges\[0\]\.type: "friends-with" is not a relationship type \(expected one of: member-of, /);
  });

  it('names unknown fields, usually typos', () => {
    expect(problemsOf((d) => ((d.nodes[0] as Record<string, unknown>).descripton = 'x'))).toContain(
      'nodes[0].descripton: is not a known field (did you mean "description"?)',
    );
    expect(problemsOf((d) => ((d.nodes[0]!.label as Record<string, string>).de = 'x'))).toContain(
      'nodes[0].label.de: is not a known field (allowed: sv, en)',
    );
  });

  it('requires kebab-case ids', () => {
    expect(problemsOf((d) => (d.nodes[0]!.id = 'Europol'))).toContain(
      'nodes[0].id: "Europol" must be kebab-case (lower-case letters, digits and single hyphens)',
    );
  });

  it('finds duplicate ids in every list', () => {
    expect(problemsOf((d) => (d.nodes[2]!.id = 'europol'))).toContain(
      'nodes[2].id: "europol" is already the id of nodes[0] (ids must be unique)',
    );
    expect(problemsOf((d) => (d.edges[1]!.id = 'polisen-europol'))).toContain(
      'edges[1].id: "polisen-europol" is already the id of edges[0] (ids must be unique)',
    );
    expect(problemsOf((d) => d.sources.push({ ...d.sources[0]! }))).toContain(
      'sources[1].id: "doc" is already the id of sources[0] (ids must be unique)',
    );
    expect(problemsOf((d) => d.glossary.push({ ...d.glossary[0]! }))).toContain(
      'glossary[1].id: "europol" is already the id of glossary[0] (ids must be unique)',
    );
  });

  it('finds edges whose ends are not nodes, suggesting the nearest id', () => {
    expect(problemsOf((d) => (d.edges[0]!.target = 'europl'))).toContain(
      'edges[0].target: "europl" is not a node id (did you mean "europol"?)',
    );
    expect(problemsOf((d) => (d.edges[0]!.source = 'nobody'))).toContain('edges[0].source: "nobody" is not a node id');
  });

  it('finds duplicate edges, in either direction when the type is undirected', () => {
    expect(problemsOf((d) => d.edges.push({ ...d.edges[1]!, id: 'again' }))).toContain(
      'edges[2]: repeats edges[1]: same nodes and type "member-of"',
    );
    expect(problemsOf((d) => d.edges.push({ ...d.edges[0]!, id: 'back', source: 'europol', target: 'polisen' }))).toContain(
      'edges[2]: repeats edges[0]: same nodes and type "cooperation"; "cooperation" is undirected, so either direction counts',
    );
    const reversed = fixture();
    reversed.edges.push({ ...reversed.edges[1]!, id: 'back', source: 'interpol', target: 'polisen' });
    expect(validateDataset(reversed).ok).toBe(true);
  });

  it('finds self-loops', () => {
    expect(problemsOf((d) => (d.edges[0]!.target = 'polisen'))).toContain(
      'edges[0]: links "polisen" to itself (an edge must join two different nodes)',
    );
  });

  it('finds evidence that names an unknown source', () => {
    expect(problemsOf((d) => (d.edges[0]!.evidence = [{ source: 'dok', quote: 'A verbatim quote from it.' }]))).toContain(
      'edges[0].evidence[0].source: "dok" is not a source id (did you mean "doc"?)',
    );
    expect(problemsOf((d) => (d.nodes[1]!.evidence = [{ source: 'other', quote: 'A verbatim quote from it.' }]))).toContain(
      'nodes[1].evidence[0].source: "other" is not a source id',
    );
  });

  it('finds empty, too short and too long quotes', () => {
    const quote = (q: string) => (d: Fixture) => (d.edges[0]!.evidence = [{ source: 'doc', quote: q }]);
    expect(problemsOf(quote('   '))).toContain('edges[0].evidence[0].quote: must not be empty');
    expect(problemsOf(quote('too short'))).toContain(
      'edges[0].evidence[0].quote: is too short (a quote needs at least 12 characters)',
    );
    expect(problemsOf(quote('x'.repeat(400)))).toContain(
      'edges[0].evidence[0].quote: is too long (a quote may have at most 320 characters)',
    );
  });

  it('accepts what an imported file may lack: an edge without evidence, a source without publisher or language, no descriptions', () => {
    const data = fixture() as Fixture;
    delete (data.edges[0] as { evidence?: unknown }).evidence;
    const source = data.sources[0] as Record<string, unknown>;
    delete source.publisher;
    delete source.language;
    delete (data.nodes[0] as { description?: unknown }).description;
    const result = validateDataset(data);
    expect(result.ok ? [] : formatProblems(result.problems).split('\n')).toEqual([]);
    if (result.ok) expect(result.dataset.edges[0]!.evidence).toEqual([]);
  });

  it('checks positions and untranslated marks', () => {
    expect(problemsOf((d) => ((d.nodes[0] as Record<string, unknown>).position = { x: 1, y: 'a' }))).toContain(
      'nodes[0].position.y: must be a number',
    );
    expect(problemsOf((d) => ((d.nodes[0] as Record<string, unknown>).untranslated = ['label.de']))).toEqual([
      expect.stringMatching(/^nodes\[0\]\.untranslated\[0\]: /),
    ]);
  });

  it('finds years out of range', () => {
    expect(problemsOf((d) => (d.nodes[1]!.founded = 1066))).toContain('nodes[1].founded: must be a year from 1800 to 2100');
    expect(problemsOf((d) => (d.edges[1]!.since = 3000))).toContain('edges[1].since: must be a year from 1800 to 2100');
    expect(problemsOf((d) => (d.edges[1]!.since = 2015.5))).toContain('edges[1].since: must be a whole year');
    expect(problemsOf((d) => ((d.edges[1] as Record<string, unknown>).since = '2015'))).toContain(
      'edges[1].since: must be a year (a number)',
    );
  });

  it('finds glossary entries that link to a missing node', () => {
    expect(problemsOf((d) => (d.glossary[0]!.node = 'europoll'))).toContain(
      'glossary[0].node: "europoll" is not a node id (did you mean "europol"?)',
    );
  });

  it('finds bad dates and languages in sources', () => {
    expect(problemsOf((d) => ((d.sources[0] as Record<string, unknown>).date = '21 mars 2024'))).toContain(
      'sources[0].date: must be a date written YYYY-MM-DD',
    );
    expect(problemsOf((d) => (d.sources[0]!.language = 'de'))).toContain('sources[0].language: must be "sv" or "en", not "de"');
  });

  it('reports every problem at once, not just the first', () => {
    const lines = problemsOf((d) => {
      d.nodes[1]!.type = 'agncy';
      d.edges[0]!.target = 'europl';
      d.edges[1]!.target = 'polisen';
      d.glossary[0]!.node = 'nowhere';
      delete (d.nodes[2]!.description as Partial<{ sv: string }>).sv;
    });
    expect(lines).toHaveLength(5);
  });
});

describe('validateStories', () => {
  const dataset = fixture();
  const stories = () => ({
    tours: [
      {
        id: 'tour',
        title: { sv: 'Tur', en: 'Tour' },
        description: { sv: 'B', en: 'D' },
        steps: [
          { id: 'one', title: { sv: 'Ett', en: 'One' }, text: { sv: 'T', en: 'T' }, nodes: ['polisen'], edges: ['polisen-europol'] },
          { id: 'two', title: { sv: 'Två', en: 'Two' }, text: { sv: 'T', en: 'T' }, nodes: [], edges: [], camera: 'all' },
        ],
      },
    ],
  });
  const problems = (change: (s: ReturnType<typeof stories>) => void): string[] => {
    const s = stories();
    change(s);
    const result = validateStories(s, dataset);
    return result.ok ? [] : formatProblems(result.problems).split('\n');
  };

  it('accepts the real tours against the real dataset', () => {
    const network = validateDataset(readJson('data/network.json'));
    if (!network.ok) throw new Error(formatProblems(network.problems));
    const result = validateStories(readJson('data/stories.json'), network.dataset);
    expect(result.ok ? [] : formatProblems(result.problems)).toEqual([]);
  });

  it('accepts a small valid tour', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('finds node and edge ids that are not in the dataset', () => {
    expect(problems((s) => (s.tours[0]!.steps[0]!.nodes = ['polisn']))).toEqual([
      'tours[0].steps[0].nodes[0]: "polisn" is not a node id (did you mean "polisen"?)',
    ]);
    expect(problems((s) => (s.tours[0]!.steps[0]!.edges = ['nope']))).toEqual([
      'tours[0].steps[0].edges[0]: "nope" is not an edge id',
    ]);
  });

  it('finds a missing language, duplicate ids and a bad camera', () => {
    expect(problems((s) => delete (s.tours[0]!.steps[1]!.text as Partial<{ en: string }>).en)).toEqual([
      'tours[0].steps[1].text.en: is missing (every text needs both "sv" and "en")',
    ]);
    expect(problems((s) => (s.tours[0]!.steps[1]!.id = 'one'))).toEqual([
      'tours[0].steps[1].id: "one" is already the id of tours[0].steps[0] (ids must be unique)',
    ]);
    expect(problems((s) => s.tours.push(structuredClone(s.tours[0]!)))).toEqual([
      'tours[1].id: "tour" is already the id of tours[0] (ids must be unique)',
    ]);
    expect(problems((s) => (s.tours[0]!.steps[1]!.camera = 'zoom'))).toEqual([
      'tours[0].steps[1].camera: "zoom" is not a camera setting (expected one of: fit, all)',
    ]);
  });
});

describe('parseJson', () => {
  it('parses JSON', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('says where a syntax error is', () => {
    const result = parseJson('{\n  "a": 1,\n  "b": }');
    expect(result.ok).toBe(false);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem).toEqual({ path: '', code: 'json.unexpected', params: { found: '}', line: 3, column: 8 } });
    expect(formatProblems(result.ok ? [] : result.problems)).toBe('is not valid JSON: unexpected "}" (line 3, column 8)');
  });

  it('says when the file ends too early or is empty', () => {
    const early = parseJson('{"a": [1, 2');
    expect(early.ok ? '' : formatProblems(early.problems)).toBe('is not valid JSON: the file ends too early');
    const empty = parseJson('  \n');
    expect(empty.ok ? '' : formatProblems(empty.problems)).toBe('the file is empty (expected JSON)');
  });
});

describe('formatProblems and closestMatch', () => {
  it('writes one line per problem, prefixed if asked', () => {
    const problems: Problem[] = [
      { path: 'edges[1].target', code: 'ref.node', params: { value: 'x' } },
      { path: '', code: 'json.empty' },
    ];
    expect(formatProblems(problems, 'my.json')).toBe(
      'my.json: edges[1].target: "x" is not a node id\nmy.json: the file is empty (expected JSON)',
    );
    expect(formatProblems(problems)).toBe('edges[1].target: "x" is not a node id\nthe file is empty (expected JSON)');
    expect(formatProblems(problems, 'my.json', 1980)).toMatch(/\nmy\.json: … and 1,980 more problems$/);
  });

  it('suggests only plausible typos', () => {
    expect(closestMatch('europl', ['europol', 'interpol'])).toBe('europol');
    expect(closestMatch('must', ['usa', 'nct'])).toBeNull();
    expect(closestMatch('anything', [])).toBeNull();
  });
});

// each test starts a Node process running the script: a generous limit on a busy machine
describe('npm run validate (the command line)', { timeout: 60_000 }, () => {
  const cli = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, 'scripts/validate.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

  it('passes the real dataset and tours with exit code 0', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('data/network.json and data/stories.json: valid');
    expect(result.status).toBe(0);
  });

  it('prints every problem of a broken file, prefixed by its name, and exits 1', () => {
    const file = 'tests/fixtures/data/broken-network.json';
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${file}: nodes[1].label.en: is missing (every text needs both "sv" and "en")`,
      `${file}: nodes[1].type: "agncy" is not a node type (did you mean "agency"?)`,
      `${file}: edges[0].target: "europl" is not a node id (did you mean "europol"?)`,
      `3 problems found in ${file}`,
    ]);
  });

  it('says where a file that is not JSON goes wrong', () => {
    const file = 'tests/fixtures/data/not-json.json';
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not-json\.json: is not valid JSON: .*\(line 5, column 18\)/);
  });

  it('checks tours given with --stories against the dataset', () => {
    const result = run('data/network.json', '--stories', 'tests/fixtures/data/broken-stories.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/data/broken-stories.json: tours[0].steps[0].nodes[0]: "sakerhetspolis" is not a node id (did you mean "sakerhetspolisen"?)',
    );
  });
});

describe('evidence quotes', () => {
  const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');
  const fold = (s: string) =>
    s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();

  it.skipIf(!existsSync(seeds))(
    'are verbatim in the seed file of the source they name (skipped when ../shared/seeds is absent)',
    () => {
      const data = readJson('data/network.json') as {
        sources: { id: string; file?: string }[];
        nodes: { id: string; evidence?: { source: string; quote: string }[] }[];
        edges: { id: string; evidence: { source: string; quote: string }[] }[];
      };
      const texts = new Map(
        data.sources.map((s) => [s.id, s.file ? fold(readFileSync(path.join(seeds, s.file), 'utf8')) : '']),
      );
      const missing = [...data.nodes, ...data.edges].flatMap((item) =>
        (item.evidence ?? [])
          .filter((e) => !texts.get(e.source)?.includes(fold(e.quote)))
          .map((e) => `${item.id}: "${e.quote}" is not in ${e.source}`),
      );
      expect(missing).toEqual([]);
    },
  );
});
