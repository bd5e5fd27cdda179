/**
 * The app core in real Chromium: the graph loads from stored positions with no errors; nodes and
 * edges are selected by clicking the canvas and by keyboard; the panels show names, facts,
 * relationships and evidence marked with its language; the language switch changes UI, graph
 * labels, <html lang>, URL and localStorage while keeping selection, camera and the elements
 * themselves; deep links restore a view; a malformed link gives a notice, not a crash.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { EDGE_TYPES, LEVELS, NODE_TYPES, type NodeType } from '../../src/data/vocabulary';
import { expectNoSeriousViolations, nodeCenter, openApp, selectedIds } from './fixtures';

const DATA: Dataset = JSON.parse(readFileSync(new URL('../../data/network.json', import.meta.url), 'utf8'));
const POSITIONS: Record<string, { x: number; y: number }> = JSON.parse(
  readFileSync(new URL('../../data/positions.json', import.meta.url), 'utf8'),
);
const node = (id: string) => DATA.nodes.find((n) => n.id === id)!;
const source = (id: string) => DATA.sources.find((s) => s.id === id)!;
const NCT = node('nct');
const SAPO = node('sakerhetspolisen');

/** Console errors and uncaught exceptions, collected from the start. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Closes the legend (as a user would) so it cannot cover what the test clicks on the canvas. */
async function closeLegend(page: Page) {
  const toggle = page.getByRole('button', { name: /^(Legend|Teckenförklaring)$/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

const camera = (page: Page) => page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: window.cy!.pan() }));
const positions = (page: Page) =>
  page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])));
const panel = (page: Page) => page.getByRole('complementary', { name: /^(Details|Detaljer)$/ });

test.describe('loading', () => {
  test('shows the whole network at its stored positions, with landmarks and no errors', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, 'lang=en');
    await expect(page.getByRole('application', { name: 'Cooperation network graph' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Tools' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    const counts = await page.evaluate(() => [window.cy!.nodes().length, window.cy!.edges().length]);
    expect(counts).toEqual([DATA.nodes.length, DATA.edges.length]);
    // start-up runs no layout: every node is where `npm run layout` put it
    expect(await positions(page)).toEqual(POSITIONS);
    // fitted: every node's centre is inside the graph's box
    const outside = await page.evaluate(() => {
      const cy = window.cy!;
      return cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
      }).length;
    });
    expect(outside).toBe(0);
    // labels: the acronym where there is one, else the name
    expect(await page.evaluate(() => window.cy!.getElementById('nct').data('label'))).toBe('NCT');
    await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
    // nothing scrolls sideways, not even by the half pixel of a rounded canvas
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    expect(errors).toEqual([]);
  });

  test('first visit follows the browser language: English', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('first visit with a Swedish browser', () => {
  test.use({ locale: 'sv-SE' });
  test('starts in Swedish', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('application', { name: 'Graf över samarbetsnätverket' })).toBeVisible();
    expect(await page.evaluate(() => window.cy!.getElementById('polismyndigheten').data('label'))).toBe(
      'Polismyndigheten',
    );
    await expect(page).toHaveURL(/[?&]lang=sv/);
  });
});

