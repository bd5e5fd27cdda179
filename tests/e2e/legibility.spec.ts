/**
 * Legibility of the graph, measured in the built app as a person sees it: which labels Cytoscape
 * draws (label text set, not transparent), their rendered boxes and on-screen font sizes, and the
 * rectangles of the app's own controls over the graph, read from the page. At every listed
 * viewport and mode, in both languages, at start-up and with a node selected: no two drawn labels
 * overlap, none is outside the view or under a control, and enough of the visible nodes have a
 * legible label. Then: every hidden name shows on hover, keyboard focus, selection and one zoom
 * step in; nothing overlaps after the usual changes; and each tour step reached with Next draws
 * exactly as the same step opened from its link.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, settle } from './fixtures';

type Box = { x1: number; y1: number; x2: number; y2: number };
type Label = { id: string; text: string; px: number; box: Box; node: boolean };
type Lang = 'sv' | 'en';

const NAMES = {
  en: { toolbar: 'Graph controls', legend: 'Legend', presenting: 'Presentation controls' },
  sv: { toolbar: 'Grafkontroller', legend: 'Teckenförklaring', presenting: 'Presentationsknappar' },
} as const;

/**
 * Where the start-up framing is closer than the whole network (presentation at 1280×720, the
 * phone), the share counts the nodes in view: a little overview is traded for names a person can
 * read, and the rest is a pan away.
 */
const VIEWS = [
  { name: 'laptop 1440×900', width: 1440, height: 900, share: 0.9, px: 11, present: false },
  { name: 'desktop 1920×1080', width: 1920, height: 1080, share: 0.9, px: 11, present: false },
  { name: 'projector 1280×720', width: 1280, height: 720, share: 0.75, px: 11, present: false },
  { name: 'presentation 1280×720', width: 1280, height: 720, share: 0.6, px: 16, present: true },
  { name: 'presentation 1920×1080', width: 1920, height: 1080, share: 0.6, px: 16, present: true },
  { name: 'phone 390×844', width: 390, height: 844, share: 0.4, px: 11, present: false },
] as const;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Every label Cytoscape draws now: visible element, label text set, text not transparent. */
function drawnLabels(page: Page): Promise<Label[]> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const out: Label[] = [];
    type Styled = { pstyle(name: string): { strValue: string; pfValue: number; value: number } };
    cy.elements(':visible').forEach((e) => {
      const s = e as unknown as Styled;
      const text = s.pstyle('label').strValue;
      if (!text || s.pstyle('text-opacity').value * e.effectiveOpacity() === 0) return;
      const b = e.renderedBoundingBox({
        includeLabels: true,
        includeNodes: false,
        includeEdges: false,
        includeOverlays: false,
      } as never);
      if (!(b.w > 0)) return;
      out.push({
        id: e.id(),
        text,
        px: s.pstyle('font-size').pfValue * cy.zoom(),
        box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
        node: e.isNode(),
      });
    });
    return out;
  });
}

/** Rectangles (in the graph's coordinates) of the app's controls and panels over the graph. */
async function overlayBoxes(page: Page, lang: Lang): Promise<Box[]> {
  const graph = await page.locator('#graph').boundingBox();
  const locators = [
    page.getByRole('group', { name: NAMES[lang].toolbar }),
    // the legend: the box round its toggle
    page.getByRole('button', { name: NAMES[lang].legend, exact: true }).locator('xpath=ancestor::div[1]'),
    page.getByRole('region', { name: NAMES[lang].presenting }),
    page.getByRole('status'),
    page.getByRole('complementary'),
  ];
  const out: Box[] = [];
  for (const l of locators) {
    for (const el of await l.all()) {
      const r = await el.boundingBox();
      if (!r || !graph || r.width === 0 || r.height === 0 || !(await el.isVisible())) continue;
      out.push({
        x1: r.x - graph.x,
        y1: r.y - graph.y,
        x2: r.x + r.width - graph.x,
        y2: r.y + r.height - graph.y,
      });
    }
  }
  return out;
}

