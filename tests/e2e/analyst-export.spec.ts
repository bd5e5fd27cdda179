/**
 * Analysts' exports and own data in the built app: the files saved (PNG, SVG, JSON, CSV, GEXF,
 * GraphML) read back and checked against what the graph shows; "copy link"; loading a good and a
 * wrong dataset file, by the file input and by drag and drop.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { validateDataset } from '../../src/data/validate';
import { EXPORT_FORMATS, NEO4J_NODE_HEADER, NEO4J_RELATIONSHIP_HEADER } from '../../src/graph/export';
import { parseCsv } from '../helpers/parseCsv';
import { expectNoSeriousViolations, openApp } from './fixtures';
import { DATA, download, expected, openTool, pngSize, shown, xmlCounts } from './analystHelpers';

test('export: PNG at 2× with and without the legend', async ({ page }) => {
  await openApp(page, 'lang=en');
  const panel = await openTool(page, 'Export');
  await panel.getByLabel('PNG resolution').selectOption('2');
  await panel.getByRole('checkbox', { name: 'Include the legend' }).uncheck();
  const view = await page.evaluate(() => ({ w: window.cy!.width(), h: window.cy!.height() }));
  const plain = await download(page, () => panel.getByRole('button', { name: 'Download PNG' }).click());
  expect(plain.name).toBe('samverkan.png');
  expect(pngSize(plain.body)).toEqual({ width: view.w * 2, height: view.h * 2 });
  await panel.getByRole('checkbox', { name: 'Include the legend' }).check();
  const legendPng = await download(page, () => panel.getByRole('button', { name: 'Download PNG' }).click());
  const withLegend = pngSize(
    (await download(page, () => panel.getByRole('button', { name: 'Download PNG' }).click())).body,
  );
  expect(withLegend.width).toBeGreaterThan(view.w * 2);
  expect(withLegend.height).toBeGreaterThanOrEqual(view.h * 2);
  // the legend is drawn in the added strip on the right, not over the graph
  const inked = await page.evaluate(
    async ({ b64, from }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const strip = ctx.getImageData(from, 0, bitmap.width - from, bitmap.height).data;
      let dark = 0;
      for (let i = 0; i < strip.length; i += 4)
        if (strip[i]! < 128 && strip[i + 1]! < 128 && strip[i + 2]! < 128) dark++;
      return dark;
    },
    { b64: legendPng.body.toString('base64'), from: view.w * 2 },
  );
  expect(inked).toBeGreaterThan(500);
});

test('export: SVG, JSON, CSV, GEXF and GraphML hold exactly the visible subgraph', async ({
  page,
}, testInfo) => {
  await openApp(page, 'lang=en&lv=european&et=works-on');
  const want = expected(
    (n) => n.level !== 'european',
    (e) => e.type !== 'works-on',
  );
  await expect.poll(() => shown(page)).toEqual(want);
  const panel = await openTool(page, 'Export');
  const save = (name: RegExp | string) => download(page, () => panel.getByRole('button', { name }).click());

  await panel.getByRole('radio', { name: 'The whole graph as shown' }).check();
  const svg = await save('Download SVG');
  expect(await xmlCounts(page, svg.body.toString('utf8'), 'image/svg+xml', ['g.node', 'g.edge'])).toEqual({
    'g.node': want.nodes.length,
    'g.edge': want.edges.length,
  });

  const json = await save(/^JSON/);
  const file = testInfo.outputPath('samverkan.json');
  await writeFile(file, json.body);
  const parsed = validateDataset(JSON.parse(json.body.toString('utf8')));
  expect(parsed.ok ? parsed.dataset.nodes.map((n) => n.id).sort() : parsed.problems).toEqual(want.nodes);
  expect(() => execFileSync('npx', ['tsx', 'scripts/validate.ts', file], { stdio: 'pipe' })).not.toThrow();

  const nodesCsv = parseCsv((await save(/^Organisations \(CSV\)/)).body.toString('utf8'));
  expect(nodesCsv).toHaveLength(want.nodes.length + 1);
  const edgesFile = await save(/^Relationships with evidence/);
  expect(edgesFile.name).toBe('edges.csv');
  const edgesCsv = parseCsv(edgesFile.body.toString('utf8'));
  expect(edgesCsv).toHaveLength(want.edges.length + 1);
  expect(edgesCsv[0]).toContain('evidence');
  expect(
    edgesCsv
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(want.edges);

  const gexf = await save(/^GEXF/);
  expect(await xmlCounts(page, gexf.body.toString('utf8'), 'application/xml', ['node', 'edge'])).toEqual({
    node: want.nodes.length,
    edge: want.edges.length,
  });
  const graphml = await save(/^GraphML/);
  expect(
    await xmlCounts(page, graphml.body.toString('utf8'), 'application/xml', ['graph > node', 'graph > edge']),
  ).toEqual({
    'graph > node': want.nodes.length,
    'graph > edge': want.edges.length,
  });
});

const locale = (lang: 'en' | 'sv') =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}/analyst.json`, import.meta.url), 'utf8'));
const LOCALES = { en: locale('en'), sv: locale('sv') };
/** A registry label (`analyst.export.formats.…`) in a language, read from the locale files as the panel does. */
const label = (lang: 'en' | 'sv', key: string) =>
  key
    .split('.')
    .slice(1)
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], LOCALES[lang]) as string;

