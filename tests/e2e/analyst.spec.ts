/**
 * Analysts' exploration in the built app: filters, search, focus, paths and metrics, each driven
 * as a user would (by role and name) and checked on the graph (window.cy), in the URL and after a
 * reload; axe-core on every open panel. Exports and own data: analyst-export.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { EDGE_TYPES, type EdgeType } from '../../src/data/vocabulary';
import { expectNoSeriousViolations, openApp, selectedIds } from './fixtures';
import { DATA, expected, openTool, shown } from './analystHelpers';

const reload = async (page: Page) => {
  await page.reload();
  await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
};

test.describe('filters', () => {
  test('a kind of organisation: hidden with its relationships, in the URL, restored on reload', async ({
    page,
  }) => {
    await openApp(page, 'lang=en');
    const panel = await openTool(page, 'Filters');
    const agencies = DATA.nodes.filter((n) => n.type === 'agency').length;
    const box = panel.getByRole('checkbox', {
      name: new RegExp(`^Swedish agency \\(${agencies} of ${agencies} shown\\)`),
    });
    await box.uncheck();
    const want = expected((n) => n.type !== 'agency');
    await expect.poll(() => shown(page)).toEqual(want);
    await expect(page).toHaveURL(/[?&]nt=agency(&|$)/);
    await expect(panel.getByRole('status')).toContainText(
      `Showing ${want.nodes.length} of ${DATA.nodes.length} organisations`,
    );
    await reload(page);
    await expect.poll(() => shown(page)).toEqual(want);
    await expect(
      page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^Swedish agency/ }),
    ).not.toBeChecked();
  });

  test('a level and a relationship type, each with its count', async ({ page }) => {
    await openApp(page, 'lang=en');
    const panel = await openTool(page, 'Filters');
    const european = DATA.nodes.filter((n) => n.level === 'european').length;
    await panel
      .getByRole('checkbox', { name: new RegExp(`^European \\(${european} of ${european} shown\\)`) })
      .uncheck();
    await expect.poll(() => shown(page)).toEqual(expected((n) => n.level !== 'european'));
    const worksOn = DATA.edges.filter((e) => e.type === 'works-on').length;
    await panel.getByRole('checkbox', { name: new RegExp(`^works on \\(`) }).uncheck();
    await expect
      .poll(() => shown(page))
      .toEqual(
        expected(
          (n) => n.level !== 'european',
          (e) => e.type !== 'works-on',
        ),
      );
    await expect(page).toHaveURL(/lv=european/);
    await expect(page).toHaveURL(/et=works-on/);
    // each option says how many of its elements are still shown
    await expect(
      panel.getByRole('checkbox', { name: new RegExp(`^works on \\(0 of ${worksOn} shown\\)`) }),
    ).toBeVisible();
    await expect(
      panel.getByRole('checkbox', { name: new RegExp(`^European \\(0 of ${european} shown\\)`) }),
    ).toBeVisible();
    await reload(page);
    await expect
      .poll(() => shown(page))
      .toEqual(
        expected(
          (n) => n.level !== 'european',
          (e) => e.type !== 'works-on',
        ),
      );
  });

  test('a source: what only it says is hidden', async ({ page }) => {
    const source =
      DATA.sources.find((s) => s.id === 'sakerhetspolisen-samarbete-med-andra') ?? DATA.sources[0]!;
    const citesOther = (ev: { source: string }[] | undefined) =>
      !ev || ev.length === 0 || ev.some((x) => x.source !== source.id);
    await openApp(page, 'lang=en');
    const panel = await openTool(page, 'Filters');
    await panel.getByRole('checkbox', { name: new RegExp(`^${source.title.en} \\(`) }).uncheck();
    const want = expected(
      (n) => citesOther(n.evidence),
      (e) => citesOther(e.evidence),
    );
    expect(want.edges.length).toBeLessThan(DATA.edges.length);
    await expect.poll(() => shown(page)).toEqual(want);
    await expect(page).toHaveURL(new RegExp(`src=${source.id}`));
    await reload(page);
    await expect.poll(() => shown(page)).toEqual(want);
  });

  test('a year range keeps undated elements unless asked; fade instead of hide; reset leaves fade', async ({
    page,
  }) => {
    await openApp(page, 'lang=en');
    const panel = await openTool(page, 'Filters');
    await panel.getByRole('spinbutton', { name: 'From' }).fill('1997');
    const from1997 = expected(
      (n) => n.founded === undefined || n.founded >= 1997,
      (e) => e.since === undefined || e.since >= 1997,
    );
    await expect.poll(() => shown(page)).toEqual(from1997);
    await expect(page).toHaveURL(/years=1997-(&|$)/);
    await panel.getByRole('checkbox', { name: /^Include elements without a year/ }).uncheck();
    const datedOnly = expected(
      (n) => n.founded !== undefined && n.founded >= 1997,
      (e) => e.since !== undefined && e.since >= 1997,
    );
    expect(datedOnly.nodes.length).toBeGreaterThan(0);
    await expect.poll(() => shown(page)).toEqual(datedOnly);
    await expect(page).toHaveURL(/undated=0/);
    await reload(page);
    await expect.poll(() => shown(page)).toEqual(datedOnly);

    // fade: everything stays drawn, the filtered-out elements are faded
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: /^Fade filtered-out elements/ }).check();
    await expect(page).toHaveURL(/fade=1/);
    await expect.poll(async () => (await shown(page)).nodes.length).toBe(DATA.nodes.length);
    const faded = await page.evaluate(() =>
      window
        .cy!.nodes('.faded')
        .map((n) => n.id())
        .sort(),
    );
    expect(faded).toEqual(
      DATA.nodes
        .map((n) => n.id)
        .filter((id) => !datedOnly.nodes.includes(id))
        .sort(),
    );

    await filters.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.elements('.faded, .hidden').length)).toBe(0);
    await expect(page).not.toHaveURL(/years=|undated=/);
    await expect(filters.getByRole('spinbutton', { name: 'From' })).toHaveValue('');
    await expect(filters.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
    // fading is a way of drawing, not a filter: the reset leaves it on
    await expect(filters.getByRole('checkbox', { name: /^Fade filtered-out elements/ })).toBeChecked();
    await expect(page).toHaveURL(/fade=1/);
  });

  test('hide isolated nodes: those the other filters leave without a relationship', async ({ page }) => {
    const keep = 'member-of';
    const others = Object.keys(EDGE_TYPES).filter((t) => t !== keep && DATA.edges.some((e) => e.type === t));
    await openApp(page, `lang=en&tool=filters&et=${others.join(',')}`);
    const linked = new Set(DATA.edges.filter((e) => e.type === keep).flatMap((e) => [e.source, e.target]));
    const isolated = DATA.nodes.length - linked.size;
    const panel = page.getByRole('complementary', { name: 'Filters' });
    await panel
      .getByRole('checkbox', { name: `Hide organisations without a shown relationship (${isolated})` })
      .check();
    await expect.poll(async () => (await shown(page)).nodes).toEqual([...linked].sort());
    await expect(page).toHaveURL(/isolated=0/);
  });
});

test('search by keyboard: "sapo" selects Säkerhetspolisen, brings it into the free part of the view, opens its panel; "osse" finds OSCE', async ({
  page,
}) => {
  await openApp(page, 'lang=en');
  await page.locator('body').press('/');
  const search = page.getByRole('combobox', { name: 'Search organisations' });
  await expect(search).toBeFocused();
  await page.keyboard.type('sapo');
  const option = page.getByRole('option', { name: /Swedish Security Service/ });
  await expect(option).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect.poll(() => selectedIds(page)).toEqual(['sakerhetspolisen']);
  await expect(
    page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: /Swedish Security Service/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/node=sakerhetspolisen/);
  // brought into the part of the view the details panel leaves free (after the camera's glide)
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect
    .poll(async () => {
      const panel = (await details.boundingBox())!;
      return page.evaluate((panelLeft) => {
        const cy = window.cy!;
        const origin = cy.container()!.getBoundingClientRect();
        const p = cy.getElementById('sakerhetspolisen').renderedPosition();
        const x = p.x + origin.left;
        return x > origin.left && x < Math.min(panelLeft, origin.right) && p.y > 0 && p.y < cy.height();
      }, panel.x);
    })
    .toBe(true);

  await search.fill('osse');
  // the Swedish acronym finds the organisation, named in English, best match first
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toHaveAccessibleName(/^Organization for Security and Co-operation in Europe \(OSCE\)/);
  await search.press('Escape'); // first closes the list, as the WAI-ARIA pattern has it…
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(0);
  await expect(search).toHaveValue('osse');
  await search.press('Escape'); // …then clears the field
  await expect(search).toHaveValue('');
  await search.fill('SÄKERHETSPOLISEN');
  await search.press('Enter'); // nothing highlighted: the best match is taken
  await expect.poll(() => selectedIds(page)).toEqual(['sakerhetspolisen']);
});

/** Nodes within `depth` steps of `root`, following edges out of, into, or either way from each node. */
function neighbourhood(root: string, depth: number, dir: 'all' | 'out' | 'in'): string[] {
  const reached = new Set([root]);
  let frontier = [root];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const e of DATA.edges) {
      const undirected = !EDGE_TYPES[e.type as EdgeType].directed;
      const steps: [string, string][] = [];
      if (dir !== 'in' || undirected) steps.push([e.source, e.target]);
      if (dir !== 'out' || undirected) steps.push([e.target, e.source]);
      for (const [a, b] of steps) {
        if (frontier.includes(a) && !reached.has(b)) {
          reached.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return [...reached].sort();
}

test('focus: the neighbourhood at depth 1, 2 or 3 and in a direction, in the URL', async ({ page }) => {
  await openApp(page, 'lang=en&node=nct&tool=filters');
  const panel = page.getByRole('complementary', { name: 'Filters' });
  await panel
    .getByRole('button', { name: /^Focus on National Centre for Terrorist Threat Assessment/ })
    .click();
  await expect.poll(async () => (await shown(page)).nodes).toEqual(neighbourhood('nct', 1, 'all'));
  await expect(page).toHaveURL(/focus=nct&depth=1/);
  await panel.getByRole('radio', { name: '2 steps' }).check();
  const two = neighbourhood('nct', 2, 'all');
  expect(two.length).toBeGreaterThan(neighbourhood('nct', 1, 'all').length);
  await expect.poll(async () => (await shown(page)).nodes).toEqual(two);
  await panel.getByRole('radio', { name: 'Outgoing' }).check();
  await expect.poll(async () => (await shown(page)).nodes).toEqual(neighbourhood('nct', 2, 'out'));
  await expect(page).toHaveURL(/focus=nct&depth=2&dir=out/);
  expect(await page.evaluate(() => window.cy!.getElementById('nct').hasClass('focus-root'))).toBe(true);
  await reload(page);
  await expect.poll(async () => (await shown(page)).nodes).toEqual(neighbourhood('nct', 2, 'out'));
  await page
    .getByRole('complementary', { name: 'Filters' })
    .getByRole('button', { name: 'Clear focus' })
    .click();
  await expect.poll(async () => (await shown(page)).nodes.length).toBe(DATA.nodes.length);
});

test('paths: listed as chains with evidence and highlighted; a clear message when none exists', async ({
  page,
}) => {
  await openApp(page, 'lang=en');
  const panel = await openTool(page, 'Paths');
  await panel.getByRole('combobox', { name: 'From' }).fill('NCT');
  await page.keyboard.press('Enter');
  await panel.getByRole('combobox', { name: 'To' }).fill('Europol');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=nct&to=europol/);
  await expect(panel.getByRole('status').first()).toContainText(/shortest path/);
  const first = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Path 1' }) });
  const staffed = DATA.edges.find(
    (e) => e.source === 'nct' && e.target === 'sakerhetspolisen' && e.type === 'staffed-by',
  )!;
  await expect(
    first.getByRole('button', { name: 'Show National Centre for Terrorist Threat Assessment' }),
  ).toBeVisible();
  await expect(first.getByRole('button', { name: 'Show Swedish Security Service' })).toBeVisible();
  await expect(first.getByText('staffed by', { exact: true })).toBeVisible();
  await expect(first.getByText(staffed.evidence[0]!.quote!.slice(0, 40))).toBeVisible();
  const highlighted = await page.evaluate(() =>
    window
      .cy!.nodes('.path-hop')
      .map((n) => n.id())
      .sort(),
  );
  expect(highlighted).toEqual(expect.arrayContaining(['europol', 'nct', 'sakerhetspolisen']));
  expect(await page.evaluate(() => window.cy!.edges('.path-hop').length)).toBeGreaterThanOrEqual(2);

  // restricted to a relationship type that cannot connect them
  await panel.locator('summary', { hasText: 'Follow only these relationship types' }).click();
  await panel.getByRole('checkbox', { name: 'funds' }).check();
  await expect(panel.getByText(/are not connected through the chosen relationship types/)).toBeVisible();
  await expect(page).toHaveURL(/via=funds/);
  await expect.poll(() => page.evaluate(() => window.cy!.elements('.path-hop').length)).toBe(0);
  await panel.getByRole('checkbox', { name: 'funds' }).uncheck();

  // no path under the filters: every relationship type hidden
  const filters = await openTool(page, 'Filters');
  await filters.getByRole('button', { name: 'Hide all: Relationship types' }).click();
  const paths = await openTool(page, 'Paths');
  await expect(
    paths.getByText(
      'National Centre for Terrorist Threat Assessment and Europol are not connected under the current filters.',
    ),
  ).toBeVisible();
  await paths.getByRole('button', { name: 'Reset filters' }).click();
  await expect(paths.getByRole('heading', { name: 'Path 1' })).toBeVisible();
});

test('metrics: the table shows the measure chosen, sorts by each column, and node size follows the chosen metric', async ({
  page,
}) => {
  await openApp(page, 'lang=en');
  const panel = await openTool(page, 'Metrics');
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await panel.getByRole('button', { name: 'Compute metrics' }).click();
  const table = panel.getByRole('table');
  await expect(table).toBeVisible();
  // computed off the main thread, by a worker bundled with the app (no foreign script)
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(/\/samverkan\/app\/assets\/metrics\.worker-[\w-]+\.js$/);
  const degree = new Map<string, number>();
  for (const e of DATA.edges)
    for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const top = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]!;
  await expect(table.getByRole('columnheader', { name: /Degree/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText(String(top[1]));
  const column = async (n: number) =>
    (await table.locator(`tbody td:nth-child(${n})`).allTextContents()).map(Number);

  // one measure at a time: choosing another shows it instead, sorted by it
  await panel.getByRole('radio', { name: 'Betweenness' }).check();
  await expect(table.getByRole('columnheader', { name: /Degree/ })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: /Betweenness/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const down = await column(3);
  expect(down).toEqual([...down].sort((a, b) => b - a));
  expect(down[0]).toBe(1);
  await table.getByRole('button', { name: /^Betweenness/ }).click();
  await expect(table.getByRole('columnheader', { name: /Betweenness/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const up = await column(3);
  expect(up).toEqual([...up].sort((a, b) => a - b));
  expect(up[0]).toBe(0);

  const width = (id: string) => page.evaluate((nodeId) => window.cy!.getElementById(nodeId).width(), id);
  const leaf = [...degree.entries()].find(([, d]) => d === 1)![0];
  const base = await width(top[0]);
  await panel.getByLabel('Node size by').selectOption('degree');
  await expect(page).toHaveURL(/size=degree/);
  await expect.poll(() => width(top[0])).toBeGreaterThan(base * 2);
  expect(await width(leaf)).toBeLessThan(await width(top[0]));
  await panel.getByLabel('Node size by').selectOption('');
  await expect.poll(() => width(top[0])).toBe(base);
});

test('no serious accessibility violations in the open panels, in both languages', async ({ page }) => {
  // five pages opened and six scans: more than one page's time on a slow machine
  test.slow();
  await openApp(page, 'lang=sv&tool=filters&node=nct&focus=nct&depth=2');
  await expectNoSeriousViolations(page, '#tool-panel');
  await openApp(page, 'lang=en&tool=paths&from=nct&to=europol');
  await expect(page.getByRole('heading', { name: 'Path 1' })).toBeVisible();
  await expectNoSeriousViolations(page, '#tool-panel');
  await openApp(page, 'lang=sv&tool=metrics');
  await page.getByRole('button', { name: 'Beräkna mått' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page, '#tool-panel');
  await openApp(page, 'lang=en&tool=export');
  await expectNoSeriousViolations(page, '#tool-panel');
  await openApp(page, 'lang=en&tool=data');
  await page
    .getByLabel('Choose a dataset file')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, '#tool-panel');
  await page.getByRole('combobox', { name: 'Search organisations' }).fill('pol');
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toBeVisible();
  await expectNoSeriousViolations(page, '.search-box');
});
