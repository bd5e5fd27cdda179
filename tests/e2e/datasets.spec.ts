/**
 * Loading one's own dataset in real Chromium: every node and edge is drawn, whatever its id (ids
 * that are names of Object.prototype members too), and the loaded graph answers taps, including
 * the programmatic `emit('tap')` of the debug handle.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { DATA, openTool } from './analystHelpers';
import { openApp } from './fixtures';

const file = (name: string, dataset: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(dataset)),
});

/** A small dataset made from real nodes and edges, with some ids renamed. */
function smallDataset(rename: Record<string, string>): Dataset {
  const ids = new Set(['polismyndigheten', 'sakerhetspolisen', 'europol', 'interpol']);
  const id = (x: string) => (Object.hasOwn(rename, x) ? rename[x]! : x);
  const nodes = DATA.nodes.filter((n) => ids.has(n.id)).map((n) => ({ ...n, id: id(n.id) }));
  const edges = DATA.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ ...e, id: id(e.id), source: id(e.source), target: id(e.target) }));
  const cited = new Set([...nodes, ...edges].flatMap((x) => (x.evidence ?? []).map((ev) => ev.source)));
  return {
    meta: { title: { sv: 'Litet nät', en: 'Small network' } },
    sources: DATA.sources.filter((s) => cited.has(s.id)),
    nodes,
    edges,
  };
}

const drawn = (page: Page) =>
  page.evaluate(() => ({
    nodes: window
      .cy!.nodes()
      .map((n) => n.id())
      .sort(),
    edges: window
      .cy!.edges()
      .map((e) => e.id())
      .sort(),
  }));

/** The Data tool's panel, opened if it is not open yet. */
async function dataPanel(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Data', exact: true });
  return (await panel.isVisible()) ? panel : openTool(page, 'Data');
}

async function load(page: Page, name: string, dataset: Dataset) {
  const panel = await dataPanel(page);
  await panel.getByLabel('Choose a dataset file').setInputFiles(file(name, dataset));
  await expect(panel.getByText(`Your file: ${name}`)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(dataset.nodes.length);
}

test('ids that are names of Object.prototype members are drawn and selectable like any other', async ({
  page,
}) => {
  const { errors } = await openApp(page, 'lang=en');
  const firstEdge = smallDataset({}).edges[0]!.id;
  const dataset = smallDataset({ europol: 'constructor', [firstEdge]: 'constructor-edge' });
  // and an edge whose own id is `constructor`, between two other nodes
  const withEdge = smallDataset({ [firstEdge]: 'constructor' });
  expect(dataset.nodes.some((n) => n.id === 'constructor')).toBe(true);

  await load(page, 'proto.json', dataset);
  expect(await drawn(page)).toEqual({
    nodes: dataset.nodes.map((n) => n.id).sort(),
    edges: dataset.edges.map((e) => e.id).sort(),
  });
  // every edge joins the nodes it names
  const ends = await page.evaluate(() =>
    window.cy!.edges().map((e) => [e.id(), e.source().id(), e.target().id()]),
  );
  expect(ends.sort()).toEqual(dataset.edges.map((e) => [e.id, e.source, e.target]).sort());
  // laid out like any other: no two nodes on the same spot
  const spots = () =>
    page.evaluate(
      () =>
        new Set(
          window.cy!.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`),
        ).size,
    );
  await expect.poll(spots).toBe(dataset.nodes.length);
  // found by the search and selected, like any node
  await page.getByRole('combobox', { name: 'Search organisations' }).fill('Europol');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => window.cy!.$(':selected').map((n) => n.id())))
    .toEqual(['constructor']);
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: /Europol/ }),
  ).toBeVisible();

  await load(page, 'proto-edge.json', withEdge);
  expect(await drawn(page)).toEqual({
    nodes: withEdge.nodes.map((n) => n.id).sort(),
    edges: withEdge.edges.map((e) => e.id).sort(),
  });
  expect(errors).toEqual([]);
});

/**
 * `emit` returns the element, which the evaluation then serializes and sends back. Cytoscape's
 * caches are sparse arrays billions long inside each element's internals: walking them froze the
 * tab until it ran out of memory. The returned element must come back at once.
 */
test('after loading a dataset, a tap emitted on a node or edge selects it, without errors', async ({
  page,
}) => {
  const { errors } = await openApp(page, 'lang=en');
  const dataset = smallDataset({});
  await load(page, 'small.json', dataset);
  const details = page.getByRole('complementary', { name: 'Details' });
  await page.evaluate(() => window.cy!.getElementById('sakerhetspolisen').emit('tap'));
  await expect(details.getByRole('heading', { name: /Swedish Security Service/ })).toBeVisible();
  const edge = dataset.edges[0]!;
  await page.evaluate((id) => window.cy!.getElementById(id).emit('tap'), edge.id);
  expect(await page.evaluate(() => window.cy!.$(':selected').map((e) => e.id()))).toEqual([edge.id]);
  await expect(details).toBeVisible();
  // and once more after going back to the built-in dataset
  await (await dataPanel(page)).getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(DATA.nodes.length);
  await page.evaluate(() => window.cy!.getElementById('nct').emit('tap'));
  // and a whole collection, and the instance itself
  expect(await page.evaluate(() => window.cy!.nodes())).toBeTruthy();
  expect(await page.evaluate(() => window.cy!)).toBeTruthy();
  expect(await page.evaluate(() => window.cy!.$(':selected').map((e) => e.id()))).toEqual(['nct']);
  expect(errors).toEqual([]);
});