type Measure = {
  visible: number;
  legible: number;
  overlapping: string[];
  outside: string[];
  covered: string[];
  small: string[];
};

/** Checks the drawn labels against each other, the view and the overlays. */
async function measure(page: Page, lang: Lang, minPx: number): Promise<Measure> {
  const labels = await drawnLabels(page);
  const blocks = await overlayBoxes(page, lang);
  // visible: shown by the filters and on screen (a panel that opens narrows the view, and the
  // camera keeps its centre: nodes beyond the edge are not in the picture)
  const { w, h, visible } = await page.evaluate(() => {
    const cy = window.cy!;
    const [w, h] = [cy.width(), cy.height()];
    const onScreen = cy.nodes(':visible').filter((n) => {
      const p = n.renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h;
    });
    return { w, h, visible: onScreen.length };
  });
  const overlapping: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (overlaps(labels[i]!.box, labels[j]!.box))
        overlapping.push(`${labels[i]!.text} × ${labels[j]!.text}`);
  const inView = (b: Box) => b.x1 >= -0.5 && b.y1 >= -0.5 && b.x2 <= w + 0.5 && b.y2 <= h + 0.5;
  const outside = labels.filter((l) => !inView(l.box)).map((l) => l.text);
  const covered = labels.filter((l) => blocks.some((b) => overlaps(b, l.box))).map((l) => l.text);
  const small = labels.filter((l) => l.px < minPx - 1e-6).map((l) => `${l.text} ${l.px.toFixed(1)} px`);
  const legible = labels.filter(
    (l) =>
      l.node &&
      l.px >= minPx - 1e-6 &&
      inView(l.box) &&
      !blocks.some((b) => overlaps(b, l.box)) &&
      !labels.some((o) => o !== l && overlaps(o.box, l.box)),
  ).length;
  return { visible, legible, overlapping, outside, covered, small };
}

/**
 * Every node a tour step is about has its name drawn, legible: large enough, inside the view,
 * clear of every other drawn label and of the app's controls.
 */
async function expectFocusNamed(page: Page, lang: Lang, minPx: number, what: string) {
  const focus = await page.evaluate(() => window.cy!.nodes('.tour-focus:visible').map((n) => n.id()));
  expect(focus.length, `${what}: nodes in focus`).toBeGreaterThan(0);
  const labels = await drawnLabels(page);
  const blocks = await overlayBoxes(page, lang);
  const { w, h } = await page.evaluate(() => ({ w: window.cy!.width(), h: window.cy!.height() }));
  const problems: string[] = [];
  for (const id of focus) {
    const l = labels.find((x) => x.id === id);
    if (!l) problems.push(`${id} not drawn`);
    else if (l.px < minPx - 1e-6) problems.push(`${l.text} at ${l.px.toFixed(1)} px`);
    else if (l.box.x1 < -0.5 || l.box.y1 < -0.5 || l.box.x2 > w + 0.5 || l.box.y2 > h + 0.5)
      problems.push(`${l.text} outside the view`);
    else if (blocks.some((b) => overlaps(b, l.box))) problems.push(`${l.text} under a control`);
    else {
      const other = labels.find((o) => o !== l && overlaps(o.box, l.box));
      if (other) problems.push(`${l.text} overlaps ${other.text}`);
    }
  }
  expect(problems, `${what}: names of the nodes in focus`).toEqual([]);
}

function expectClean(m: Measure) {
  expect(m.overlapping, 'overlapping labels').toEqual([]);
  expect(m.outside, 'labels outside the view').toEqual([]);
  expect(m.covered, 'labels under a control').toEqual([]);
  expect(m.small, 'labels too small').toEqual([]);
}

