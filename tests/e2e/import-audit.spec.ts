/**
 * Import, keep and export points not covered elsewhere, in the built app: a file dropped anywhere
 * on the page while the Data tool is closed (in both languages); the CSV export loaded again with
 * the same counts and positions; storage that is full; a view link that keeps its filters and
 * selection for a stored dataset.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './fixtures';
import { download, graphCounts as counts, nodePositions as positions, openTool } from './analystHelpers';

const dir = path.resolve('tests/fixtures/import');

/** Drops files (name and text, or the bytes of a fixture) on an element, as a user dragging them from a folder. */
async function dropOn(target: Locator, files: { name: string; fixture: string }[]) {
  const page = target.page();
  const bodies = files.map((f) => ({ name: f.name, bytes: [...readFileSync(path.join(dir, f.fixture))] }));
  const dt = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return data;
  }, bodies);
  await target.dispatchEvent('dragover', { dataTransfer: dt });
  await target.dispatchEvent('drop', { dataTransfer: dt });
}

/** A tool's panel, opened unless it is open already (the tool buttons toggle). */
async function toolPanel(page: Page, name: string) {
  const panel = page.getByRole('complementary', { name, exact: true });
  return (await panel.isVisible()) ? panel : openTool(page, name);
}

async function importThrough(page: Page, panel: Locator, files: string[], nodes: number, edges: number) {
  await panel.getByLabel('Choose a dataset file').setInputFiles(files.map((f) => path.join(dir, f)));
  await expect(
    panel.getByText(`With these choices: ${nodes} nodes and ${edges} relationships.`),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Load this dataset' }).click();
  await expect.poll(() => counts(page)).toEqual([nodes, edges]);
}

test.describe('a file dropped anywhere on the page, with the Data tool closed', () => {
  const texts = {
    en: {
      title: 'Samverkan',
      data: 'Data',
      pdf: 'report.pdf was not read: it is a PDF document.',
      unchanged: 'The dataset in use is unchanged.',
      check: 'Check what was found',
    },
    sv: {
      title: 'Samverkan',
      data: 'Data',
      pdf: 'report.pdf lästes inte: det är ett PDF-dokument.',
      unchanged: 'Datamängden som används är oförändrad.',
      check: 'Kontrollera vad som hittades',
    },
  } as const;
  for (const lang of ['en', 'sv'] as const) {
    test(`opens the Data tool and reads it (${lang})`, async ({ page }) => {
      const m = texts[lang];
      const { errors } = await openApp(page, `lang=${lang}`);
      const before = await counts(page);
      await expect(page.getByRole('complementary', { name: m.data, exact: true })).toHaveCount(0);
      // a file of a kind the app does not read, dropped on the page header
      await dropOn(page.locator('.app-header'), [{ name: 'report.pdf', fixture: 'report.pdf' }]);
      const panel = page.getByRole('complementary', { name: m.data, exact: true });
      await expect(panel.getByRole('alert')).toContainText(m.pdf);
      await expect(panel.getByRole('alert')).toContainText(m.unchanged);
      expect(await counts(page)).toEqual(before);
      // a CSV pair, dropped on the graph after the tool was closed again
      await panel.getByRole('button', { name: lang === 'en' ? 'Close panel' : 'Stäng panelen' }).click();
      await expect(panel).toHaveCount(0);
      await dropOn(page.locator('#graph'), [
        { name: 'kumu-elements.csv', fixture: 'kumu-elements.csv' },
        { name: 'kumu-connections.csv', fixture: 'kumu-connections.csv' },
      ]);
      await expect(panel.getByRole('heading', { name: m.check })).toBeVisible();
      expect(await counts(page)).toEqual(before);
      expect(errors).toEqual([]);
    });
  }
});

test('the CSV export loads again with the same counts and positions', async ({ page }) => {
  await openApp(page, 'lang=en');
  let panel = await openTool(page, 'Data');
  await importThrough(page, panel, ['networkx.gexf'], 6, 7);
  const want = await positions(page);
  const files = [];
  for (const button of [/^Organisations \(CSV\)/, /^Relationships with evidence \(CSV\)/]) {
    const exported = await download(page, async () => {
      const exportPanel = await toolPanel(page, 'Export');
      await exportPanel.getByRole('button', { name: button }).click();
    });
    files.push({ name: exported.name, mimeType: 'text/csv', buffer: exported.body });
  }
  expect(files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv']);
  panel = await openTool(page, 'Data');
  await panel.getByLabel('Choose a dataset file').setInputFiles(files);
  await expect(panel.getByText('With these choices: 6 nodes and 7 relationships.')).toBeVisible();
  await panel.getByRole('button', { name: 'Load this dataset' }).click();
  await expect
    .poll(() =>
      page.evaluate(() =>
        window
          .cy!.nodes()
          .map((n) => n.id())
          .join(),
      ),
    )
    .not.toBe('');
  await expect.poll(() => counts(page)).toEqual([6, 7]);
  await expect.poll(() => positions(page)).toEqual(want);
});

test('storage that is full is a notice, and the dataset is still loaded', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (this.name !== 'datasets') return put.apply(this, args);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const { errors } = await openApp(page, 'lang=sv');
  const panel = await openTool(page, 'Data');
  await panel.getByLabel('Välj en fil med en datamängd').setInputFiles(path.join(dir, 'gephi-edges.csv'));
  await panel.getByRole('button', { name: 'Läs in datamängden' }).click();
  await expect.poll(() => counts(page)).toEqual([6, 7]);
  await expect(
    panel.getByText(
      'Datamängden gick inte att spara på den här enheten (lagringen är otillgänglig eller full): den försvinner när sidan laddas om.',
    ),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a view link keeps its filters and selection for the stored dataset', async ({ page, context }) => {
  await openApp(page, 'lang=en');
  const data = await openTool(page, 'Data');
  await importThrough(page, data, ['kumu-elements.csv', 'kumu-connections.csv'], 5, 5);
  await expect(data.getByText('Stored on this device: it will still be here after a reload.')).toBeVisible();
  const filters = await openTool(page, 'Filters');
  await filters.getByRole('checkbox', { name: /International organisation/ }).uncheck();
  await page.evaluate(() => void window.cy!.getElementById('polismyndigheten').emit('tap'));
  await expect(page).toHaveURL(/[?&]node=polismyndigheten/);
  await expect(page).toHaveURL(/[?&]data=d[a-z0-9]+/);
  const link = page.url();
  const visible = () =>
    page.evaluate(() =>
      window
        .cy!.nodes(':visible')
        .map((n) => n.id())
        .sort(),
    );
  const want = await visible();
  expect(want).not.toContain('europol');
  // the link, opened in another tab, shows that dataset with the same filters and selection
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
  expect(await counts(other)).toEqual([5, 5]);
  await expect
    .poll(() =>
      other.evaluate(() =>
        window
          .cy!.nodes(':visible')
          .map((n) => n.id())
          .sort(),
      ),
    )
    .toEqual(want);
  expect(await other.evaluate(() => window.cy!.$(':selected').map((n) => n.id()))).toEqual([
    'polismyndigheten',
  ]);
  const otherFilters = await toolPanel(other, 'Filters');
  await expect(otherFilters.getByRole('checkbox', { name: /International organisation/ })).not.toBeChecked();
});
