/**
 * GraphML, GEXF and CSV there and back through the UI, in the built app: the built-in network and
 * a small dataset of a user's own (own types, positions, texts in one language only) are saved
 * from the Export panel, chosen again in the Data panel and loaded through the mapping step; the
 * counts, both names of a node, the evidence quotes with their sources' titles, every source
 * whole, the own types in their colours, the positions and the "not translated" marks come back
 * as they were.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { openApp } from './fixtures';
import {
  DATA,
  download,
  graphCounts as counts,
  nodePositions as positions,
  openTool,
} from './analystHelpers';

type FileArg = { name: string; mimeType: string; buffer: Buffer };

const OWN_FILE: FileArg = {
  name: 'own-roundtrip.json',
  mimeType: 'application/json',
  buffer: readFileSync(path.resolve('tests/fixtures/import/own-roundtrip.json')),
};

/** How each node and edge is drawn: its type and colour. */
const drawn = (page: Page) =>
  page.evaluate(() => ({
    nodes: Object.fromEntries(
      window.cy!.nodes().map((n) => [n.id(), `${n.data('type')} ${n.style('background-color')}`]),
    ),
    edges: Object.fromEntries(
      window.cy!.edges().map((e) => [e.id(), `${e.data('type')} ${e.style('line-color')}`]),
    ),
  }));
const details = (page: Page) => page.getByRole('complementary', { name: /^(Details|Detaljer)$/ });
/** Selects a node or relationship as a tap does, with the tool panel closed so its details show. */
async function select(page: Page, id: string) {
  const close = page.getByRole('button', { name: 'Close panel' });
  if (await close.count()) await close.first().click();
  await page.waitForFunction((el) => window.cy?.getElementById(el).nonempty(), id);
  await page.evaluate((el) => void window.cy!.getElementById(el).emit('tap'), id);
}
const language = (page: Page, name: 'English' | 'Svenska') => page.getByRole('button', { name }).click();

/** Saves what one or more Export buttons write. */
async function exportFiles(page: Page, buttons: readonly RegExp[]): Promise<FileArg[]> {
  const files: FileArg[] = [];
  const panel = await openTool(page, 'Export');
  for (const name of buttons) {
    const file = await download(page, () => panel.getByRole('button', { name }).click());
    files.push({ name: file.name, mimeType: 'application/octet-stream', buffer: file.body });
  }
  return files;
}

/**
 * Chooses files in the Data panel and loads them through the mapping step. The counts may be
 * those of the dataset in use before, so the load is known to be done when the panel's message
 * has changed to the one for this load.
 */
async function importThrough(page: Page, files: FileArg[], nodes: number, edges: number) {
  const panel = await openTool(page, 'Data');
  const status = panel.getByRole('status');
  const before = (await status.count()) ? await status.first().innerText() : '';
  await panel.getByLabel('Choose a dataset file').setInputFiles(files);
  const step = panel.getByRole('heading', { name: 'Check what was found' });
  await expect(step).toBeVisible();
  await expect(
    panel.getByText(`With these choices: ${nodes} nodes and ${edges} relationships.`),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Load this dataset' }).click();
  await expect(step).toBeHidden();
  await expect
    .poll(async () => {
      const now = (await status.count()) ? await status.first().innerText() : '';
      return now !== before && now.includes(`: ${nodes} nodes and ${edges} relationships.`);
    })
    .toBe(true);
  await page.waitForFunction(
    ([n, e]) => window.cy?.nodes().length === n && window.cy?.edges().length === e,
    [nodes, edges],
  );
  return panel;
}

async function backToBuiltIn(panel: Locator, page: Page) {
  await panel.getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect.poll(() => counts(page)).toEqual([DATA.nodes.length, DATA.edges.length]);
}

const FORMATS = [
  ['GraphML', [/^GraphML/]],
  ['GEXF', [/^GEXF/]],
  ['CSV', [/^Organisations \(CSV\)/, /^Relationships with evidence/, /^Sources \(CSV\)/]],
] as const;

/** The sources of the dataset in use, as the Export panel's JSON writes them, in id order. */
async function sourcesInUse(page: Page): Promise<Dataset['sources']> {
  const [json] = await exportFiles(page, [/^JSON/]);
  const dataset = JSON.parse(json!.buffer.toString('utf8')) as Dataset;
  return [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id));
}
const sortedSources = (d: Dataset) => [...d.sources].sort((a, b) => a.id.localeCompare(b.id));

/** A quote's source as the details panel names it: its title in its own language, then ours. */
async function expectCitation(page: Page, quote: string, own: string, other: string | null) {
  const figure = details(page).locator('figure', { has: page.getByText(quote, { exact: true }) });
  await expect(figure.locator('figcaption cite')).toHaveText(own);
  if (other) await expect(figure.locator('figcaption')).toContainText(`(${other})`);
}

