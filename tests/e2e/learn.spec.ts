/**
 * The learning tools in the built app, in real Chromium: guided tours (buttons, arrow keys, deep
 * links, the camera), presentation mode with its shortcuts and help dialog, the glossary, the list
 * view and its two-way selection, the self-test, phones, print, and axe-core on each view.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations, nodeCenter, openApp, selectedIds } from './fixtures';

type Step = { id: string; title: { en: string; sv: string }; nodes: string[]; edges: string[] };
type Tour = { id: string; title: { en: string; sv: string }; steps: Step[] };
const stories = JSON.parse(fs.readFileSync('data/stories.json', 'utf8')) as { tours: Tour[] };
const network = JSON.parse(fs.readFileSync('data/network.json', 'utf8')) as {
  nodes: { id: string; type: string; label: { en: string; sv: string } }[];
  edges: { id: string; evidence: { quote: string }[] }[];
};
const TOUR = stories.tours[0]!;
const STEPS = TOUR.steps.length;

/** Ids carrying a class in the graph. */
const withClass = (page: Page, cls: string) =>
  page.evaluate((c) => window.cy!.$(`.${c}`).map((e) => e.id()), cls);

/** True when every element in focus lies inside the graph's on-screen box (the camera framed it). */
const focusInView = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const bb = cy.$('.tour-focus').renderedBoundingBox();
    return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1;
  });

const stepText = (page: Page) => page.locator('.tour-progress');

test.describe('guided tours', () => {
  test('start, next and previous by buttons and arrow keys, with the step highlighted and framed', async ({
    page,
  }) => {
    const { errors } = await openApp(page, 'lang=en');
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Tours' }).click();
    const panel = page.getByRole('complementary', { name: 'Tours' });
    const item = panel
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: TOUR.title.en }) });
    await item.getByRole('button', { name: 'Start' }).click();

    await expect(stepText(page)).toContainText(`Step 1 of ${STEPS}`);
    await expect(panel.getByRole('heading', { name: TOUR.steps[0]!.title.en })).toBeVisible();
    expect((await withClass(page, 'tour-focus')).sort()).toEqual(
      expect.arrayContaining([...TOUR.steps[0]!.nodes, ...TOUR.steps[0]!.edges].sort()),
    );
    const faded = await withClass(page, 'tour-faded');
    expect(faded.length).toBeGreaterThan(10);
    expect(faded).not.toContain(TOUR.steps[0]!.nodes[0]);
    await expect(panel.getByRole('button', { name: /Previous/ })).toBeDisabled();

    await panel.getByRole('button', { name: /Next/ }).click();
    await expect(stepText(page)).toContainText(`Step 2 of ${STEPS}`);
    await expect(panel.getByRole('heading', { name: TOUR.steps[1]!.title.en })).toBeVisible();
    expect(await withClass(page, 'tour-focus')).toEqual(expect.arrayContaining(TOUR.steps[1]!.nodes));
    await expect.poll(() => focusInView(page)).toBe(true);
    await expect(page).toHaveURL(/tour=kontraterrorism-i-sverige&step=2/);

    await page.keyboard.press('ArrowRight');
    await expect(stepText(page)).toContainText(`Step 3 of ${STEPS}`);
    expect(await withClass(page, 'tour-focus')).toEqual(expect.arrayContaining(TOUR.steps[2]!.edges));
    await page.keyboard.press('ArrowLeft');
    await expect(stepText(page)).toContainText(`Step 2 of ${STEPS}`);
    await page.keyboard.press('PageDown');
    await expect(stepText(page)).toContainText(`Step 3 of ${STEPS}`);

    // the evidence of the highlighted relationships is one click away
    const evidence = panel.getByRole('button', { name: /^Evidence/ });
    await expect(evidence).toHaveAttribute('aria-expanded', 'false');
    await evidence.click();
    await expect(evidence).toHaveAttribute('aria-expanded', 'true');
    const quote = network.edges.find((e) => e.id === TOUR.steps[2]!.edges[0])!.evidence[0]!.quote;
    await expect(panel.locator('blockquote').filter({ hasText: quote }).first()).toBeVisible();

    // ending the tour clears the highlight
    await panel.getByRole('button', { name: 'End the tour' }).click();
    await expect(panel.getByRole('button', { name: 'Start' }).first()).toBeVisible();
    expect(await withClass(page, 'tour-focus')).toEqual([]);
    expect(await withClass(page, 'tour-faded')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a deep link restores the step; a step beyond the end shows the last one with a notice', async ({
    page,
  }) => {
    await openApp(page, 'lang=sv&tour=kontraterrorism-i-sverige&step=3');
    const panel = page.getByRole('complementary', { name: 'Visningar' });
    await expect(panel.locator('.tour-progress')).toContainText(`Steg 3 av ${STEPS}`);
    await expect(panel.getByRole('heading', { name: TOUR.steps[2]!.title.sv })).toBeVisible();
    expect(await withClass(page, 'tour-focus')).toEqual(
      expect.arrayContaining([...TOUR.steps[2]!.nodes, ...TOUR.steps[2]!.edges]),
    );
    await expect.poll(() => focusInView(page)).toBe(true);

    await openApp(page, `lang=en&tour=${TOUR.id}&step=99`);
    await expect(stepText(page)).toContainText(`Step ${STEPS} of ${STEPS}`);
    await expect(page.getByRole('status').filter({ hasText: `step 99` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`step=${STEPS}`));
  });

  test('the camera glides between steps, and jumps when the user prefers reduced motion', async ({
    page,
  }) => {
    await openApp(page, `lang=en&tour=${TOUR.id}&step=1`);
    await page.getByRole('button', { name: /Next/ }).click();
    expect(await page.evaluate(() => window.cy!.animated())).toBe(true);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: /Next/ }).click();
    await expect(stepText(page)).toContainText('Step 3');
    expect(await page.evaluate(() => window.cy!.animated())).toBe(false);
    expect(await focusInView(page)).toBe(true);
  });
});

