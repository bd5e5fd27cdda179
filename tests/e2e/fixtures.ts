/**
 * Shared helpers for the end-to-end tests: open the built app with a query, wait until the graph
 * is drawn, read the Cytoscape instance's state, and run axe-core.
 */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Opens the app (relative to the sub-path it is served under) and waits for the graph. */
export async function openApp(page: Page, query = '', opts: { waitForGraph?: boolean } = {}) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(query ? `./?${query.replace(/^\?/, '')}` : './');
  if (opts.waitForGraph !== false) {
    await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
  }
  return { errors };
}

/** Ids of the elements Cytoscape shows (not display:none), e.g. after filtering. */
export async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy!.nodes(':visible').map((n) => n.id()));
}

export async function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy!.$(':selected').map((n) => n.id()));
}

/** Screen position of a node's centre, for clicking it like a user. */
export async function nodeCenter(page: Page, id: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((nodeId) => {
    const n = window.cy!.getElementById(nodeId);
    const p = n.renderedPosition();
    const box = window.cy!.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  return pos;
}

/** Serious and critical axe-core violations on the page (or within a selector). */
export async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
}

export async function expectNoSeriousViolations(page: Page, include?: string) {
  expect(await seriousViolations(page, include)).toEqual([]);
}

/** Waits until the camera and the labels have stopped changing (a label pass follows each move). */
export async function settle(page: Page) {
  const signature = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      const drawn = cy.nodes('.label-hidden').length;
      // at rest: the label pass done and the picture drawn once more after it (see cy/controllers/rest.ts)
      return `${cy.animated() || cy.scratch('_atRest') !== true} ${cy.zoom().toFixed(4)} ${cy.pan().x.toFixed(1)} ${cy.pan().y.toFixed(1)} ${drawn} ${JSON.stringify(cy.scratch('_labelPass'))}`;
    });
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await signature();
    if (now === last && !now.startsWith('true')) return;
    last = now;
  }
  throw new Error('the view did not settle');
}
