/**
 * A file's own types, in the built app: the mapping step lists each type value with its count;
 * one is kept as a new type in a chosen colour, the other made one of ours; the new type is in
 * the legend with that colour, in the type filter (hiding it hides its nodes), drawn in its colour
 * and shape, and it comes back the same from an exported JSON file and after a reload. The
 * mapping step's texts are checked in both languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousViolations, openApp } from './fixtures';
import { download, openTool } from './analystHelpers';

const dir = path.resolve('tests/fixtures/import');
const fixture = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(path.join(dir, name)),
});
const FILES = [fixture('own-types-nodes.csv'), fixture('own-types-edges.csv')];
const CELLS = ['cell-nord', 'cell-syd', 'cell-vast'];
const CHOSEN = '#aa3377';
const CHOSEN_RGB = 'rgb(170,51,119)';

const counts = (page: Page) => page.evaluate(() => [window.cy!.nodes().length, window.cy!.edges().length]);
/** How Cytoscape draws each node: its type, fill and shape. */
const drawn = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      window
        .cy!.nodes()
        .map((n) => [
          n.id(),
          `${n.data('type') as string} ${n.style('background-color') as string} ${n.style('shape') as string}`,
        ]),
    ),
  );

async function choose(panel: Locator) {
  await panel.getByLabel(/Choose a dataset file|Välj en fil med en datamängd/).setInputFiles(FILES);
}

/** The legend's row for a type, opened if need be, and the fill of its swatch. */
async function legendRow(page: Page, name: string) {
  const toggle = page.getByRole('button', { name: /^(Legend|Teckenförklaring)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const legend = page.getByRole('region', { name: /^(Legend|Teckenförklaring)$/ });
  const row = legend.getByRole('listitem').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  return { row, fill: await row.locator('svg path').first().getAttribute('fill') };
}

test('a file’s own type is kept with its colour: legend, filter, drawing, export and reload', async ({
  page,
}) => {
  const { errors } = await openApp(page, 'lang=en');
  let panel = await openTool(page, 'Data');
  await choose(panel);
  await expect(panel.getByRole('heading', { name: 'Check what was found' })).toBeVisible();
  // each value with its count; ours matched by name, the others offered as new types
  const values = panel.getByRole('group', { name: 'Node types in the file' });
  await expect(values.getByText('“Agency”: 1 node', { exact: true })).toBeVisible();
  await expect(values.getByText('“Analyst cell”: 3 nodes', { exact: true })).toBeVisible();
  await expect(values.getByText('“Informant”: 2 nodes', { exact: true })).toBeVisible();
  await expect(values.getByLabel('“Agency” becomes')).toHaveValue('agency');
  const cell = values.getByLabel('“Analyst cell” becomes');
  await expect(cell.locator('option:checked')).toHaveText('A new type of its own');
  await expect(values.getByLabel('Name of “Analyst cell” in English')).toHaveValue('Analyst cell');
  await expect(
    values
      .getByText('Until you write a name, the file’s own word is used and marked as not translated.')
      .first(),
  ).toBeVisible();
  // keep "Analyst cell" in a colour of the user's choice with a Swedish name; "Informant" becomes ours
  await values.getByLabel('Colour of “Analyst cell”').fill(CHOSEN);
  await values.getByLabel('Name of “Analyst cell” in Swedish').fill('Analyscell');
  const shape = await values.getByLabel('Shape of “Analyst cell”').inputValue();
  await values.getByLabel('“Informant” becomes').selectOption({ label: 'Role or function' });
  await expect(values.getByLabel('Colour of “Informant”')).toHaveCount(0);
  await expect(panel.getByText('With these choices: 6 nodes and 5 relationships.')).toBeVisible();
  await panel.getByRole('button', { name: 'Load this dataset' }).click();
  await expect.poll(() => counts(page)).toEqual([6, 5]);

  const want = {
    polisen: 'agency rgb(0,114,178) round-rectangle',
    'cell-nord': `analyst-cell ${CHOSEN_RGB} ${shape}`,
    'cell-syd': `analyst-cell ${CHOSEN_RGB} ${shape}`,
    'cell-vast': `analyst-cell ${CHOSEN_RGB} ${shape}`,
    'tipsare-a': 'role rgb(86,180,233) triangle',
    'tipsare-b': 'role rgb(86,180,233) triangle',
  };
  expect(await drawn(page)).toEqual(want);
  expect((await legendRow(page, 'Analyst cell')).fill).toBe(CHOSEN);

  // the type filter has it; hiding it hides its nodes
  const filters = await openTool(page, 'Filters');
  const box = filters.getByRole('checkbox', { name: /Analyst cell/ });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect
    .poll(() =>
      page.evaluate(() =>
        window
          .cy!.nodes(':visible')
          .map((n) => n.id())
          .sort(),
      ),
    )
    .toEqual(['polisen', 'tipsare-a', 'tipsare-b']);
  await box.check();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes(':visible').length)).toBe(6);

  // named in each language by the names given: legend and details
  await page.getByRole('button', { name: 'Svenska' }).click();
  expect((await legendRow(page, 'Analyscell')).fill).toBe(CHOSEN);
  await page.evaluate(() => void window.cy!.getElementById('cell-nord').emit('tap'));
  const details = page.getByRole('complementary', { name: /^(Details|Detaljer)$/ });
  await expect(details.locator('dl')).toContainText('TypAnalyscell');
  // the Swedish name was written, the English one is still the file's word
  await expect(details.locator('dl')).not.toContainText('Analyscellinte översatt');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(details.locator('dl')).toContainText('TypeAnalyst cellnot translated');
  // the file named only one side of "Reports to": the panel says it points here, not that it reports
  await expect(details.getByRole('heading', { name: 'Reports to (pointing here) (1)' })).toBeVisible();

  // exported as JSON and loaded again: the same types, colours and shapes
  const exported = await download(page, async () => {
    const exportPanel = await openTool(page, 'Export');
    await exportPanel.getByRole('button', { name: /^JSON/ }).click();
  });
  const json = JSON.parse(exported.body.toString('utf8'));
  expect(json.types.nodes).toEqual([
    {
      id: 'analyst-cell',
      label: { sv: 'Analyscell', en: 'Analyst cell' },
      color: CHOSEN,
      shape,
      untranslated: ['label.en'],
    },
  ]);
  panel = await openTool(page, 'Data');
  await panel.getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect.poll(() => counts(page)).not.toEqual([6, 5]);
  await panel.getByLabel('Choose a dataset file').setInputFiles({
    name: 'again.json',
    mimeType: 'application/json',
    buffer: exported.body,
  });
  await expect.poll(() => counts(page)).toEqual([6, 5]);
  expect(await drawn(page)).toEqual(want);

  // and it survives a reload
  await page.waitForTimeout(800); // the stored copy is written a moment after the last change
  await page.reload();
  await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
  expect(await drawn(page)).toEqual(want);
  expect((await legendRow(page, 'Analyst cell')).fill).toBe(CHOSEN);
  for (const id of CELLS) expect(want[id as keyof typeof want]).toContain(CHOSEN_RGB);
  expect(errors).toEqual([]);
});

