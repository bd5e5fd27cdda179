/**
 * Evidence in the panels, in the built app in Chromium: every quote with its source's kind and a
 * link to the source's public address, our translation under a quote in the other language
 * (marked as ours, in the reader's language), facts only implied by the text marked as such, and
 * axe-core clean, in both languages and on a phone.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Dataset, Evidence } from '../../src/data/schema';
import { SOURCE_KINDS } from '../../src/data/vocabulary';
import { expectNoSeriousViolations, openApp } from './fixtures';

const DATA: Dataset = JSON.parse(readFileSync(new URL('../../data/network.json', import.meta.url), 'utf8'));
const panel = (page: Page) => page.getByRole('complementary', { name: /^(Details|Detaljer)$/ });
const source = (id: string) => DATA.sources.find((s) => s.id === id)!;
const node = (id: string) => DATA.nodes.find((n) => n.id === id)!;
const edge = (id: string) => DATA.edges.find((e) => e.id === id)!;
/** The figure that holds a quote. */
const figureOf = (scope: Locator, ev: Evidence) =>
  scope.locator('figure', { has: scope.page().getByText(ev.quote, { exact: true }) }).first();

async function expectSourceShown(figure: Locator, ev: Evidence, lang: 'sv' | 'en') {
  const src = source(ev.source);
  await expect(figure.getByText(SOURCE_KINDS[src.kind!][lang], { exact: true })).toBeVisible();
  const link = figure.getByRole('link', { name: lang === 'en' ? /Open the source/ : /Öppna källan/ });
  await expect(link).toHaveAttribute('href', new URL(src.url!).href);
  await expect(link).toHaveAttribute('target', '_blank');
}

test('an English reader sees a Swedish quote with our translation under it, and its source linked', async ({
  page,
}) => {
  await openApp(page, 'lang=en&node=nct');
  const details = panel(page);
  const ev = node('nct').evidence![0]!;
  expect(source(ev.source).language).toBe('sv');
  const figure = figureOf(details, ev);
  await expect(figure.getByText(ev.quote, { exact: true })).toHaveAttribute('lang', 'sv');
  await expect(figure.getByText('Our translation', { exact: true })).toBeVisible();
  const translation = figure.getByText(ev.translation!.en!, { exact: true });
  await expect(translation).toBeVisible();
  await expect(translation).toHaveAttribute('lang', 'en');
  // below the original
  const [q, tr] = [
    await figure.getByText(ev.quote, { exact: true }).boundingBox(),
    await translation.boundingBox(),
  ];
  expect(tr!.y).toBeGreaterThan(q!.y);
  await expectSourceShown(figure, ev, 'en');
  await expect(page.getByRole('link', { name: /Open the source/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
});

test('a Swedish reader sees an English news quote with "Vår översättning" and the kind "Nyhetsartikel"', async ({
  page,
}) => {
  const e = edge('europol-kontoret-cooperation-europol-tredjelander');
  const ev = e.evidence.find((x) => source(x.source).language === 'en')!;
  await openApp(page, `lang=sv&edge=${e.id}`);
  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  const figure = figureOf(details, ev);
  await expect(figure.getByText(ev.quote, { exact: true })).toHaveAttribute('lang', 'en');
  await expect(figure.getByText('Vår översättning', { exact: true })).toBeVisible();
  await expect(figure.getByText(ev.translation!.sv!, { exact: true })).toHaveAttribute('lang', 'sv');
  await expectSourceShown(figure, ev, 'sv');
  expect(source(ev.source).kind).toBe('news');
  await expectNoSeriousViolations(page, '.details-panel');
});

test('a quote in the reader’s own language comes without a translation', async ({ page }) => {
  const e = edge('nct-staffed-by-sakerhetspolisen');
  const ev = e.evidence[0]!;
  await openApp(page, `lang=sv&edge=${e.id}`);
  const figure = figureOf(panel(page), ev);
  await expect(figure.getByText(ev.quote, { exact: true })).toBeVisible();
  await expect(figure.getByText('Vår översättning')).toHaveCount(0);
  await expectSourceShown(figure, ev, 'sv');
  await expect(figure).toContainText('21 mars 2024');
});

test('a fact the text only implies is marked so, with the note saying why, in both languages', async ({
  page,
}) => {
  const e = edge('sakerhetspolisen-works-on-kontraterrorism');
  const ev = e.evidence[0]!;
  expect(ev.support).toBe('implied');
  await openApp(page, `lang=en&edge=${e.id}`);
  let figure = figureOf(panel(page), ev);
  await expect(figure.getByText('Implied by the context', { exact: true })).toBeVisible();
  await expect(figure).toContainText(ev.note!.en);
  await page.getByRole('button', { name: 'Svenska' }).click();
  figure = figureOf(panel(page), ev);
  await expect(figure.getByText('Framgår av sammanhanget', { exact: true })).toBeVisible();
  await expect(figure).toContainText(ev.note!.sv);
});

test('axe-core: a node panel in English and a relationship panel in Swedish, with their evidence', async ({
  page,
}) => {
  await openApp(page, 'lang=en&node=sakerhetspolisen');
  await expect(panel(page).getByText('Our translation').first()).toBeVisible();
  await expectNoSeriousViolations(page, '.details-panel');
  await openApp(page, 'lang=sv&edge=polismyndigheten-participates-in-krypterade-samtal-samarbete');
  await expect(panel(page).getByText('Vår översättning').first()).toBeVisible();
  await expectNoSeriousViolations(page, '.details-panel');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the evidence fits the bottom sheet: links reachable, nothing scrolls sideways', async ({ page }) => {
    await openApp(page, 'lang=en&node=polisens-utlandsstyrka');
    const details = panel(page);
    const link = details.getByRole('link', { name: /Open the source/ }).first();
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport();
    await expect(details.getByText('Our translation').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const overflow = await details.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectNoSeriousViolations(page, '.details-panel');
  });
});