/** Clicks a node on the canvas as a user would, then moves the pointer off the graph. */
async function clickNode(page: Page, id: string) {
  const p = await page.evaluate((nodeId) => {
    const n = window.cy!.getElementById(nodeId);
    const box = window.cy!.container()!.getBoundingClientRect();
    return { x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
  }, id);
  await page.mouse.click(p.x, p.y);
  await page.mouse.move(1, 1);
}

for (const lang of ['sv', 'en'] as const) {
  for (const view of VIEWS) {
    test(`${view.name}, ${lang}: labels never overlap nor hide under controls, and enough are legible, at start-up and with a node selected`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: view.width, height: view.height });
      await openApp(page, `lang=${lang}${view.present ? '&present=1' : ''}`);
      await settle(page);
      const start = await measure(page, lang, view.px);
      expectClean(start);
      expect(
        start.legible / start.visible,
        `legible share at start-up (${start.legible} of ${start.visible})`,
      ).toBeGreaterThanOrEqual(view.share);

      // the organisation with the most relationships, selected by a click on it
      const hub = await page.evaluate(() =>
        window
          .cy!.nodes(':visible')
          .max((n) => n.degree(false))
          .ele.id(),
      );
      await clickNode(page, hub);
      await expect
        .poll(() => page.evaluate(() => window.cy!.$(':selected').map((e) => e.id())))
        .toEqual([hub]);
      await settle(page);
      const selected = await measure(page, lang, view.px);
      expectClean(selected);
      expect(
        selected.legible / selected.visible,
        `legible share with ${hub} selected (${selected.legible} of ${selected.visible})`,
      ).toBeGreaterThanOrEqual(view.share);
      // the selected node's own name is drawn
      expect((await drawnLabels(page)).map((l) => l.id)).toContain(hub);
    });
  }
}

/**
 * Cytoscape's cached box of a label against the box worked out afresh for the text it has now: a
 * box read while a label is being restyled was once kept at the old text's size, and the label's
 * texture was cut to it ("tionel / erati" for "Nationella operativa avdelningen").
 */
function labelBoxAgainstFresh(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    type Internal = {
      pstyle(name: string): { strValue: string };
      dirtyBoundingBoxCache(): void;
      cy(): { renderer(): { recalculateRenderedStyle(eles: unknown, useCache: boolean): void } };
    };
    const n = window.cy!.getElementById(nodeId);
    const opts = { includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false };
    const kept = n.boundingBox(opts as never);
    const i = n as unknown as Internal;
    i.cy().renderer().recalculateRenderedStyle(n, false);
    i.dirtyBoundingBoxCache();
    const fresh = n.boundingBox(opts as never);
    const r = (v: number) => Math.round(v);
    return {
      text: i.pstyle('label').strValue,
      kept: [r(kept.w), r(kept.h)],
      fresh: [r(fresh.w), r(fresh.h)],
    };
  }, id);
}

const SHORTENED = (
  JSON.parse(fs.readFileSync(new URL('../../data/network.json', import.meta.url), 'utf8')) as {
    nodes: { id: string; label: Record<Lang, string>; short?: Record<Lang, string> }[];
  }
).nodes.filter((n) => n.short);

for (const lang of ['sv', 'en'] as const) {
  for (const view of [VIEWS[0], VIEWS[5]]) {
    test(`${view.name}, ${lang}: a node opened draws its full name in a box that fits it, where the overview drew its short one`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: view.width, height: view.height });
      await openApp(page, `lang=${lang}`);
      await settle(page);
      const wrong: string[] = [];
      for (const n of SHORTENED) {
        // a tap on the node, as the canvas reports one (some lie under others or the legend)
        await page.evaluate((id) => void window.cy!.getElementById(id).emit('tap'), n.id);
        await settle(page);
        const got = await labelBoxAgainstFresh(page, n.id);
        const words = n.label[lang].split(/\s+/);
        if (
          got.text.replace(/\s+/g, ' ').trim() !== n.label[lang] &&
          !words.every((w) => got.text.includes(w))
        )
          wrong.push(`${n.id}: draws “${got.text}”, not its full name`);
        if (got.kept.join() !== got.fresh.join())
          wrong.push(`${n.id}: label box ${got.kept.join('×')} for text that takes ${got.fresh.join('×')}`);
      }
      expect(wrong).toEqual([]);
    });
  }
}

