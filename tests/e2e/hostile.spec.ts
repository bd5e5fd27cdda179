/**
 * Hostile input through the real UI: a short fixed-seed fuzz of links (malformed, huge, hostile)
 * that must never blank the page, throw or inject anything, and files that are broken, deeply
 * nested or UTF-16, whose problems are shown in the UI language with their place in the file.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { seededRandom } from '../../src/graph/random';
import { HOSTILE } from '../../scripts/hostile';
import { synthetic } from '../../scripts/synthetic';
import { openApp } from './fixtures';
import { openTool } from './analystHelpers';

const SEED = 1312;
const PARAMS = [
  'node',
  'edge',
  'view',
  'tool',
  'layout',
  'nt',
  'lv',
  'et',
  'src',
  'years',
  'focus',
  'depth',
  'dir',
  'from',
  'to',
  'via',
  'size',
  'tour',
  'step',
  'present',
  'lang',
  'x',
];
const VALUES = [
  'A'.repeat(100_000),
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '%',
  '%E0%A4%A',
  '%00%01',
  '\u202e\u0000\uffff',
  '0000-2000',
  '-',
  ',,,,',
  'constructor',
  '__proto__',
  'toString',
  'europol',
  '9'.repeat(400),
  Array(2000).fill('agency').join(','),
];

/**
 * The same links on every run: each hostile value once (with a parameter picked at random), then
 * `count` links of a few parameters with hostile values, some left unencoded.
 */
function links(count: number): string[] {
  const rnd = seededRandom(SEED);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const each = VALUES.map((v) =>
    new URLSearchParams([
      ['lang', 'en'],
      [pick(PARAMS), v],
    ]).toString(),
  );
  return [
    ...each,
    ...Array.from({ length: count }, () => {
      const pairs = Array.from(
        { length: 1 + Math.floor(rnd() * 4) },
        () => [pick(PARAMS), pick(VALUES)] as const,
      );
      return rnd() < 0.5
        ? new URLSearchParams([['lang', 'en'], ...pairs.map(([k, v]) => [k, v])]).toString()
        : ['lang=en', ...pairs.map(([k, v]) => `${k}=${v.replace(/[#&]/g, '')}`)].join('&');
    }),
  ];
}

test('a fixed-seed fuzz of links never blanks the page, throws or injects anything', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // the page itself, whatever the query: the test server (like many hosts) refuses a 100 kB
  // address before the app could see it, and it is the app's reading of the link that is tested
  await page.route(/\?/, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch({ url: route.request().url().replace(/\?.*$/s, '') });
    return route.fulfill({ response });
  });
  for (const link of links(16)) {
    await page.goto(`./?${link}`);
    await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // a notice names what was ignored, each value shortened (a 100 kB value is not laid out whole)
    const longest = await page.evaluate(() =>
      Math.max(0, ...[...document.querySelectorAll('.notice li')].map((li) => li.textContent?.length ?? 0)),
    );
    expect(longest, link.slice(0, 200)).toBeLessThan(300);
    expect(
      await page.evaluate(() => (window as { __pwned?: number }).__pwned),
      link.slice(0, 200),
    ).toBeUndefined();
  }
  expect(errors).toEqual([]);
});

test('a broken file loaded in the Swedish UI is refused with Swedish messages, each with its path', async ({
  page,
}) => {
  const { errors } = await openApp(page, 'lang=sv');
  const before = await page.evaluate(() => window.cy!.nodes().length);
  const panel = await openTool(page, 'Data');
  const broken = readFileSync(new URL('../fixtures/data/broken-network.json', import.meta.url));
  await panel
    .getByLabel('Välj en fil med en datamängd')
    .setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: broken });
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('trasig.json lästes inte in: filen har 3 fel.');
  const items = alert.getByRole('listitem');
  await expect(items).toHaveText([
    // the file's form first, then what it refers to (types may be the file's own, declared in it)
    'nodes[1].label.en: saknas (varje text behövs både på svenska, ”sv”, och engelska, ”en”)',
    'nodes[1].type: ”agncy” är ingen nodtyp (menade du ”agency”?)',
    'edges[0].target: ”europl” är inget nod-id (menade du ”europol”?)',
  ]);
  expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(before);
  expect(errors).toEqual([]);
});

test('a deeply nested file gives a message with its path, not a crash; a UTF-16 file loads', async ({
  page,
}) => {
  const { errors } = await openApp(page, 'lang=en');
  const panel = await openTool(page, 'Data');
  const input = panel.getByLabel('Choose a dataset file');
  const deep = HOSTILE.find((h) => h.name === '100,000 nested objects as an edge type')!.text();
  await input.setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await expect(panel.getByRole('alert')).toContainText('deep.json was not loaded');
  await expect(panel.getByRole('alert').getByRole('listitem')).toHaveText([
    'edges[0].type.a.a.a.a: holds lists and objects nested more than 20 levels deep, which no dataset needs (the format goes 6 levels deep at most)',
  ]);
  // the same five-node dataset saved as UTF-16 (little-endian, with a byte-order mark)
  const small = JSON.stringify(synthetic(5));
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(small, 'utf16le')]);
  await input.setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: utf16 });
  await expect(panel.getByText('Your file: utf16.json')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(5);
  expect(errors).toEqual([]);
});
