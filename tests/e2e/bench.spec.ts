/**
 * The browser benchmark's pieces (npm run bench:browser), so that it cannot rot unnoticed: the
 * bare Cytoscape page it compares against draws the same elements at the same positions as the
 * app, and its changes (a type hidden, the labels in the other language) do what the app's do.
 * Nothing here is timed. And the size budget: the JavaScript the page fetches before its first
 * graph stays within its budget (see scripts/initialJs.mjs), while what it leaves out still loads
 * from the sub-path.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildBare } from '../../scripts/bench/buildBare';
import { BARE_PAGE, jsBeforeFirstGraph, PERF_INIT } from '../../scripts/bench/probes';
import { INITIAL_JS_BUDGET_KB } from '../../scripts/initialJs.mjs';

const OUT = process.env.E2E_OUT!;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // served by the e2e server beside the app (it serves the whole build folder)
  await buildBare(path.join(OUT, 'bare'));
});

async function open(page: Page, url: string) {
  await page.addInitScript({ content: PERF_INIT });
  await page.goto(url);
  await page.waitForFunction(() => window.__perf?.firstDrawn != null);
}

const snapshot = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), label: n.data('label') as string, ...n.position() })),
      edges: cy.edges().map((e) => `${e.id()} ${e.source().id()}→${e.target().id()}`),
    };
  });

test('the bare page draws the same elements at the same positions, and its changes match the app’s', async ({
  page,
  browser,
}) => {
  await open(page, './?lang=en');
  const app = await snapshot(page);
  const barePage = await browser.newPage();
  await open(barePage, `./${BARE_PAGE}`);
  const bare = await snapshot(barePage);
  expect(bare.nodes.length).toBeGreaterThan(40);
  expect(bare.nodes).toEqual(app.nodes);
  expect(bare.edges).toEqual(app.edges);

  // the type filter: the app's checkbox and the bare page's toggle hide the same nodes
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: /^Swedish agency/ }).click();
  await barePage.evaluate(() => window.bare!.toggleType('agency'));
  // Cytoscape restyles at its next frame
  await expect
    .poll(() => barePage.evaluate(() => window.cy!.nodes(':visible').length))
    .toBeLessThan(app.nodes.length);
  const bareShown = await barePage.evaluate(() => window.cy!.nodes(':visible').map((n) => n.id()));
  await expect
    .poll(() => page.evaluate(() => window.cy!.nodes(':visible').map((n) => n.id())))
    .toEqual(bareShown);

  // the language: the same labels in Swedish
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await barePage.evaluate(() => window.bare!.relabel('sv'));
  const swedish = (await snapshot(barePage)).nodes.map((n) => n.label);
  expect(swedish).not.toEqual(app.nodes.map((n) => n.label));
  await expect.poll(async () => (await snapshot(page)).nodes.map((n) => n.label)).toEqual(swedish);
  await barePage.close();
});

test('the initial JavaScript is within the budget, and what it leaves out loads from the sub-path', async ({
  page,
  baseURL,
}) => {
  const loaded: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) loaded.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await open(page, './?lang=en');
  const initial = await jsBeforeFirstGraph(page, OUT);
  // the entry with the app's own modules, the libraries, the bundler's runtime and the English
  // strings: no more files than a browser fetches at once from one host over HTTP/1.1 (six), so
  // that none of them waits for another to arrive (see vite.config.ts)
  expect(initial.files.length, initial.files.join(', ')).toBeGreaterThan(2);
  expect(initial.files.length, initial.files.join(', ')).toBeLessThanOrEqual(6);
  expect(initial.kb, initial.files.join(', ')).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  const before = loaded.length;

  // a layout needs fcose, the quiz its view: each arrives as a chunk from under the sub-path
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Force-directed' });
  await page.getByRole('button', { name: 'Self-test', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect.poll(() => loaded.length).toBeGreaterThan(before + 1);
  const later = loaded.slice(before);
  const base = new URL(baseURL!).pathname;
  expect(
    later.every((l) => l.startsWith(`200 ${base}assets/`)),
    later.join(', '),
  ).toBe(true);
});