test('export: every registry format has its button, and each file parses with the counts the view shows', async ({
  page,
}) => {
  await openApp(page, 'lang=en&nt=country');
  const want = expected((n) => n.type !== 'country');
  const panel = await openTool(page, 'Export');
  // the panel's code loads on first use: wait for its list
  await expect(panel.locator('.export-list button')).toHaveText(
    EXPORT_FORMATS.map((f) => label('en', f.labelKey)),
  );
  await panel.getByRole('radio', { name: 'Other programs (commas)' }).check();

  const files = new Map<string, string>();
  for (const format of EXPORT_FORMATS) {
    const file = await download(page, () =>
      panel.getByRole('button', { name: label('en', format.labelKey), exact: true }).click(),
    );
    expect(file.name).toBe(format.file);
    files.set(format.id, file.body.toString('utf8'));
  }
  const nodes = want.nodes.length;
  const edges = want.edges.length;

  const json = validateDataset(JSON.parse(files.get('json')!));
  expect(json.ok && [json.dataset.nodes.length, json.dataset.edges.length]).toEqual([nodes, edges]);
  const cited = json.ok ? json.dataset.sources.length : -1;

  const csv = (id: string, sep: ',' | ';' = ',') => parseCsv(files.get(id)!, sep);
  expect(csv('nodes-csv')[0]!.slice(0, 3)).toEqual(['id', 'label', 'label_sv']);
  expect(csv('nodes-csv')[0]).toEqual(expect.arrayContaining(['x', 'y'])); // the view's positions
  expect(csv('nodes-csv')).toHaveLength(nodes + 1);
  expect(csv('edges-csv')[0]!.slice(0, 3)).toEqual(['id', 'source', 'target']);
  expect(csv('edges-csv')).toHaveLength(edges + 1);
  expect(csv('sources-csv')[0]![0]).toBe('id');
  expect(csv('sources-csv')).toHaveLength(cited + 1);

  expect(
    await xmlCounts(page, files.get('graphml')!, 'application/xml', ['graph > node', 'graph > edge', 'key']),
  ).toMatchObject({ 'graph > node': nodes, 'graph > edge': edges });
  expect(files.get('graphml')).toContain('edgedefault="directed"');
  expect(
    await xmlCounts(page, files.get('gexf')!, 'application/xml', [
      'nodes > node',
      'edges > edge',
      'color[r][g][b]',
    ]),
    // every node and every relationship carries its type's colour as r/g/b
  ).toEqual({ 'nodes > node': nodes, 'edges > edge': edges, 'color[r][g][b]': nodes + edges });

  expect(csv('neo4j-nodes')[0]).toEqual(NEO4J_NODE_HEADER);
  expect(csv('neo4j-nodes')).toHaveLength(nodes + 1);
  expect(csv('neo4j-relationships')[0]).toEqual(NEO4J_RELATIONSHIP_HEADER);
  expect(csv('neo4j-relationships')).toHaveLength(edges + 1);
  expect(files.get('neo4j-cypher')).toContain("LOAD CSV WITH HEADERS FROM 'file:///neo4j-nodes.csv' AS row");

  // the choices: CSV for a Swedish Excel, and undirected network files
  await panel.getByRole('radio', { name: 'Excel with Swedish settings (semicolons)' }).check();
  await panel.getByRole('radio', { name: 'Undirected' }).check();
  const sv = await download(page, () => panel.getByRole('button', { name: 'Organisations (CSV)' }).click());
  expect(sv.body.toString('utf8').startsWith('\uFEFFid;label;')).toBe(true);
  expect(parseCsv(sv.body.toString('utf8'), ';')).toHaveLength(nodes + 1);
  const undirected = await download(page, () => panel.getByRole('button', { name: /^GraphML/ }).click());
  expect(undirected.body.toString('utf8')).toContain('edgedefault="undirected"');
  await expect(panel.getByText('Saved samverkan.graphml.')).toBeVisible();
  await expectNoSeriousViolations(page, '.export-panel');
});