test('on a phone the graph takes the height it has at start-up, and the network is drawn across it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'lang=sv');
  await settle(page);
  const graph = (await page.locator('#graph').boundingBox())!;
  // the header, the tools and the legend leave the graph most of the screen
  expect(graph.height / 844, `graph ${graph.height} px high`).toBeGreaterThanOrEqual(0.8);
  await expect(page.getByRole('button', { name: 'Teckenförklaring', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  // the start-up framing fills that height (the network is wider than a phone: the sides pan in)
  const drawn = await page.evaluate(() => {
    const cy = window.cy!;
    const ys = cy.nodes(':visible').map((n) => n.renderedPosition().y);
    const inView = ys.filter((y) => y >= 0 && y <= cy.height());
    return (Math.max(...inView) - Math.min(...inView)) / cy.height();
  });
  expect(drawn, 'share of the graph height the nodes span').toBeGreaterThanOrEqual(0.5);
});

/** Nodes whose name is not drawn now. */
const hiddenNames = (page: Page) =>
  page.evaluate(() => window.cy!.nodes(':visible.label-hidden').map((n) => n.id()));
const isDrawn = async (page: Page, id: string) => (await drawnLabels(page)).some((l) => l.id === id);

test('a name not drawn shows on hover, on keyboard focus, when selected, and after one zoom step in about it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, 'lang=en');
  await settle(page);
  const hidden = await hiddenNames(page);
  expect(hidden.length).toBeGreaterThan(0);
  const id = hidden[0]!;

  // hover
  const at = await page.evaluate((nodeId) => {
    const n = window.cy!.getElementById(nodeId);
    const box = window.cy!.container()!.getBoundingClientRect();
    return { x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
  }, id);
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => isDrawn(page, id)).toBe(true);
  expectClean(await measure(page, 'en', 11));
  await page.mouse.move(1, 1);
  await settle(page);

  // keyboard focus: arrows move the ring until it reaches the node (or select it through the ring)
  await page.getByRole('application').focus();
  await page.keyboard.press('Tab');
  await page.getByRole('application').focus();
  const focused = async () =>
    page.evaluate(() => window.cy!.nodes('.keyboard-focus').map((n) => n.id())[0] ?? null);
  await page.keyboard.press('ArrowRight');
  await expect.poll(focused).not.toBeNull();
  const ring = (await focused())!;
  await settle(page);
  expect(await isDrawn(page, ring)).toBe(true);
  // every node the ring visits draws its name
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(['ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight'][i % 4]!);
    await settle(page);
    const now = (await focused())!;
    expect(await isDrawn(page, now), `focused ${now}`).toBe(true);
  }
  await page.mouse.click(1, 1);

  // selection (by a click on the node)
  await settle(page);
  const stillHidden = (await hiddenNames(page))[0]!;
  await clickNode(page, stillHidden);
  await settle(page);
  expect(await isDrawn(page, stillHidden)).toBe(true);
  await page.keyboard.press('Escape');
  await settle(page);

  // one zoom step in, with the node in the middle of the view
  const target = (await hiddenNames(page))[0]!;
  await page.evaluate((nodeId) => {
    const cy = window.cy!;
    const p = cy.getElementById(nodeId).renderedPosition();
    cy.panBy({ x: cy.width() / 2 - p.x, y: cy.height() / 2 - p.y });
  }, target);
  await settle(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settle(page);
  expect(await isDrawn(page, target), `${target} after one zoom step`).toBe(true);
  expectClean(await measure(page, 'en', 11));
});

test('no labels overlap after pan, filter, focus, language change, layout change, tour step and panel opening', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, 'lang=en');
  await settle(page);
  const check = async (what: string, lang: Lang = 'en') => {
    await settle(page);
    const m = await measure(page, lang, 11);
    expect(m.overlapping, `overlaps after ${what}`).toEqual([]);
    expect(m.covered, `covered after ${what}`).toEqual([]);
    expect(m.outside, `outside after ${what}`).toEqual([]);
  };
  await page.getByRole('application').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowUp');
  await check('panning');
  await page.keyboard.press('+');
  await check('zooming in');
  await page.getByRole('button', { name: 'Filters' }).click();
  await check('opening a panel');
  await page.getByRole('checkbox').first().click();
  await check('a filter');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await check('a language change', 'sv');
  await page.getByRole('button', { name: 'English' }).click();
  for (const layout of ['Rings by level', 'Grouped by type', 'Force-directed']) {
    await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: layout });
    await check(`the layout ${layout}`);
  }
  await openApp(page, 'lang=en&focus=sakerhetspolisen');
  await check('a focus');
  await openApp(page, 'lang=en&tour=norden-och-ostersjon&step=3');
  await check('a tour step');
});