test('the mapping step’s type choices in Swedish', async ({ page }) => {
  await openApp(page, 'lang=sv');
  const panel = await openTool(page, 'Data');
  await choose(panel);
  await expect(panel.getByRole('heading', { name: 'Kontrollera vad som hittades' })).toBeVisible();
  const values = panel.getByRole('group', { name: 'Nodtyper i filen' });
  await expect(values.getByText('”Analyst cell”: 3 noder', { exact: true })).toBeVisible();
  await expect(values.getByText('”Agency”: 1 nod', { exact: true })).toBeVisible();
  await expect(values.getByLabel('”Analyst cell” blir').locator('option:checked')).toHaveText(
    'En ny, egen typ',
  );
  await expect(values.getByLabel('Färg för ”Analyst cell”')).toBeVisible();
  await expect(values.getByLabel('Form för ”Analyst cell”')).toBeVisible();
  await expect(values.getByLabel('Namn på ”Analyst cell” på svenska')).toHaveValue('Analyst cell');
  await expect(values.getByLabel('Namn på ”Analyst cell” på engelska')).toHaveValue('Analyst cell');
  const edges = panel.getByRole('group', { name: 'Relationstyper i filen' });
  await expect(edges.getByText('”Reports to”: 2 relationer', { exact: true })).toBeVisible();
  await expect(edges.getByLabel('Linje för ”Reports to”')).toBeVisible();
  await expect(edges.getByLabel('”Reports to” har en riktning (från → till)')).toBeChecked();
  // every new control is named and reachable: no serious accessibility violations in the step
  await expectNoSeriousViolations(page, '.import-mapping');
  await panel.getByRole('button', { name: 'Läs in datamängden' }).click();
  await expect.poll(() => counts(page)).toEqual([6, 5]);
  await expect(
    panel.getByText('3 av filens egna typer behålls som nya typer: Analyst cell, Informant, Reports to.'),
  ).toBeVisible();
});
