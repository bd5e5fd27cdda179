/**
 * Helpers for the analysts' end-to-end tests: the real dataset (to compute what a filter should
 * show, independently of the app's own code), the graph's visible ids, tool panels and downloads.
 */
import { readFileSync } from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';

export const DATA: Dataset = JSON.parse(
  readFileSync(new URL('../../data/network.json', import.meta.url), 'utf8'),
);

/** What Cytoscape shows: ids of nodes and edges not display:none (faded ones count as shown). */
export async function shown(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => ({
    nodes: window
      .cy!.nodes(':visible')
      .map((n) => n.id())
      .sort(),
    edges: window
      .cy!.edges(':visible')
      .map((e) => e.id())
      .sort(),
  }));
}

/** The nodes a predicate keeps, and the edges whose two ends are kept and that `edgeOk` keeps. */
export function expected(
  nodeOk: (n: Dataset['nodes'][number]) => boolean,
  edgeOk: (e: Dataset['edges'][number]) => boolean = () => true,
) {
  const nodes = DATA.nodes.filter(nodeOk).map((n) => n.id);
  const keep = new Set(nodes);
  const edges = DATA.edges
    .filter((e) => keep.has(e.source) && keep.has(e.target) && edgeOk(e))
    .map((e) => e.id);
  return { nodes: nodes.sort(), edges: edges.sort() };
}

/** Opens a tool from the tool rail and returns its panel. */
export async function openTool(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: /Tools|Verktyg/ })
    .getByRole('button', { name, exact: true })
    .click();
  const panel = page.getByRole('complementary', { name, exact: true });
  await expect(panel).toBeVisible();
  return panel;
}

/**
 * Chromium lets a page start at most ten downloads a second and silently drops the rest; a test
 * that saves every format in a row goes faster than that, so downloads are spaced this far apart.
 */
const DOWNLOAD_SPACING_MS = 120;
const lastDownload = new WeakMap<Page, number>();

/** Clicks a button that saves a file and returns the file's name and content. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; path: string; body: Buffer }> {
  const wait = (lastDownload.get(page) ?? 0) + DOWNLOAD_SPACING_MS - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  lastDownload.set(page, Date.now());
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const d: Download = file;
  const path = await d.path();
  return { name: d.suggestedFilename(), path, body: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Counts elements matching CSS selectors in an XML text parsed by the browser's DOMParser (null if it does not parse). */
export async function xmlCounts(
  page: Page,
  xml: string,
  type: string,
  selectors: string[],
): Promise<Record<string, number> | null> {
  return page.evaluate(
    ({ xml, type, selectors }) => {
      const doc = new DOMParser().parseFromString(xml, type as DOMParserSupportedType);
      if (doc.getElementsByTagName('parsererror').length) return null;
      return Object.fromEntries(selectors.map((sel) => [sel, doc.querySelectorAll(sel).length]));
    },
    { xml, type, selectors },
  );
}

/** How many nodes and edges the graph has. */
export const graphCounts = (page: Page) =>
  page.evaluate(() => [window.cy!.nodes().length, window.cy!.edges().length]);

/** Every node's position, rounded to whole model units (GEXF keeps two decimals; -0 read as 0). */
export const nodePositions = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      window
        .cy!.nodes()
        .map((n) => [n.id(), { x: Math.round(n.position('x')) + 0, y: Math.round(n.position('y')) + 0 }]),
    ),
  );