for (const present of [false, true]) {
  const [min, max] = present ? [16, 24] : [11, 16];
  test(`label size on screen stays between ${min} and ${max} px at every zoom${present ? ', presenting' : ''}`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `lang=en${present ? '&present=1' : ''}`);
    await settle(page);
    await page.getByRole('application').focus();
    const sizes = async (what: string) => {
      await settle(page);
      const labels = (await drawnLabels(page)).filter((l) => l.node);
      expect(labels.length, `names drawn ${what}`).toBeGreaterThan(0);
      const px = labels.map((l) => l.px);
      expect(Math.min(...px), `smallest name ${what}`).toBeGreaterThanOrEqual(min - 1e-6);
      expect(Math.max(...px), `largest name ${what}`).toBeLessThanOrEqual(max + 1e-6);
      expectClean(await measure(page, 'en', min));
    };
    const steps = async (key: string, n: number) => {
      for (let i = 0; i < n; i++) {
        await page.keyboard.press(key);
        await expect.poll(() => page.evaluate(() => window.cy!.animated())).toBe(false);
      }
    };
    // far out: names keep their size (fewer are drawn)
    await steps('-', 4);
    await sizes('zoomed out four steps');
    // far in: names stop growing
    await steps('+', 12);
    await sizes('zoomed in twelve steps');
    const zoom = await page.evaluate(() => window.cy!.zoom());
    expect(zoom, 'the camera did zoom in far').toBeGreaterThan(3);
  });
}

test('faded elements draw no text: a tour step, filtered-out elements faded, a path', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const [query, fade] of [
    ['tour=kontraterrorism-i-sverige&step=3', 'tour-faded'],
    ['years=1997-&fade=1', 'faded'],
    ['from=sakerhetspolisen&to=interpol', 'path-dim'],
  ] as const) {
    await openApp(page, `lang=en&${query}`);
    await settle(page);
    const ghosts = await page.evaluate((cls) => window.cy!.elements(`.${cls}`).map((e) => e.id()), fade);
    expect(ghosts.length, `elements ${fade} after ${query}`).toBeGreaterThan(5);
    const drawn = (await drawnLabels(page)).map((l) => l.id);
    expect(
      drawn.filter((id) => ghosts.includes(id)),
      `${fade} elements with text after ${query}`,
    ).toEqual([]);
    expect(drawn.length, `names still drawn after ${query}`).toBeGreaterThan(0);
    expectClean(await measure(page, 'en', 11));
  }
});

type TourStep = { nodes: string[]; edges: string[]; title: Record<Lang, string> };
const TOURS = (
  JSON.parse(fs.readFileSync('data/stories.json', 'utf8')) as { tours: { id: string; steps: TourStep[] }[] }
).tours;

/**
 * Compares two PNG screenshots (decoded in the page's canvas): the share of pixels that differ,
 * and, when asked for (for the one who reads a failure), a picture of those pixels in red over a
 * faint copy of the first.
 */