test.describe('presentation mode', () => {
  test('hides the chrome, enlarges labels, lists the shortcuts under "?", and Esc leaves', async ({
    page,
  }) => {
    const { errors } = await openApp(page, `lang=en&tour=${TOUR.id}&step=2`);
    // labels keep their size on screen (model font size × zoom), whatever the camera
    const labelSize = () =>
      page.evaluate(() =>
        Math.round(
          parseFloat(window.cy!.getElementById('sakerhetspolisen').style('font-size')) * window.cy!.zoom(),
        ),
      );
    await expect.poll(labelSize).toBeGreaterThanOrEqual(11);
    const before = await labelSize();
    await page.getByRole('button', { name: 'Present' }).click();
    const chromeHidden = async () => {
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
      await expect(page.getByRole('search')).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Tools' })).toBeHidden();
    };
    await chromeHidden();
    // the page keeps its title for screen readers
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Presentation controls' })).toBeVisible();
    await expect(page).toHaveURL(/present=1/);
    // in full screen (the click is a user gesture); F leaves it and the presentation goes on
    const fullscreen = page.getByRole('button', { name: 'Full screen' });
    await expect(fullscreen).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.locator('body').press('f');
    await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await chromeHidden();
    await expect.poll(labelSize).toBeGreaterThanOrEqual(Math.max(16, before * 1.3));
    // the tour's narrative stays, in larger type
    const text = page.locator('.tour-text');
    await expect(text).toBeVisible();
    expect(parseFloat(await text.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(20);

    // arrows still move the tour; + zooms the camera
    await page.locator('body').press('ArrowRight');
    await expect(stepText(page)).toContainText('Step 3');
    const zoom = await page.evaluate(() => window.cy!.zoom());
    await page.locator('body').press('+');
    await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(zoom * 1.1);

    // "?" opens the help dialog, modal, with focus inside; Esc closes it and focus returns
    await page.getByRole('button', { name: 'Leave presentation' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('cell', { name: 'Zoom in' })).toBeVisible();
    await expect(dialog.getByRole('row').filter({ hasText: 'Jump to search' }).locator('kbd')).toHaveText(
      '/',
    );
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await expectNoSeriousViolations(page, '.help-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Leave presentation' })).toBeFocused();
    await chromeHidden(); // still presenting

    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
    await expect(page).not.toHaveURL(/present=1/);
    // back to the normal on-screen size
    await expect.poll(labelSize).toBeLessThanOrEqual(16);
    expect(await labelSize()).toBeGreaterThanOrEqual(11);
    expect(errors).toEqual([]);
  });

  test('a shortcut does not fire while typing in a field', async ({ page }) => {
    await openApp(page, 'lang=en&view=glossary');
    const box = page.getByRole('searchbox', { name: 'Search the glossary' });
    await box.fill('');
    await box.press('?');
    await box.press('f');
    await expect(box).toHaveValue('?f');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});

test('glossary: search "osse", both languages shown, "Show in graph" selects the node', async ({ page }) => {
  await openApp(page, 'lang=sv&view=glossary');
  await page.getByRole('searchbox', { name: 'Sök i ordlistan' }).fill('osse');
  const entries = page.locator('.glossary-list > li');
  // the term itself comes first; entries that only mention it follow
  const osse = entries.first();
  await expect(osse.getByRole('heading', { level: 3 })).toHaveText('OSSE');
  await expect(osse.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'sv');
  await expect(osse.locator('[lang="en"]').first()).toContainText('OSCE');
  for (const text of await entries.allTextContents()) expect(text).toMatch(/OSSE|OSCE/);
  expect(await entries.count()).toBeLessThan(network.nodes.length / 4);
  await expectNoSeriousViolations(page);
  await osse.getByRole('button', { name: 'Visa i grafen' }).click();
  await expect(page.getByRole('button', { name: 'Graf', exact: true, pressed: true })).toBeVisible();
  await expect.poll(() => selectedIds(page)).toEqual(['osse']);
});

test('list view follows the filters, and selection goes from list to graph and back', async ({ page }) => {
  await openApp(page, 'lang=en&view=list&nt=country');
  const list = page.getByRole('region', { name: 'Organisations and their relationships' });
  const countries = network.nodes.filter((n) => n.type === 'country');
  await expect(list.getByRole('status')).toContainText(
    `${network.nodes.length - countries.length} of ${network.nodes.length}`,
  );
  await expect(list.getByRole('heading', { name: /^Country/ })).toHaveCount(0);
  await expect(
    list.getByRole('heading', { level: 4, name: countries[0]!.label.en, exact: true }),
  ).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // list → graph
  await list
    .getByRole('heading', { level: 4, name: /National Centre for Terrorist Threat Assessment/ })
    .getByRole('button')
    .click();
  await expect.poll(() => selectedIds(page)).toEqual(['nct']);
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  expect(await selectedIds(page)).toEqual(['nct']);
  // the graph was hidden behind the list: let it take its size again before aiming at a node
  await expect.poll(() => page.evaluate(() => window.cy!.width())).toBeGreaterThan(300);
  await page.waitForTimeout(300);

  // graph → list: tap a node, then the list marks it and brings it into view
  // (a node whose centre is not under the legend or a panel, aimed at once the camera is still)
  let target = '';
  await expect(async () => {
    await page.waitForFunction(() => !window.cy!.animated());
    for (const n of network.nodes.filter((x) => x.type === 'agency' && x.id !== 'nct')) {
      const at = await nodeCenter(page, n.id);
      const onGraph = await page.evaluate(
        ([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('.cy')),
        [at.x, at.y],
      );
      if (!onGraph) continue;
      target = n.id;
      await page.mouse.click(at.x, at.y);
      break;
    }
    expect(await selectedIds(page)).toEqual([target]);
  }).toPass({ timeout: 15_000 });
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const item = page.locator(`#list-node-${target}`).getByRole('heading', { level: 4 }).getByRole('button');
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  await expect(item).toBeInViewport();
});

test('self-test: answer a round, each answer explained with its quote, then the score', async ({ page }) => {
  const { errors } = await openApp(page, 'lang=en&view=quiz');
  const view = page.getByRole('region', { name: 'Self-test' });
  let right = 0;
  for (let i = 1; i <= 5; i++) {
    await expect(view.getByRole('heading', { name: `Question ${i} of 5` })).toBeVisible();
    const group = view.getByRole('group');
    await group.locator('input').first().check();
    await view.getByRole('button', { name: 'Check the answer' }).click();
    const verdict = view.locator('.quiz-verdict');
    await expect(verdict).toBeVisible();
    if ((await verdict.textContent())!.includes('Right!')) right++;
    await expect(view.locator('.quiz-explanation blockquote').first()).toBeVisible();
    if (i === 1) await expectNoSeriousViolations(page);
    await view.getByRole('button', { name: i < 5 ? 'Next question' : 'See your score' }).click();
  }
  await expect(view.getByRole('heading', { name: `You got ${right} of 5 right.` })).toBeFocused();

  // "Show in graph" selects the evidence in the graph
  await view.getByRole('button', { name: 'New round' }).click();
  await view.getByRole('group').locator('input').first().check();
  await view.getByRole('button', { name: 'Check the answer' }).click();
  await view.getByRole('button', { name: 'Show in graph' }).first().click();
  await expect(page.getByRole('button', { name: 'Graph', exact: true, pressed: true })).toBeVisible();
  await expect.poll(async () => (await selectedIds(page)).length).toBe(1);
  // back in the self-test, the round is where it was
  await page.getByRole('button', { name: 'Self-test', exact: true }).click();
  await expect(view.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
  await expect(view.locator('.quiz-verdict')).toBeVisible();
  await expect(view.getByRole('button', { name: 'Next question' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('axe-core: no serious or critical violations in the list of tours, a tour step, or presentation mode', async ({
  page,
}) => {
  await openApp(page, 'lang=en&tool=tours');
  await expect(page.getByRole('button', { name: 'Start' }).first()).toBeVisible();
  await expectNoSeriousViolations(page);
  await openApp(page, `lang=sv&tour=${TOUR.id}&step=3`);
  await page.getByRole('button', { name: /^Belägg/ }).click();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Presentera' }).click();
  await expectNoSeriousViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [name, query] of [
    ['tour', `lang=en&tour=${TOUR.id}&step=2`],
    ['list', 'lang=sv&view=list'],
    ['glossary', 'lang=en&view=glossary'],
    ['quiz', 'lang=sv&view=quiz'],
  ] as const) {
    test(`${name}: nothing scrolls sideways and the controls are in reach`, async ({ page }) => {
      await openApp(page, query);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expect(page.getByRole('navigation', { name: /Views|Vyer/ })).toBeInViewport();
      if (name === 'list' || name === 'glossary') {
        // the long views scroll on their own, under a header that stays
        const view = page.locator('.learn-view');
        const box = (await view.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
        await page.mouse.wheel(0, 1500);
        await expect.poll(() => view.evaluate((e) => e.scrollTop)).toBeGreaterThan(300);
        await expect(page.getByRole('navigation', { name: /Views|Vyer/ })).toBeInViewport();
      }
      if (name === 'tour') {
        await expect(page.getByRole('button', { name: /Next/ })).toBeInViewport();
        await page.getByRole('button', { name: /Next/ }).tap();
        await expect(stepText(page)).toContainText('Step 3');
        await expect.poll(() => focusInView(page)).toBe(true);
      }
      if (name === 'quiz') {
        await page.getByRole('group').locator('input').first().check();
        const check = page.getByRole('button', { name: 'Rätta svaret' });
        await check.scrollIntoViewIfNeeded();
        await check.tap();
        await expect(page.locator('.quiz-verdict')).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
          true,
        );
      }
    });
  }

  test('the page can be pinch-zoomed and the graph takes touch gestures', async ({ page }) => {
    await openApp(page, 'lang=en');
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
    expect(
      await page.evaluate(() => window.cy!.userZoomingEnabled() && window.cy!.userPanningEnabled()),
    ).toBe(true);
    // a two-finger spread on the graph zooms it in
    const box = (await page.locator('.cy').boundingBox())!;
    const c = { x: box.x + box.width / 2, y: box.y + box.height / 3 };
    const zoom = await page.evaluate(() => window.cy!.zoom());
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: c.x - d, y: c.y, id: 1 },
                { x: c.x + d, y: c.y, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (let d = 30; d <= 120; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(zoom * 1.5);
  });
});

test('print: the graph view with its legend and the open panel, on one page', async ({ page }) => {
  await openApp(page, `lang=en&tour=${TOUR.id}&step=3`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cy-print-snapshot')).toBeVisible();
  expect(
    await page.locator('.cy-print-snapshot').evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(100);
  await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
  // the legend prints whole, in a narrow column beside the graph (open or closed on screen)
  await expect(page.getByRole('list', { name: 'Shapes: what each node is' })).toBeVisible();
  const [legendBox, graphBox] = [
    await page.locator('.legend').boundingBox(),
    await page.locator('.cy-wrap').boundingBox(),
  ];
  expect(legendBox!.width).toBeLessThan(graphBox!.width / 2);
  await expect(page.getByRole('complementary', { name: 'Tours' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Tools' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await page.screenshot({ path: 'test-results/learn-print.png' });
  // back on screen the snapshot goes (null: no emulation, so that page.pdf prints with print styles)
  await page.emulateMedia({ media: null });
  await expect(page.locator('.cy-print-snapshot')).toHaveCount(0);
  const pdf = await page.pdf({
    format: 'A4',
    landscape: true,
    printBackground: true,
    preferCSSPageSize: true,
  });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});