test('export panel in Swedish: labels, the Swedish Excel dialect by default, no axe violations', async ({
  page,
}) => {
  await openApp(page, 'lang=sv&tool=export');
  const panel = page.getByRole('complementary', { name: 'Export' });
  await expect(panel.getByRole('heading', { name: 'För kalkylprogram' })).toBeVisible();
  for (const f of EXPORT_FORMATS)
    await expect(panel.getByRole('button', { name: label('sv', f.labelKey), exact: true })).toBeVisible();
  await expect(
    panel.getByRole('radio', { name: 'Excel med svenska inställningar (semikolon)' }),
  ).toBeChecked();
  // the resolution menu names the pixel sizes once the user turns to it
  await panel.getByLabel('Upplösning för PNG').focus();
  const view = await page.evaluate(() => ({ w: window.cy!.width(), h: window.cy!.height() }));
  await expect(panel.getByRole('option', { name: `2× (${view.w * 2} × ${view.h * 2} px)` })).toBeAttached();
  await expectNoSeriousViolations(page, '.export-panel');
});

test('copy link puts the address of the view on the clipboard, and it opens the same view', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await openApp(page, 'lang=en&nt=agency&tool=export');
  const panel = page.getByRole('complementary', { name: 'Export' });
  await panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(panel.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const other = await context.newPage();
  await other.goto(copied);
  await other.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
  expect(await shown(other)).toEqual(expected((n) => n.type !== 'agency'));
});

test('data: a valid file replaces the graph, a wrong one is refused with where and why', async ({ page }) => {
  const ids = new Set(['polismyndigheten', 'sakerhetspolisen', 'europol', 'interpol']);
  const edges = DATA.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const nodes = DATA.nodes.filter((n) => ids.has(n.id));
  const cited = new Set([...nodes, ...edges].flatMap((x) => (x.evidence ?? []).map((ev) => ev.source)));
  const small = {
    meta: { title: { sv: 'Litet nät', en: 'Small network' } },
    sources: DATA.sources.filter((s) => cited.has(s.id)),
    nodes,
    edges,
  };
  const file = (name: string, body: string) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(body),
  });
  const count = () => page.evaluate(() => window.cy!.nodes().length);

  await openApp(page, 'lang=en');
  const panel = await openTool(page, 'Data');
  const input = panel.getByLabel('Choose a dataset file');
  await input.setInputFiles(file('small.json', JSON.stringify(small)));
  await expect(
    panel.getByText(`Loaded small.json: ${nodes.length} organisations and ${edges.length} relationships.`),
  ).toBeVisible();
  await expect(panel.getByText('Your file: small.json')).toBeVisible();
  await expect.poll(count).toBe(nodes.length);
  // laid out afresh: no two nodes on the same spot
  const spots = () =>
    page.evaluate(
      () =>
        new Set(
          window.cy!.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`),
        ).size,
    );
  await expect.poll(spots).toBe(nodes.length);

  await input.setInputFiles(file('broken.json', '{ "meta": '));
  await expect(panel.getByRole('alert')).toContainText('broken.json was not loaded');
  await expect(panel.getByRole('alert')).toContainText('is not valid JSON');
  const wrong = { ...small, edges: [{ ...edges[0]!, target: 'europoll' }] };
  await input.setInputFiles(file('wrong.json', JSON.stringify(wrong)));
  await expect(panel.getByRole('alert')).toContainText('edges[0].target');
  await expect(panel.getByRole('alert')).toContainText('The dataset in use is unchanged.');
  expect(await count()).toBe(nodes.length);

  // drag and drop, anywhere on the page while the panel is open (here: onto the graph)
  const dropped = await page.evaluateHandle(
    (body) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
      return dt;
    },
    JSON.stringify({ ...small, nodes: nodes.slice(0, 2), edges: [] }),
  );
  await page.locator('#graph').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(panel.getByText('Your file: dropped.json')).toBeVisible();
  await expect.poll(count).toBe(2);

  await panel.getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect.poll(count).toBe(DATA.nodes.length);
  await expect(panel.getByText('Built-in dataset', { exact: true })).toBeVisible();
});

test('a file saved by the JSON export loads again in the app', async ({ page }) => {
  await openApp(page, 'lang=en&nt=country');
  const json = await download(page, async () => {
    const panel = await openTool(page, 'Export');
    await panel.getByRole('button', { name: /^JSON/ }).click();
  });
  const panel = await openTool(page, 'Data');
  await panel
    .getByLabel('Choose a dataset file')
    .setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: readFileSync(json.path) });
  await expect(panel.getByText('Your file: again.json')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.cy!.nodes().length))
    .toBe(DATA.nodes.filter((n) => n.type !== 'country').length);
});