async function comparePictures(
  page: Page,
  a: Buffer,
  b: Buffer,
  withPicture = false,
): Promise<{ share: number; picture: Buffer | null }> {
  const { share, url } = await page.evaluate(
    async ([x, y, withPicture]) => {
      const load = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return { c, ctx, data: ctx.getImageData(0, 0, c.width, c.height) };
      };
      const [p, q] = await Promise.all([load(x), load(y)]);
      if (p.c.width !== q.c.width || p.c.height !== q.c.height) return { share: 1, url: null };
      const [pd, qd] = [p.data.data, q.data.data];
      const out = withPicture ? p.ctx.createImageData(p.c.width, p.c.height) : null;
      let differ = 0;
      for (let i = 0; i < pd.length; i += 4) {
        const d =
          Math.abs(pd[i]! - qd[i]!) + Math.abs(pd[i + 1]! - qd[i + 1]!) + Math.abs(pd[i + 2]! - qd[i + 2]!);
        if (d > 48) differ++;
        if (out) {
          const grey = 255 - (255 - (pd[i]! + pd[i + 1]! + pd[i + 2]!) / 3) / 4;
          out.data.set(d > 48 ? [220, 0, 0, 255] : [grey, grey, grey, 255], i);
        }
      }
      if (out) p.ctx.putImageData(out, 0, 0);
      return { share: differ / (p.c.width * p.c.height), url: out ? p.c.toDataURL('image/png') : null };
    },
    [
      `data:image/png;base64,${a.toString('base64')}`,
      `data:image/png;base64,${b.toString('base64')}`,
      withPicture,
    ] as const,
  );
  return { share, picture: url ? Buffer.from(url.slice(url.indexOf(',') + 1), 'base64') : null };
}

/** Share of pixels that differ between two PNG screenshots. */
const pixelDifference = async (page: Page, a: Buffer, b: Buffer) => (await comparePictures(page, a, b)).share;

/** The camera, and (for the report of a failure) where the graph's box is on the page. */
const camera = (page: Page) =>
  page.evaluate(() => {
    const box = window.cy!.container()!.getBoundingClientRect();
    return {
      zoom: window.cy!.zoom(),
      pan: window.cy!.pan(),
      box: [box.x, box.y, box.width, box.height],
    };
  });

/** Opens a step from its link and returns its camera and picture once it has settled. */
async function stepFromLink(page: Page, query: string) {
  await openApp(page, query);
  await page.mouse.move(1, 1);
  await settle(page);
  return { camera: await camera(page), png: await page.locator('#graph').screenshot() };
}

// A close step: most nodes are out of sight, and Cytoscape first draws them into its layered
// picture one by one after the camera has stopped. No node may be restyled by being drawn (see
// cy/controllers/rest.ts), and the picture at rest stays as it is.
test('a close tour step opened from its link stays as drawn once at rest: no node counts as loading a background image', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const first = await stepFromLink(page, 'lang=en&present=1&tour=norden-och-ostersjon&step=7');
  expect(first.camera.zoom, 'a close view').toBeGreaterThan(1.5);
  expect(await page.evaluate(() => window.cy!.nodes(':backgrounding').map((n) => n.id()))).toEqual([]);
  await page.waitForTimeout(1500);
  await settle(page);
  const later = await page.locator('#graph').screenshot();
  expect(await pixelDifference(page, first.png, later), 'pixels changed while at rest').toBe(0);
});

