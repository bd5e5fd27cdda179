/**
 * Headings of the layouts that have them (grouped by level, grouped by type, rings by level),
 * measured in the built app as a person sees them, in both languages, at a laptop, a projector,
 * presentation mode on the projector and a phone: each shows its whole text (nothing clipped,
 * the name and count as the vocabulary has them), inside the graph, clear of every other heading,
 * of the app's controls over the graph, and of every name drawn on the graph.
 */
import { expect, test, type Page } from '@playwright/test';
import { LEVELS, NODE_TYPES } from '../../src/data/vocabulary';
import { openApp } from './fixtures';

type Box = { x1: number; y1: number; x2: number; y2: number };
type Heading = { text: string; box: Box; clipped: boolean };
type Lang = 'sv' | 'en';

const VIEWS = [
  { name: 'laptop 1440×900', width: 1440, height: 900, present: false, phone: false },
  { name: 'projector 1280×720', width: 1280, height: 720, present: false, phone: false },
  { name: 'presentation 1280×720', width: 1280, height: 720, present: true, phone: false },
  { name: 'phone 390×844', width: 390, height: 844, present: false, phone: true },
] as const;

const LAYOUTS = [
  { id: 'level', table: LEVELS, key: 'level' },
  { id: 'type', table: NODE_TYPES, key: 'type' },
  { id: 'concentric', table: LEVELS, key: 'level' },
] as const;

const CONTROLS = {
  en: { toolbar: 'Graph controls', legend: 'Legend', presenting: 'Presentation controls', other: 'English' },
  sv: {
    toolbar: 'Grafkontroller',
    legend: 'Teckenförklaring',
    presenting: 'Presentationsknappar',
    other: 'Svenska',
  },
  // (`other`: the button that switches to this language)
} as const;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The headings drawn now, in the graph's coordinates, and whether any text is clipped. */
function headings(page: Page): Promise<Heading[]> {
  return page.evaluate(() => {
    const graph = document.querySelector('#graph')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.group-heading')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent!.replace(/\s+/g, ' ').trim(),
        box: {
          x1: r.left - graph.left,
          y1: r.top - graph.top,
          x2: r.right - graph.left,
          y2: r.bottom - graph.top,
        },
        clipped: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
      };
    });
  });
}

/** Boxes of the names Cytoscape draws now (text set and not transparent), graph coordinates. */
function drawnNames(page: Page): Promise<{ id: string; box: Box }[]> {
  return page.evaluate(() => {
    type Styled = { pstyle(name: string): { strValue: string; value: number } };
    const out: { id: string; box: Box }[] = [];
    window.cy!.elements(':visible').forEach((e) => {
      const s = e as unknown as Styled;
      if (!s.pstyle('label').strValue || s.pstyle('text-opacity').value * e.effectiveOpacity() === 0) return;
      const b = e.renderedBoundingBox({
        includeLabels: true,
        includeNodes: false,
        includeEdges: false,
        includeOverlays: false,
      } as never);
      if (b.w > 0) out.push({ id: e.id(), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } });
    });
    return out;
  });
}

/** Boxes of the app's controls over the graph, graph coordinates. */
async function controlBoxes(page: Page, lang: Lang): Promise<Box[]> {
  const graph = (await page.locator('#graph').boundingBox())!;
  const out: Box[] = [];
  for (const l of [
    page.getByRole('group', { name: CONTROLS[lang].toolbar }),
    page.getByRole('button', { name: CONTROLS[lang].legend, exact: true }).locator('xpath=ancestor::div[1]'),
    page.getByRole('region', { name: CONTROLS[lang].presenting }),
    page.getByRole('complementary'),
  ])
    for (const el of await l.all()) {
      const r = await el.boundingBox();
      if (!r || !r.width || !r.height || !(await el.isVisible())) continue;
      out.push({
        x1: r.x - graph.x,
        y1: r.y - graph.y,
        x2: r.x + r.width - graph.x,
        y2: r.y + r.height - graph.y,
      });
    }
  return out;
}

/** Waits until the camera, the headings and the names have stopped changing. */
async function settle(page: Page) {
  const signature = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      const hs = [...document.querySelectorAll('.group-heading')].map((h) => {
        const r = h.getBoundingClientRect();
        return `${h.textContent} ${Math.round(r.left)} ${Math.round(r.top)}`;
      });
      return `${cy.animated()} ${cy.zoom().toFixed(4)} ${cy.pan().x.toFixed(1)} ${cy.nodes('.label-hidden').length} ${hs.join('|')} ${JSON.stringify(cy.scratch('_labelPass'))}`;
    });
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await signature();
    if (now === last && !now.startsWith('true') && now.includes('|')) return;
    last = now;
  }
  throw new Error('the view did not settle');
}

/** Everything wrong with the headings now: one line per defect (empty when all is well). */
async function defects(page: Page, lang: Lang, expected: string[]): Promise<string[]> {
  const hs = await headings(page);
  const graph = (await page.locator('#graph').boundingBox())!;
  const names = await drawnNames(page);
  const controls = await controlBoxes(page, lang);
  const out: string[] = [];
  expect(hs.map((h) => h.text).sort()).toEqual([...expected].sort());
  for (const h of hs) {
    if (h.clipped) out.push(`${h.text}: text clipped`);
    const b = h.box;
    if (b.x1 < 0 || b.y1 < 0 || b.x2 > graph.width || b.y2 > graph.height)
      out.push(`${h.text}: outside the graph`);
    for (const c of controls) if (overlaps(b, c)) out.push(`${h.text}: under a control`);
    for (const n of names) if (overlaps(b, n.box)) out.push(`${h.text}: over the name of ${n.id}`);
  }
  for (let i = 0; i < hs.length; i++)
    for (let j = i + 1; j < hs.length; j++)
      if (overlaps(hs[i]!.box, hs[j]!.box)) out.push(`${hs[i]!.text} overlaps ${hs[j]!.text}`);
  return out;
}

/** The headings the layout should show: each group in the data, its name and its count. */
async function expectedHeadings(page: Page, layout: (typeof LAYOUTS)[number], lang: Lang) {
  const counts = await page.evaluate((key) => {
    const out: Record<string, number> = {};
    window
      .cy!.nodes()
      .forEach((n) => void (out[n.data(key) as string] = (out[n.data(key) as string] ?? 0) + 1));
    return out;
  }, layout.key);
  const table = layout.table as Record<string, { sv: string; en: string }>;
  return Object.entries(counts).map(([g, n]) => `${table[g]?.[lang] ?? g} ${n}`);
}

for (const view of VIEWS) {
  test.describe(view.name, () => {
    test.use({
      viewport: { width: view.width, height: view.height },
      ...(view.phone ? { hasTouch: true, isMobile: true } : {}),
    });
    for (const layout of LAYOUTS) {
      test(`${layout.id}: every heading whole, inside the graph, clear of the others, the controls and the names, in both languages`, async ({
        page,
      }) => {
        const { errors } = await openApp(
          page,
          `lang=en&layout=${layout.id}${view.present ? '&present=1' : ''}`,
        );
        await settle(page);
        expect(await defects(page, 'en', await expectedHeadings(page, layout, 'en'))).toEqual([]);
        // the other language: switched on the same picture (it does not move the nodes), or
        // opened so while presenting (the switch is hidden then)
        if (view.present) await openApp(page, `lang=sv&layout=${layout.id}&present=1`);
        else await page.getByRole('button', { name: CONTROLS.sv.other }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
        await settle(page);
        expect(await defects(page, 'sv', await expectedHeadings(page, layout, 'sv'))).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
