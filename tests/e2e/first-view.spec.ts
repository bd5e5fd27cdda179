/**
 * What the first view leaves for later, in the built app in Chromium: the built-in network's
 * prose (descriptions, quotes, the glossary) is not fetched before the first graph is drawn, and
 * whatever shows it still has it at once, from a link or a first keystroke.
 */
import { expect, test } from '@playwright/test';
import { jsBeforeFirstGraph, PERF_INIT } from '../../scripts/bench/probes';
import { openApp } from './fixtures';

const OUT = process.env.E2E_OUT!;

/** Paths of the scripts the page has fetched so far. */
const scripts = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js')),
  );

test('the first graph is drawn without the built-in network’s prose, which follows once the page is idle', async ({
  page,
}) => {
  await page.addInitScript({ content: PERF_INIT });
  await openApp(page, 'lang=en');
  await page.waitForFunction(() => window.__perf?.firstDrawn != null);
  const before = await jsBeforeFirstGraph(page, OUT);
  expect(
    before.files.some((f) => f.includes('builtinProse')),
    before.files.join(', '),
  ).toBe(false);
  await expect.poll(async () => (await scripts(page)).some((p) => p.includes('builtinProse'))).toBe(true);
});

test('a glossary term typed into the search before anything else finds its node: "North Atlantic Treaty Organization" is NATO', async ({
  page,
}) => {
  await openApp(page, 'lang=en');
  await page.locator('body').press('/');
  const search = page.getByRole('combobox', { name: 'Search organisations' });
  await expect(search).toBeFocused();
  await page.keyboard.type('North Atlantic Treaty');
  await expect(page.getByRole('option', { name: /^NATO/ })).toBeVisible();
});

test('a link to a relationship shows its description and quote at once, in Swedish', async ({ page }) => {
  await openApp(page, 'lang=sv&edge=noa-part-of-polismyndigheten');
  const details = page.getByRole('complementary', { name: 'Detaljer' });
  await expect(
    details.getByText('Nationella operativa avdelningen är en avdelning inom polisen.'),
  ).toBeVisible();
  await expect(
    details.getByText('chef för den internationella enheten vid Nationella operativa avdelningen'),
  ).toBeVisible();
});

test('start-up marks its steps in order, for the profile of the first view (npm run profile:start)', async ({
  page,
}) => {
  await openApp(page, 'lang=en');
  const steps = ['evaluated', 'ready', 'render', 'instance', 'drawn'].map((s) => `samverkan:start:${s}`);
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('samverkan:start:'))
          .sort((a, b) => a.startTime - b.startTime)
          .map((m) => m.name),
      ),
    )
    .toEqual(steps);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${size.width}×${size.height} the first frame Cytoscape draws is the picture at rest: framed clear of the controls, its names placed`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    // the state of the instance in its very first frame, read as that frame is drawn
    await page.addInitScript(() => {
      type Cy = NonNullable<Window['cy']>;
      const w = window as unknown as { __first?: unknown; __handedLate?: boolean };
      let held: Cy | undefined;
      Object.defineProperty(window, 'cy', {
        configurable: true,
        get: () => held,
        set: (cy: Cy | undefined) => {
          held = cy;
          if (!cy || w.__first !== undefined) return;
          // an instance that had drawn before it was handed out: its first frame went unseen
          w.__handedLate = cy.scratch('_firstDrawn') === true;
          cy.one('render', () => {
            w.__first = {
              zoom: cy.zoom(),
              pan: cy.pan(),
              placed: cy.scratch('_labelPass') != null,
              hidden: cy.$('.label-hidden').map((e) => e.id()),
              fonts: cy.nodes().map((n) => n.data('_fs') as number | undefined),
            };
          });
        },
      });
    });
    await openApp(page, 'lang=en');
    await page.waitForFunction(() => window.cy!.scratch('_atRest') === true);
    const { first, late, now } = await page.evaluate(() => {
      const cy = window.cy!;
      const w = window as unknown as { __first?: unknown; __handedLate?: boolean };
      return {
        first: w.__first,
        late: w.__handedLate,
        now: {
          zoom: cy.zoom(),
          pan: cy.pan(),
          placed: true,
          hidden: cy.$('.label-hidden').map((e) => e.id()),
          fonts: cy.nodes().map((n) => n.data('_fs') as number | undefined),
        },
      };
    });
    expect(late).toBe(false);
    expect(now.hidden.length).toBeGreaterThan(0);
    expect(first).toEqual(now);
  });
}