for (const [t, tour] of TOURS.entries()) {
  for (const present of [false, true]) {
    const lang: Lang = (t + (present ? 1 : 0)) % 2 === 0 ? 'sv' : 'en';
    test(`tour ${tour.id}${present ? ', presenting' : ''} (${lang}): each step reached with Next draws as the same step opened from its link`, async ({
      page,
    }) => {
      test.setTimeout(30_000 + tour.steps.length * 12_000);
      await page.setViewportSize({ width: 1280, height: 720 });
      const base = `lang=${lang}${present ? '&present=1' : ''}&tour=${tour.id}`;
      for (let step = 2; step <= tour.steps.length; step++) {
        const linked = await stepFromLink(page, `${base}&step=${step}`);
        const m = await measure(page, lang, present ? 16 : 11);
        expectClean(m);
        await expectFocusNamed(page, lang, present ? 16 : 11, `step ${step} from its link`);
        // the same step, reached with Next (the arrow key while presenting) from the one before
        await stepFromLink(page, `${base}&step=${step - 1}`);
        if (step === 2) await expectFocusNamed(page, lang, present ? 16 : 11, 'step 1 from its link');
        if (present) await page.keyboard.press('ArrowRight');
        else await page.getByRole('button', { name: lang === 'sv' ? 'Nästa →' : 'Next →' }).click();
        await page.mouse.move(1, 1);
        await expect(page).toHaveURL(new RegExp(`step=${step}(&|$)`));
        await settle(page);
        const next = { camera: await camera(page), png: await page.locator('#graph').screenshot() };
        await expectFocusNamed(page, lang, present ? 16 : 11, `step ${step} after Next`);
        expect(next.camera.zoom, `zoom at step ${step}`).toBeCloseTo(linked.camera.zoom, 3);
        expect(next.camera.pan.x, `pan at step ${step}`).toBeCloseTo(linked.camera.pan.x, 0);
        expect(next.camera.pan.y, `pan at step ${step}`).toBeCloseTo(linked.camera.pan.y, 0);
        const differing = await pixelDifference(page, linked.png, next.png);
        // the share itself, for the report (the figures quoted when this is measured)
        test.info().annotations.push({ type: 'pixels differing', description: `step ${step}: ${differing}` });
        if (differing >= 0.01) {
          test.info().annotations.push({
            type: 'cameras',
            description: `step ${step}: from its link ${JSON.stringify(linked.camera)}, after Next ${JSON.stringify(next.camera)}`,
          });
          for (const [name, png] of [
            [`step ${step} from its link`, linked.png],
            [`step ${step} after Next`, next.png],
            [
              `step ${step} pixels differing`,
              (await comparePictures(page, linked.png, next.png, true)).picture!,
            ],
          ] as const) {
            // kept on disk beside the test's results, whatever the reporter
            const file = test.info().outputPath(`${name}.png`);
            fs.writeFileSync(file, png);
            await test.info().attach(name, { path: file, contentType: 'image/png' });
          }
        }
        expect(differing, `pixels differing at step ${step}`).toBeLessThan(0.01);
      }
    });
  }
}

// the other language of each tour and mode (the test above runs one): every step's names drawn
for (const [t, tour] of TOURS.entries()) {
  for (const present of [false, true]) {
    const lang: Lang = (t + (present ? 1 : 0)) % 2 === 0 ? 'en' : 'sv';
    test(`tour ${tour.id}${present ? ', presenting' : ''} (${lang}): every step draws the names of the organisations it is about`, async ({
      page,
    }) => {
      test.setTimeout(20_000 + tour.steps.length * 6_000);
      await page.setViewportSize({ width: 1280, height: 720 });
      for (let step = 1; step <= tour.steps.length; step++) {
        await stepFromLink(page, `lang=${lang}${present ? '&present=1' : ''}&tour=${tour.id}&step=${step}`);
        expectClean(await measure(page, lang, present ? 16 : 11));
        await expectFocusNamed(page, lang, present ? 16 : 11, `step ${step}`);
      }
    });
  }
}

/**
 * A tour step on show: its card (a region named by the step's title) is drawn, the graph has taken
 * the height the card leaves it (the card loads with the tools, after the graph), and the camera
 * and the labels have stopped.
 */
async function stepShown(page: Page, lang: Lang, step: TourStep) {
  await expect(page.getByRole('region', { name: step.title[lang], exact: true })).toBeVisible();
  await page.waitForFunction(() => {
    const cy = window.cy!;
    const box = cy.container()!;
    return cy.width() === box.clientWidth && cy.height() === box.clientHeight;
  });
  await settle(page);
}

