/**
 * Datasets kept on this device across versions of the stored form: a dataset is now stored as its
 * JSON text in a Blob (IndexedDB version 3); one stored by the version before (the dataset object
 * itself, version 2, with its positions and view in stores of their own) still opens, from its
 * link and as the last one in use, and is listed beside those stored since.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { openApp } from './fixtures';
import { graphCounts, openTool } from './analystHelpers';

const OLD: Dataset = JSON.parse(
  readFileSync(new URL('../fixtures/import/own-roundtrip.json', import.meta.url), 'utf8'),
);
const ID = 'dold0001';

/** Writes a record as version 2 of the app stored it, in a database of version 2. */
function storeAsVersion2(page: Page, dataset: Dataset) {
  return page.evaluate(
    ({ dataset, id }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('samverkan', 2);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('summaries', { keyPath: 'id' });
          db.createObjectStore('datasets', { keyPath: 'id' });
          db.createObjectStore('positions');
          db.createObjectStore('views');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const summary = {
            id,
            name: 'stored-before',
            savedAt: '2026-11-30T12:00:00.000Z',
            nodes: dataset.nodes.length,
            edges: dataset.edges.length,
          };
          const tx = db.transaction(['summaries', 'datasets', 'positions', 'views'], 'readwrite');
          tx.objectStore('summaries').put(summary);
          tx.objectStore('datasets').put({ ...summary, dataset });
          tx.objectStore('positions').put(
            new Map(dataset.nodes.map((n, i) => [n.id, { x: 100 * i, y: -50 * i }])),
            id,
          );
          tx.objectStore('views').put('lang=en&tool=data', id);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { dataset, id: ID },
  );
}

/**
 * Where a node is drawn, once the dataset holding it is the one shown: after a switch between two
 * datasets of the same size the count alone does not tell that the new one is in, so this waits for
 * the position rather than reading it once.
 */
const expectPosition = (page: Page, id: string, at: { x: number; y: number }) =>
  expect
    .poll(() => page.evaluate((id) => window.cy?.getElementById(id).position() ?? null, id), {
      timeout: 15_000,
    })
    .toEqual(at);

test('a dataset stored by the version before opens from its link, as the last one in use, and is listed', async ({
  page,
}) => {
  const { errors } = await openApp(page, 'lang=en');
  await storeAsVersion2(page, OLD);
  await page.goto(`./?data=${ID}&lang=en`);
  await page.waitForFunction((n) => window.cy?.nodes().length === n, OLD.nodes.length);
  expect(await graphCounts(page)).toEqual([OLD.nodes.length, OLD.edges.length]);
  // where it was left: the positions of its own store
  await expectPosition(page, OLD.nodes[2]!.id, { x: 200, y: -100 });

  // the Data panel lists it beside a dataset stored now, in the new form
  const panel = await openTool(page, 'Data');
  const recent = panel.getByRole('region', { name: 'Recent datasets on this device' });
  await expect(recent.getByText('stored-before', { exact: true })).toBeVisible();
  await panel.getByLabel('Choose a dataset file').setInputFiles({
    name: 'stored-now.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(OLD)),
  });
  await expect(panel.getByText('Stored on this device: it will still be here after a reload.')).toBeVisible();
  await expect(recent.getByText('stored-now.json', { exact: true })).toBeVisible();
  await expect(recent.getByText('stored-before', { exact: true })).toBeVisible();

  // the new one is kept as JSON text in a Blob, the old one as it was
  const kinds = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('samverkan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('datasets').objectStore('datasets').getAll();
          all.onsuccess = () => {
            resolve(
              (all.result as { name: string; json?: unknown; dataset?: unknown }[])
                .map((r) => `${r.name}: ${r.json instanceof Blob ? 'blob' : r.dataset ? 'object' : '?'}`)
                .sort(),
            );
            db.close();
          };
        };
      }),
  );
  expect(kinds).toEqual(['stored-before: object', 'stored-now.json: blob']);

  // opened again from the list, the old one is back as it was
  await panel.getByRole('button', { name: 'Open stored-before' }).click();
  await page.waitForFunction((n) => window.cy?.nodes().length === n, OLD.nodes.length);
  await expectPosition(page, OLD.nodes[2]!.id, { x: 200, y: -100 });

  // and as the last dataset in use, when the app is opened without a link
  await page.goto('./');
  await page.waitForFunction((n) => window.cy?.nodes().length === n, OLD.nodes.length);
  await expectPosition(page, OLD.nodes[2]!.id, { x: 200, y: -100 });
  expect(errors).toEqual([]);
});
