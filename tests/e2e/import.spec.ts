/**
 * Import and keep, in the built app: files written by networkx, Kumu, Gephi and a spreadsheet
 * load through the mapping step with the right counts; bad files get their message in both
 * languages and leave the dataset in use as it was; a loaded dataset (and a dragged node) survives
 * a reload and a new tab; our own exports load again with the same counts and positions; storage
 * that is missing or throws is a notice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './fixtures';
import { download, openTool } from './analystHelpers';

const dir = path.resolve('tests/fixtures/import');
const fixture = (name: string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(path.join(dir, name)),
});
const counts = (page: Page) => page.evaluate(() => [window.cy!.nodes().length, window.cy!.edges().length]);
const positionOf = (page: Page, id: string) =>
  page.evaluate((n) => {
    const p = window.cy!.getElementById(n).position();
    return { x: Math.round(p.x), y: Math.round(p.y) };
  }, id);

type FileArg = { name: string; mimeType: string; buffer: Buffer };

async function choose(panel: Locator, files: FileArg[]) {
  await panel.getByLabel(/Choose a dataset file|Välj en fil med en datamängd/).setInputFiles(files);
}

/** Chooses files, checks the mapping step's count and loads the result. */
async function importThrough(page: Page, panel: Locator, files: FileArg[], nodes: number, edges: number) {
  await choose(panel, files);
  await expect(panel.getByRole('heading', { name: 'Check what was found' })).toBeVisible();
  await expect(
    panel.getByText(`With these choices: ${nodes} nodes and ${edges} relationships.`),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Load this dataset' }).click();
  await expect.poll(() => counts(page)).toEqual([nodes, edges]);
}

test.describe('files from other tools load through the mapping step', () => {
  const cases: [string, string[], number, number][] = [
    ['a networkx GraphML', ['networkx.graphml'], 6, 5],
    ['a networkx GEXF', ['networkx.gexf'], 6, 7],
    ['a Kumu CSV pair', ['kumu-elements.csv', 'kumu-connections.csv'], 5, 5],
    ['a Gephi edges CSV', ['gephi-edges.csv'], 6, 7],
    ['an Excel workbook', ['workbook.xlsx'], 4, 3],
  ];
  for (const [what, files, nodes, edges] of cases) {
    test(what, async ({ page }) => {
      const { errors } = await openApp(page, 'lang=en');
      const panel = await openTool(page, 'Data');
      const before = await counts(page);
      await choose(panel, files.map(fixture));
      await expect(panel.getByRole('heading', { name: 'Check what was found' })).toBeVisible();
      // nothing changes until the user loads the result
      expect(await counts(page)).toEqual(before);
      await expect(
        panel.getByText(`With these choices: ${nodes} nodes and ${edges} relationships.`),
      ).toBeVisible();
      await panel.getByRole('button', { name: 'Load this dataset' }).click();
      await expect.poll(() => counts(page)).toEqual([nodes, edges]);
      await expect(
        panel.getByText('Stored on this device: it will still be here after a reload.'),
      ).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('a relationship with no evidence given is drawn, listed and filtered as such', async ({ page }) => {
    await openApp(page, 'lang=en');
    const panel = await openTool(page, 'Data');
    await importThrough(page, panel, [fixture('kumu-elements.csv'), fixture('kumu-connections.csv')], 5, 5);
    await expect(panel.getByText(/5 of 5 relationships give no source or quote/)).toBeVisible();
    const style = await page.evaluate(() => {
      const e = window.cy!.edges()[0]!;
      return { line: e.style('line-style'), colour: e.style('line-color') };
    });
    expect(style).toEqual({ line: 'dashed', colour: 'rgb(140,140,140)' });
    const edgeId = await page.evaluate(() => window.cy!.edges()[0]!.id());
    await page.evaluate((id) => void window.cy!.getElementById(id).emit('tap'), edgeId);
    await expect(page.getByText('No evidence given', { exact: true })).toBeVisible();
    const filters = await openTool(page, 'Filters');
    await filters.getByRole('checkbox', { name: /Relationships with no evidence given/ }).uncheck();
    await expect.poll(() => page.evaluate(() => window.cy!.edges(':visible').length)).toBe(0);
  });
});

test.describe('bad files get a message in the UI language and leave the dataset in use', () => {
  /** Large files are made in the page and dropped on the graph (sending 30 MB to the browser is slow). */
  const dropMade = async (page: Page, kind: 'big' | 'many') => {
    const dt = await page.evaluateHandle((k) => {
      const data = new DataTransfer();
      const body =
        k === 'big'
          ? new Uint8Array(30 * 1024 * 1024).fill(97)
          : ['From,To', ...Array.from({ length: 200_000 }, (_, i) => `a${i},b${i}`)].join('\n');
      data.items.add(new File([body], k === 'big' ? 'big.csv' : 'many.csv', { type: 'text/csv' }));
      return data;
    }, kind);
    await page.locator('#graph').dispatchEvent('drop', { dataTransfer: dt });
  };
  const messages = {
    en: {
      pdf: 'report.pdf was not read: it is a PDF document.',
      reads: 'The app reads JSON in its own format, CSV',
      big: 'big.csv was not read: it is 30 MB, and the app reads files of at most 20 MB.',
      many: 'many.csv was not read: it has 200,000 rows or elements, and the app reads at most 100,000 at a time.',
      ragged: '2 rows have a different number of cells from the header (3) and were left out: rows 3, 4.',
      unknown: '2 relationships to unknown nodes were left out: rows 3, 4.',
      duplicate: '1 node repeats an id used before and was left out (the first is kept): row 4.',
      cancel: 'Cancel',
      unchanged: 'The dataset in use is unchanged.',
    },
    sv: {
      pdf: 'report.pdf lästes inte: det är ett PDF-dokument.',
      reads: 'Appen läser JSON i sitt eget format, CSV',
      big: 'big.csv lästes inte: filen är 30 MB, och appen läser filer på högst 20 MB.',
      many: 'many.csv lästes inte: filen har 200 000 rader eller element, och appen läser högst 100 000 åt gången.',
      ragged: '2 rader har ett annat antal celler än rubrikraden (3) och lämnades utanför: raderna 3, 4.',
      unknown: '2 relationer till okända noder lämnades utanför: raderna 3, 4.',
      duplicate: '1 nod har ett id som redan används och lämnades utanför (den första behålls): rad 4.',
      cancel: 'Avbryt',
      unchanged: 'Datamängden som används är oförändrad.',
    },
  } as const;

  for (const lang of ['en', 'sv'] as const) {
    test(`in ${lang === 'en' ? 'English' : 'Swedish'}`, async ({ page }) => {
      const m = messages[lang];
      await openApp(page, 'lang=en');
      let panel = await openTool(page, 'Data');
      await importThrough(page, panel, [fixture('kumu-elements.csv'), fixture('kumu-connections.csv')], 5, 5);
      if (lang === 'sv') {
        await page.getByRole('button', { name: 'Svenska' }).click();
        panel = page.getByRole('complementary', { name: 'Data', exact: true });
      }
      const unchanged = async () => {
        expect(await counts(page)).toEqual([5, 5]);
        await expect(panel.getByText(/kumu-connections/).first()).toBeVisible();
      };
      for (const [files, texts] of [
        [[fixture('report.pdf')], [m.pdf, m.reads, m.unchanged]],
        ['big', [m.big, m.unchanged]],
        ['many', [m.many, m.unchanged]],
      ] as const) {
        if (typeof files === 'string') await dropMade(page, files);
        else await choose(panel, [...files]);
        const alert = panel.getByRole('alert');
        for (const text of texts) await expect(alert).toContainText(text);
        await unchanged();
      }
      // problems the mapping step can work round: said with their rows, nothing changes until loaded
      for (const [files, text] of [
        [[fixture('ragged.csv')], m.ragged],
        [[fixture('unknown-ends-nodes.csv'), fixture('unknown-ends-edges.csv')], m.unknown],
        [[fixture('unknown-ends-nodes.csv'), fixture('unknown-ends-edges.csv')], m.duplicate],
      ] as const) {
        await choose(panel, [...files]);
        await expect(panel.getByText(text)).toBeVisible();
        await unchanged();
        await panel.getByRole('button', { name: m.cancel }).click();
        await unchanged();
      }
    });
  }
});

test('a loaded dataset, a dragged node and the view survive a reload and a new tab', async ({
  page,
  context,
}) => {
  await openApp(page, 'lang=en');
  const panel = await openTool(page, 'Data');
  await importThrough(page, panel, [fixture('networkx.gexf')], 6, 7);
  await expect(panel.getByText('Stored on this device: it will still be here after a reload.')).toBeVisible();
  await expect(page).toHaveURL(/[?&]data=d[a-z0-9]+/);
  // drag a node by mouse
  const from = await page.evaluate(() => {
    const n = window.cy!.getElementById('sapo');
    const p = n.renderedPosition();
    const box = window.cy!.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  const before = await positionOf(page, 'sapo');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
  await page.mouse.up();
  const dragged = await positionOf(page, 'sapo');
  expect(dragged).not.toEqual(before);
  await page.evaluate(() => void window.cy!.getElementById('nct').emit('tap'));
  await expect(page).toHaveURL(/[?&]node=nct/);
  await page.waitForTimeout(800); // the stored copy is written a moment after the last change
  await page.reload();
  await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
  expect(await counts(page)).toEqual([6, 7]);
  expect(await positionOf(page, 'sapo')).toEqual(dragged);
  expect(await page.evaluate(() => window.cy!.$(':selected').map((n) => n.id()))).toEqual(['nct']);
  // a new tab opened on the bare address brings the last dataset back, where it was left
  const other = await context.newPage();
  await other.goto('./');
  await other.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
  expect(await counts(other)).toEqual([6, 7]);
  expect(await positionOf(other, 'sapo')).toEqual(dragged);
  // listed under recent datasets, and deleted from there
  // the Data tool was open when the view was left, so it opens again
  const list = other.getByRole('complementary', { name: 'Data', exact: true });
  await expect(list).toBeVisible();
  const recent = list.getByRole('region', { name: 'Recent datasets on this device' });
  await expect(recent.getByText('networkx', { exact: true })).toBeVisible();
  await expect(recent.getByText(/6 nodes, 7 relationships/)).toBeVisible();
  await list.getByRole('button', { name: 'Delete networkx' }).click();
  await expect(list.getByText('networkx was deleted from this device.')).toBeVisible();
  await expect(recent.getByText('None yet: datasets you load are kept here.')).toBeVisible();
});

test('copy link says what the link will open', async ({ page }) => {
  await openApp(page, 'lang=en');
  const data = await openTool(page, 'Data');
  await importThrough(page, data, [fixture('gephi-edges.csv')], 6, 7);
  await expect(data.getByText('Stored on this device: it will still be here after a reload.')).toBeVisible();
  const panel = await openTool(page, 'Export');
  await expect(
    panel.getByText('This link opens “gephi-edges” with this view, but only in this browser on this device'),
  ).toBeVisible();
});

test('our exports load again with the same counts and positions', async ({ page }, testInfo) => {
  await openApp(page, 'lang=en');
  let panel = await openTool(page, 'Data');
  await importThrough(page, panel, [fixture('networkx.gexf')], 6, 7);
  const positions = () =>
    page.evaluate(() =>
      Object.fromEntries(
        window
          .cy!.nodes()
          .map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }]),
      ),
    );
  const want = await positions();
  for (const [button, name] of [
    [/^JSON/, 'again.json'],
    [/^GraphML/, 'again.graphml'],
    [/^GEXF/, 'again.gexf'],
  ] as const) {
    const exported = await download(page, async () => {
      const exportPanel = await openTool(page, 'Export');
      await exportPanel.getByRole('button', { name: button }).click();
    });
    panel = await openTool(page, 'Data');
    const file = { name, mimeType: 'application/octet-stream', buffer: exported.body };
    if (name.endsWith('.json')) {
      await choose(panel, [file]);
      await expect.poll(() => counts(page)).toEqual([6, 7]);
    } else await importThrough(page, panel, [file], 6, 7);
    await expect.poll(positions, { message: name }).toEqual(want);
    testInfo.annotations.push({ type: 'reimported', description: name });
  }
});

test('a large file is previewed on a sample while the choices are made, and loaded whole', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { errors } = await openApp(page, 'lang=en');
  const panel = await openTool(page, 'Data');
  // an edges-only file of 2,000 relationships in a chain: its ends become 2,001 nodes
  const rows = Array.from({ length: 2000 }, (_, i) => `n${i},n${i + 1}`);
  await choose(panel, [
    { name: 'chain.csv', mimeType: 'text/csv', buffer: Buffer.from(`Source,Target\n${rows.join('\n')}\n`) },
  ]);
  await expect(panel.getByRole('heading', { name: 'Check what was found' })).toBeVisible();
  const sampled = (nodes: string, edges: string) =>
    `A sample of 1,000 of the file’s 2,000 rows (the first ones, and the nodes they name) gives ${nodes} nodes and ${edges} relationships with these choices. The whole file is read with them when you load it.`;
  await expect(panel.getByText(sampled('1,001', '1,000'))).toBeVisible();
  // a choice changes the preview at once, and is the one the whole file is read with
  await panel.getByLabel('Type of relationships without one').selectOption({ label: 'supports' });
  await expect(panel.getByText(sampled('1,001', '1,000'))).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(
    // numbers as Swedish writes them, grouped with a (no-break) space
    panel.getByText(
      /^Ett urval om 1\s000 av filens 2\s000 rader \(de första, och noderna de nämner\) ger med de här valen 1\s001 noder och 1\s000 relationer\. Hela filen läses med valen när du läser in datamängden\.$/,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await panel.getByRole('button', { name: 'Load this dataset' }).click();
  // the graph is made afresh for the new dataset: wait for the new one
  await page.waitForFunction(
    () => window.cy?.nodes().length === 2001 && window.cy?.edges().length === 2000,
    null,
    {
      timeout: 60_000,
    },
  );
  expect(
    await page.evaluate(() => [...new Set(window.cy!.edges().map((e) => e.data('type') as string))]),
  ).toEqual(['supports']);
  expect(errors).toEqual([]);
});

test.describe('storage that is missing or throws is a notice, never an error', () => {
  for (const [what, script] of [
    ['missing', () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })],
    [
      'throwing',
      () =>
        Object.defineProperty(window, 'indexedDB', {
          configurable: true,
          value: {
            open() {
              throw new DOMException('The user denied permission to access the database.', 'SecurityError');
            },
          },
        }),
    ],
  ] as const) {
    test(what, async ({ page }) => {
      await page.addInitScript(script);
      const { errors } = await openApp(page, 'lang=en');
      const panel = await openTool(page, 'Data');
      await expect(
        panel.getByText('Storage on this device is unavailable, so loaded datasets cannot be kept.'),
      ).toBeVisible();
      await importThrough(page, panel, [fixture('gephi-edges.csv')], 6, 7);
      await expect(panel.getByText(/could not be stored on this device/)).toBeVisible();
      const exportPanel = await openTool(page, 'Export');
      await expect(
        exportPanel.getByText(/This link opens the built-in dataset with this view/),
      ).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});