test.describe('selecting', () => {
  test('a hover emphasises the neighbourhood, and ends when the pointer leaves the graph straight from the node', async ({
    page,
  }) => {
    await openApp(page, 'lang=en');
    await closeLegend(page);
    const marked = () =>
      page.evaluate(() => ({
        hover: window.cy!.$('.hover').map((e) => e.id()),
        strong: window.cy!.$('.nb').length,
        quiet: window.cy!.$('.nb-quiet').length,
      }));
    const { x, y } = await nodeCenter(page, 'nct');
    await page.mouse.move(x, y);
    await expect.poll(async () => (await marked()).strong).toBeGreaterThan(1);
    expect((await marked()).hover).toEqual(['nct']);
    expect((await marked()).quiet).toBeGreaterThan(0);
    // out of the graph in one move, onto the page's header
    const header = (await page.getByRole('banner').boundingBox())!;
    await page.mouse.move(header.x + header.width / 2, header.y + header.height / 2);
    await expect.poll(marked).toEqual({ hover: [], strong: 0, quiet: 0 });
  });

  test('a node by clicking it on the canvas opens its panel with facts, relationships and evidence', async ({
    page,
  }) => {
    await openApp(page, 'lang=en');
    await closeLegend(page);
    const { x, y } = await nodeCenter(page, 'nct');
    await page.mouse.click(x, y);
    const details = panel(page);
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(NCT.label.en);
    await expect(page).toHaveURL(/[?&]node=nct(&|$)/);
    expect(await selectedIds(page)).toEqual(['nct']);
    // the name in the other language, marked with it
    await expect(details.locator('[lang="sv"]', { hasText: NCT.label.sv })).toBeVisible();
    await expect(details.locator('dl')).toContainText(`Acronym${NCT.short!.en}`);
    await expect(details.locator('dl')).toContainText(`Type${NODE_TYPES[NCT.type as NodeType].en}`);
    await expect(details.locator('dl')).toContainText(`Level${LEVELS[NCT.level].en}`);
    await expect(details.getByText(NCT.description!.en)).toBeVisible();
    // relationships grouped by type, read from this node's side, with their evidence
    const staffed = details.getByRole('region', { name: new RegExp(EDGE_TYPES['staffed-by'].en, 'i') });
    const edges = DATA.edges.filter((e) => e.source === 'nct' && e.type === 'staffed-by');
    // one link per party (the evidence beside them also links to its sources)
    await expect(staffed.getByRole('link').filter({ hasNotText: 'Open the source' })).toHaveCount(
      edges.length,
    );
    const edge = edges.find((e) => e.target === 'sakerhetspolisen')!;
    const ev = edge.evidence[0]!;
    const quoted = ev.quote!;
    const lang = source(ev.source).language!;
    const quote = staffed.getByText(quoted, { exact: true }).first();
    await expect(quote).toHaveAttribute('lang', lang);
    const figure = staffed.locator('figure', { has: page.getByText(quoted, { exact: true }) }).first();
    await expect(figure.getByText(lang.toUpperCase(), { exact: true })).toBeVisible();
    await expect(figure).toContainText(source(ev.source).title[lang]);
    await expect(figure).toContainText(source(ev.source).publisher!);
  });

  test('a relationship link selects the other party', async ({ page }) => {
    await openApp(page, 'lang=en&node=nct');
    await panel(page).getByRole('link', { name: SAPO.label.en }).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(SAPO.label.en);
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page).toHaveURL(/[?&]node=sakerhetspolisen(&|$)/);
    expect(await selectedIds(page)).toEqual(['sakerhetspolisen']);
  });

  test('an edge by clicking it on the canvas opens the relationship panel', async ({ page }) => {
    await openApp(page, 'lang=en');
    await closeLegend(page);
    // a long edge whose midpoint is clear of every node, inside the view and away from the overlays
    const target = await page.evaluate(() => {
      const cy = window.cy!;
      const box = cy.container()!.getBoundingClientRect();
      const nodes = cy.nodes().map((n) => n.renderedPosition());
      const clear = cy
        .edges()
        .toArray()
        .filter((e) => {
          const m = e.renderedMidpoint();
          if (m.x < 80 || m.y < 80 || m.x > cy.width() - 200 || m.y > cy.height() - 80) return false;
          return nodes.every((p) => Math.hypot(p.x - m.x, p.y - m.y) > 40);
        });
      const length = (e: (typeof clear)[number]) => Math.abs(e.sourceEndpoint().x - e.targetEndpoint().x);
      const edge = clear.sort((a, b) => length(b) - length(a))[0]!;
      const m = edge.renderedMidpoint();
      return { id: edge.id(), x: box.left + m.x, y: box.top + m.y };
    });
    await page.mouse.click(target.x, target.y);
    await expect(page).toHaveURL(new RegExp(`[?&]edge=${target.id}(&|$)`));
    expect(await selectedIds(page)).toEqual([target.id]);
    const edge = DATA.edges.find((e) => e.id === target.id)!;
    const details = panel(page);
    await expect(details.getByRole('link', { name: node(edge.source).label.en })).toBeVisible();
    await expect(details.getByRole('link', { name: node(edge.target).label.en })).toBeVisible();
    await expect(details.locator('dl')).toContainText(/Direction(One way|Both ways)/);
    await expect(details.getByText(edge.description!.en)).toBeVisible();
    const ev = edge.evidence[0]!;
    const lang = source(ev.source).language!;
    await expect(details.getByText(ev.quote!)).toHaveAttribute('lang', lang);
  });

  test('by keyboard: arrows move a focus ring that is announced, Enter opens, Escape closes and focus returns', async ({
    page,
  }) => {
    await openApp(page, 'lang=en');
    const graph = page.getByRole('application', { name: 'Cooperation network graph' });
    await page.getByRole('button', { name: 'Data' }).focus();
    // Tab order: tool rail, then the graph
    await page.keyboard.press('Tab');
    await expect(graph).toBeFocused();
    const first = await page.evaluate(() => window.cy!.nodes('.keyboard-focus').map((n) => n.id()));
    expect(first).toHaveLength(1);
    await page.keyboard.press('ArrowRight');
    const focusedId = await page.evaluate(() => window.cy!.nodes('.keyboard-focus').map((n) => n.id())[0]!);
    expect(focusedId).not.toBe(first[0]);
    await expect(graph.getByRole('status')).toContainText(node(focusedId).label.en);
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(node(focusedId).label.en);
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
    expect(await selectedIds(page)).toEqual([focusedId]);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(graph).toBeFocused();
    expect(await selectedIds(page)).toEqual([]);
  });

  test('the close button closes the panel', async ({ page }) => {
    await openApp(page, 'lang=en&node=nct');
    await panel(page).getByRole('button', { name: 'Close panel' }).click();
    await expect(panel(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/node=/);
  });
});

