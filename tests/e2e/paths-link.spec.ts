/**
 * A link to the Paths view (from and to in the URL) opens with the path framed exactly as choosing
 * the same two organisations in the panel and pressing "Zoom to the paths" frames it: the same
 * camera, and the path's nodes drawn in the same places on the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, settle } from './fixtures';

const FROM = 'tullverket';
const TO = 'interpol';
const NAMES = {
  en: { from: 'From', to: 'To', pickFrom: 'Swedish Customs', pickTo: 'Interpol', zoom: 'Zoom to the paths' },
  sv: { from: 'Från', to: 'Till', pickFrom: 'Tullverket', pickTo: 'Interpol', zoom: 'Zooma in på vägarna' },
} as const;

/** The camera, and where each node on the path is drawn (its box on the screen, without labels). */
const framed = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const path = cy.nodes('.path-hop');
    return {
      zoom: cy.zoom(),
      pan: cy.pan(),
      nodes: Object.fromEntries(
        path.map((n) => {
          const b = n.renderedBoundingBox({ includeLabels: false } as never);
          return [n.id(), [b.x1, b.y1, b.x2, b.y2].map((v) => Math.round(v))];
        }),
      ),
    };
  });

for (const lang of ['en', 'sv'] as const) {
  test(`a Paths link at 1440×900 (${lang}) frames the path as “zoom to the paths” does`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const names = NAMES[lang];

    // the whole network at start-up, for comparison
    await openApp(page, `lang=${lang}&tool=paths`);
    const panel = page.getByRole('complementary', { name: lang === 'en' ? 'Paths' : 'Vägar' });
    await expect(panel.getByRole('combobox', { name: names.from, exact: true })).toBeVisible();
    await settle(page);
    const whole = await page.evaluate(() => window.cy!.zoom());

    // chosen in the panel, then "Zoom to the paths"
    for (const [field, name] of [
      [names.from, names.pickFrom],
      [names.to, names.pickTo],
    ] as const) {
      const box = panel.getByRole('combobox', { name: field, exact: true });
      await box.fill(name);
      await box.press('Enter');
      await expect(box).toHaveValue(name);
    }
    await expect(page).toHaveURL(new RegExp(`from=${FROM}&to=${TO}`));
    await panel.getByRole('button', { name: names.zoom }).click();
    await page.mouse.move(1, 1);
    await settle(page);
    const chosen = await framed(page);
    expect(Object.keys(chosen.nodes).length).toBeGreaterThanOrEqual(3);
    // the framing does something: the path is drawn larger than in the whole network
    expect(chosen.zoom).toBeGreaterThan(whole * 1.1);

    // the same from the link
    await openApp(page, `lang=${lang}&tool=paths&from=${FROM}&to=${TO}`);
    await expect(panel.getByRole('button', { name: names.zoom })).toBeVisible();
    await page.mouse.move(1, 1);
    await settle(page);
    const linked = await framed(page);
    expect(linked.zoom).toBeCloseTo(chosen.zoom, 3);
    expect(linked.pan.x).toBeCloseTo(chosen.pan.x, 0);
    expect(linked.pan.y).toBeCloseTo(chosen.pan.y, 0);
    expect(Object.keys(linked.nodes).sort()).toEqual(Object.keys(chosen.nodes).sort());
    for (const [id, box] of Object.entries(linked.nodes))
      box.forEach((v, i) => expect(Math.abs(v - chosen.nodes[id]![i]!), `${id}`).toBeLessThanOrEqual(1));
  });
}