// each test exports, imports through the mapping step and exports again: more than one page's work
test.describe.configure({ timeout: 60_000 });

test.describe('the built-in network there and back', () => {
  const bilingual = DATA.nodes.find((n) => n.id === 'sakerhetspolisen')!;
  const quoted = DATA.edges.find((e) => e.source === 'sakerhetspolisen' && e.evidence.length)!;

  for (const [format, buttons] of FORMATS) {
    test(`as ${format}`, async ({ page }) => {
      const { errors } = await openApp(page, 'lang=en');
      expect(bilingual.label.sv).not.toBe(bilingual.label.en);
      const where = await positions(page);
      const files = await exportFiles(page, buttons);
      const names = { GraphML: /\.graphml$/, GEXF: /\.gexf$/, CSV: /^nodes\.csv$/ } as const;
      expect(files[0]!.name).toMatch(names[format]);
      const panel = await importThrough(page, files, DATA.nodes.length, DATA.edges.length);
      await expect(
        panel.getByText('Stored on this device: it will still be here after a reload.'),
      ).toBeVisible();
      // the import says where the sources came from
      await expect(
        panel.getByText(new RegExp(`describes ${DATA.sources.length} sources: their titles, publishers`)),
      ).toBeVisible();
      expect(await positions(page)).toEqual(where);

      // a node's name in each language, the other language's name beside it
      await select(page, bilingual.id);
      const heading = details(page).getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(bilingual.label.en);
      await expect(details(page).getByText(bilingual.label.sv, { exact: true })).toBeVisible();
      await language(page, 'Svenska');
      await expect(heading).toHaveText(bilingual.label.sv);
      await expect(details(page).getByText(bilingual.label.en, { exact: true })).toBeVisible();
      await language(page, 'English');

      // a relationship's quotes, each as the source gave it, under the source's title
      await select(page, quoted.id);
      for (const ev of quoted.evidence) {
        await expect(details(page).getByText(ev.quote, { exact: true })).toBeVisible();
        const source = DATA.sources.find((x) => x.id === ev.source)!;
        const own = source.language ?? 'en';
        await expectCitation(page, ev.quote, source.title[own], own === 'en' ? null : source.title.en);
      }

      // every source whole: titles in both languages, publisher, language, kind, address
      expect(await sourcesInUse(page)).toEqual(sortedSources(DATA));

      await backToBuiltIn(await openTool(page, 'Data'), page);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('a dataset of the user’s own there and back', () => {
  const own = JSON.parse(OWN_FILE.buffer.toString('utf8')) as typeof DATA;
  const cases = FORMATS;

  for (const [format, buttons] of cases) {
    test(`as ${format}: own types in their colours, positions and the “not translated” marks`, async ({
      page,
    }) => {
      const { errors } = await openApp(page, 'lang=en');
      const panel = await openTool(page, 'Data');
      await panel.getByLabel('Choose a dataset file').setInputFiles([OWN_FILE]);
      await expect.poll(() => counts(page)).toEqual([own.nodes.length, own.edges.length]);
      const look = await drawn(page);
      expect(look.nodes['cell-nord']).toBe('analyst-cell rgb(170,51,119)');
      expect(look.edges['cell-nord-reports-to-polisen']).toBe('reports-to rgb(238,119,51)');
      const where = await positions(page);
      expect(where['cell-nord']).toEqual({ x: 321, y: -140 });

      const files = await exportFiles(page, buttons);
      await importThrough(page, files, own.nodes.length, own.edges.length);
      expect(await drawn(page)).toEqual(look);
      expect(await positions(page)).toEqual(where);

      // the name given in Swedish only is still marked in English, and not in Swedish
      await select(page, 'cell-nord');
      const heading = details(page).getByRole('heading', { level: 2 });
      await expect(heading).toHaveText('Analyscell nordnot translated');
      await expect(details(page).locator('dl')).toContainText('TypeAnalyst cell');
      await expect(details(page).locator('dl')).not.toContainText('Analyst cellnot translated');
      await language(page, 'Svenska');
      await expect(heading).toHaveText('Analyscell nord');
      await language(page, 'English');
      // a name given in both languages has no mark
      await select(page, 'cell-syd');
      await expect(heading).toHaveText('Analyst cell south');

      // the relationship's quote
      await select(page, 'cell-nord-reports-to-polisen');
      const quote = 'Analyscell nord rapporterar varje vecka till polisregionens ledning.';
      await expect(details(page).getByText(quote, { exact: true })).toBeVisible();
      await expectCitation(
        page,
        quote,
        'Protokoll från samverkansmötet',
        'Minutes of the cooperation meeting',
      );
      expect(await sourcesInUse(page)).toEqual(sortedSources(own));
      expect(errors).toEqual([]);
    });
  }
});