test.describe('language', () => {
  test('the switch changes UI, graph labels, <html lang>, URL and storage, keeping selection, camera and elements', async ({
    page,
  }) => {
    await openApp(page, 'lang=en&node=nct');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.evaluate(() => void window.cy!.getElementById('polismyndigheten').scratch('_probe', 1));
    const before = { camera: await camera(page), positions: await positions(page) };
    expect(await page.evaluate(() => window.cy!.getElementById('polismyndigheten').data('label'))).toBe(
      node('polismyndigheten').label.en,
    );

    await page.getByRole('button', { name: 'Svenska' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('navigation', { name: 'Verktyg' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zooma in' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Teckenförklaring' })).toBeVisible();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(NCT.label.sv);
    await expect(page).toHaveURL(/[?&]lang=sv/);
    await expect(page).toHaveURL(/[?&]node=nct/);
    expect(await page.evaluate(() => localStorage.getItem('samverkan.lang'))).toBe('sv');
    const labels = await page.evaluate(() => ({
      polis: window.cy!.getElementById('polismyndigheten').data('label'),
      edge: window.cy!.getElementById('nct-staffed-by-sakerhetspolisen').data('label'),
    }));
    expect(labels).toEqual({ polis: node('polismyndigheten').label.sv, edge: EDGE_TYPES['staffed-by'].sv });
    // the same elements (scratch data survives), at the same places, seen the same way
    expect(await page.evaluate(() => window.cy!.getElementById('polismyndigheten').scratch('_probe'))).toBe(
      1,
    );
    expect(await positions(page)).toEqual(before.positions);
    expect(await camera(page)).toEqual(before.camera);
    expect(await selectedIds(page)).toEqual(['nct']);

    // remembered: a later visit without ?lang starts in Swedish
    await page.goto('./');
    await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });

  test('selecting never re-creates elements nor re-runs the layout', async ({ page }) => {
    await openApp(page, 'lang=en');
    await page.evaluate(() => {
      window.cy!.nodes().forEach((n) => void n.scratch('_probe', 1));
    });
    for (const id of ['nct', 'europol', 'polismyndigheten']) {
      await page.evaluate((nodeId) => void window.cy!.getElementById(nodeId).emit('tap'), id);
      await expect(page).toHaveURL(new RegExp(`node=${id}`));
    }
    expect(
      await page.evaluate(() => window.cy!.nodes().filter((n) => n.scratch('_probe') !== 1).length),
    ).toBe(0);
    expect(await positions(page)).toEqual(POSITIONS);
  });
});

test.describe('links', () => {
  test('a deep link restores selection and language', async ({ page }) => {
    await openApp(page, 'node=nct&lang=sv');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(NCT.label.sv);
    await expect(panel(page).locator('[lang="en"]', { hasText: NCT.label.en })).toBeVisible();
    expect(await selectedIds(page)).toEqual(['nct']);
    await expect(page.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a deep link to a relationship and a layout restores both', async ({ page }) => {
    await openApp(page, 'lang=en&edge=nct-staffed-by-sakerhetspolisen&layout=concentric');
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(EDGE_TYPES['staffed-by'].en);
    await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
    expect(await selectedIds(page)).toEqual(['nct-staffed-by-sakerhetspolisen']);
    await expect.poll(async () => (await positions(page)).nct).not.toEqual(POSITIONS.nct);
  });

  test('a malformed link shows a short notice naming what was ignored, and the app works', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openApp(page, 'node=nope&layout=zzz&years=abc&lang=en');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toContainText('“nope” in “node” is not in the dataset');
    await expect(notice).toContainText('“zzz” is not a valid value for “layout”');
    await expect(notice).toContainText('“abc” is not a valid value for “years”');
    // the address no longer carries what was ignored
    await expect(page).not.toHaveURL(/nope|zzz|abc/);
    expect(await positions(page)).toEqual(POSITIONS);
    await page.evaluate(() => void window.cy!.getElementById('europol').emit('tap'));
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(node('europol').label.en);
    // the notice follows a language switch
    await page.getByRole('button', { name: 'Svenska' }).click();
    const sv = page.getByRole('status').filter({ hasText: 'kunde inte användas' });
    await expect(sv).toContainText('”nope” i ”node” finns inte i datamängden');
    await expect(sv).toContainText('”zzz” är inte ett giltigt värde för ”layout”');
    await expect(sv).not.toContainText('could not be used');
    await sv.getByRole('button', { name: 'Stäng meddelandet' }).click();
    await expect(sv).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('camera and layouts', () => {
  test('zoom buttons and keys zoom about the centre; fit shows everything', async ({ page }) => {
    await openApp(page, 'lang=en');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const start = await camera(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect((await camera(page)).zoom).toBeGreaterThan(start.zoom);
    await page.getByRole('application').focus();
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect((await camera(page)).zoom).toBeLessThan(start.zoom);
    await page.getByRole('button', { name: 'Fit the network to the window' }).click();
    const fitted = await camera(page);
    expect(fitted.zoom).toBeGreaterThan(start.zoom * 0.8);
    expect(fitted.zoom).toBeLessThan(start.zoom * 1.25);
  });

  for (const size of [
    { width: 1280, height: 800 },
    // wide and short: the network's height decides the zoom
    { width: 1600, height: 700 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${size.width}×${size.height} the fitted network stays clear of the toolbar and the closed legend`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openApp(page, 'lang=en');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const toolbar = page.getByRole('group', { name: 'Graph controls' });
      const legendToggle = page.getByRole('button', { name: 'Legend' });
      // a laptop or phone screen starts with the legend closed, so it covers no part of the graph
      await expect(legendToggle).toHaveAttribute('aria-expanded', 'false');
      /** Nodes whose drawn box meets the toolbar or the legend button (page coordinates). */
      const covered = async () => {
        const boxes = [await toolbar.boundingBox(), await legendToggle.boundingBox()];
        return page.evaluate((rects) => {
          const cy = window.cy!;
          const origin = cy.container()!.getBoundingClientRect();
          return cy
            .nodes(':visible')
            .filter((n) => {
              const b = n.renderedBoundingBox({ includeLabels: false });
              const [x1, x2, y1, y2] = [
                b.x1 + origin.left,
                b.x2 + origin.left,
                b.y1 + origin.top,
                b.y2 + origin.top,
              ];
              return rects.some(
                (r) => r && x1 < r.x + r.width && r.x < x2 && y1 < r.y + r.height && r.y < y2,
              );
            })
            .map((n) => n.id());
        }, boxes);
      };
      await expect.poll(covered).toEqual([]);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Fit the network to the window' }).click();
      expect(await covered()).toEqual([]);
      // another layout is fitted clear of them too
      await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Force-directed' });
      await expect.poll(covered).toEqual([]);
    });
  }

  test('another layout moves the same elements; Standard puts them back', async ({ page }) => {
    await openApp(page, 'lang=en');
    await page.evaluate(() => {
      window.cy!.nodes().forEach((n) => void n.scratch('_probe', 1));
    });
    const layout = page.getByRole('combobox', { name: 'Layout' });
    await layout.selectOption({ label: 'Grouped by level' });
    await expect(page).toHaveURL(/layout=level/);
    // settled: the heading of each level's block is shown
    await expect(page.locator('.group-heading', { hasText: LEVELS.european.en })).toBeVisible();
    const grouped = await positions(page);
    expect(grouped).not.toEqual(POSITIONS);
    await layout.selectOption({ label: 'Standard' });
    await expect.poll(() => positions(page)).toEqual(POSITIONS);
    expect(
      await page.evaluate(() => window.cy!.nodes().filter((n) => n.scratch('_probe') !== 1).length),
    ).toBe(0);
  });
});

test.describe('accessibility', () => {
  test('no serious or critical axe-core violations with a node panel open', async ({ page }) => {
    await openApp(page, 'lang=en&node=nct');
    await expect(panel(page)).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('none with a relationship panel open, in Swedish', async ({ page }) => {
    await openApp(page, 'lang=sv&edge=nct-staffed-by-sakerhetspolisen');
    await expect(panel(page)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a node tapped in the lower half of the graph stays in view once the sheet has opened over it', async ({
    page,
  }) => {
    await openApp(page, 'lang=sv');
    const target = await page.evaluate(() => {
      const cy = window.cy!;
      const low = cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x > 40 && p.x < cy.width() - 40 && p.y > cy.height() - 200 && p.y < cy.height() - 70;
      });
      return low.map((n) => n.id())[0]!;
    });
    const { x, y } = await nodeCenter(page, target);
    await page.touchscreen.tap(x, y);
    await expect(panel(page)).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const cy = window.cy!;
          const bb = cy.getElementById(id).renderedBoundingBox();
          return !cy.animated() && bb.y1 >= 0 && bb.y2 <= cy.height() && bb.x1 >= 0 && bb.x2 <= cy.width();
        }, target),
      )
      .toBe(true);
  });

  test('the panel is a bottom sheet beside the graph; nothing scrolls sideways; controls stay reachable', async ({
    page,
  }) => {
    await openApp(page, 'lang=en&node=nct');
    const details = panel(page);
    await expect(details).toBeVisible();
    const sheet = (await details.boundingBox())!;
    expect(sheet.y + sheet.height).toBeCloseTo(844, -1);
    expect(sheet.width).toBeCloseTo(390, -1);
    const graph = (await page.getByRole('application').boundingBox())!;
    expect(graph.y + graph.height).toBeLessThanOrEqual(sheet.y + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const name of ['Zoom in', 'Zoom out', 'Fit the network to the window', 'Close panel', 'Svenska']) {
      await expect(page.getByRole('button', { name })).toBeInViewport();
    }
    await page.getByRole('button', { name: 'Close panel' }).tap();
    await expect(details).toHaveCount(0);
  });
});