// on a phone the tour card takes the lower part of the screen: the step's names still all show
for (const tour of TOURS) {
  for (const lang of ['sv', 'en'] as const) {
    test(`tour ${tour.id} on a phone (${lang}): every step, opened from its link and reached with Next, draws the names of the organisations it is about`, async ({
      page,
    }) => {
      test.setTimeout(30_000 + tour.steps.length * 14_000);
      await page.setViewportSize({ width: 390, height: 844 });
      const base = `lang=${lang}&tour=${tour.id}`;
      const linked: { zoom: number; pan: { x: number; y: number } }[] = [];
      for (const [i, step] of tour.steps.entries()) {
        await openApp(page, `${base}&step=${i + 1}`);
        await page.mouse.move(1, 1);
        await stepShown(page, lang, step);
        expectClean(await measure(page, lang, 11));
        await expectFocusNamed(page, lang, 11, `step ${i + 1} from its link`);
        linked.push(await camera(page));
      }
      // from the first step on, with Next
      await openApp(page, `${base}&step=1`);
      await stepShown(page, lang, tour.steps[0]!);
      for (const [i, step] of tour.steps.entries()) {
        if (i === 0) continue;
        await page.getByRole('button', { name: lang === 'sv' ? 'Nästa →' : 'Next →' }).click();
        await page.mouse.move(1, 1);
        await expect(page).toHaveURL(new RegExp(`step=${i + 1}(&|$)`));
        await stepShown(page, lang, step);
        expectClean(await measure(page, lang, 11));
        await expectFocusNamed(page, lang, 11, `step ${i + 1} after Next`);
        const now = await camera(page);
        expect(now.zoom, `zoom at step ${i + 1}`).toBeCloseTo(linked[i]!.zoom, 3);
        expect(now.pan.x, `pan at step ${i + 1}`).toBeCloseTo(linked[i]!.pan.x, 0);
        expect(now.pan.y, `pan at step ${i + 1}`).toBeCloseTo(linked[i]!.pan.y, 0);
      }
    });
  }
}

// a notice (here: the link asked for a step past the tour's end) sits above the graph, never over
// a name the step is about, nor over the tour card or the graph's controls
const NOTICE = {
  sv: { text: /^Länken pekade på steg 99/, dismiss: 'Stäng meddelandet' },
  en: { text: /^The link asked for step 99/, dismiss: 'Dismiss' },
} as const;
for (const [name, size] of [
  ['projector 1280×720', { width: 1280, height: 720 }],
  ['phone 390×844', { width: 390, height: 844 }],
] as const) {
  for (const lang of ['sv', 'en'] as const) {
    test(`${name}, ${lang}: a notice during a tour covers no name the step is about, nor the tour card`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const tour = TOURS[2]!;
      const last = tour.steps[tour.steps.length - 1]!;
      await openApp(page, `lang=${lang}&tour=${tour.id}&step=99`);
      await page.mouse.move(1, 1);
      const notice = page.getByRole('status').filter({ hasText: NOTICE[lang].text });
      await expect(notice).toBeVisible();
      await stepShown(page, lang, last);
      await expectFocusNamed(page, lang, 11, 'the last step, with the notice');
      // the notice's box against every drawn name and the app's own controls
      const graph = (await page.locator('#graph').boundingBox())!;
      const n = (await notice.boundingBox())!;
      const box = {
        x1: n.x - graph.x,
        y1: n.y - graph.y,
        x2: n.x + n.width - graph.x,
        y2: n.y + n.height - graph.y,
      };
      const under = (await drawnLabels(page)).filter((l) => overlaps(l.box, box)).map((l) => l.text);
      expect(under, 'names under the notice').toEqual([]);
      for (const other of [
        page.getByRole('complementary'),
        page.getByRole('group', { name: NAMES[lang].toolbar }),
        page.getByRole('region', { name: last.title[lang], exact: true }),
      ]) {
        const o = (await other.boundingBox())!;
        const apart =
          n.x + n.width <= o.x || o.x + o.width <= n.x || n.y + n.height <= o.y || o.y + o.height <= n.y;
        expect(apart, `the notice over ${(await other.getAttribute('aria-label')) ?? 'the tour card'}`).toBe(
          true,
        );
      }
      // dismissed, it gives its room back to the graph, and the step is framed in it again
      const before = graph.height;
      await notice.getByRole('button', { name: NOTICE[lang].dismiss }).click();
      await expect
        .poll(async () => (await page.locator('#graph').boundingBox())!.height)
        .toBeGreaterThan(before);
      await stepShown(page, lang, last);
      await expectFocusNamed(page, lang, 11, 'the last step, the notice dismissed');
    });
  }
}
