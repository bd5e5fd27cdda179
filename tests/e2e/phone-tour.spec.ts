/**
 * The tour card on a 390×844 phone is a compact sheet: at every step of every tour, in both
 * languages, the graph keeps at least 58 % of the height and the card takes at most a quarter,
 * with every control of the card on the screen, whole and named, and the step's narrative (which
 * scrolls in its bounded area) reachable from the keyboard.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './fixtures';

type Lang = 'sv' | 'en';
type Tour = { id: string; steps: { title: Record<Lang, string> }[] };
const TOURS = (JSON.parse(fs.readFileSync('data/stories.json', 'utf8')) as { tours: Tour[] }).tours;

const CONTROLS = {
  en: {
    always: ['Close panel', '← Previous', /^(Next →|Finish the tour)$/, 'Copy a link to this step'],
    notLast: ['End the tour'],
    evidence: /^Evidence \(\d+\)$/,
  },
  sv: {
    always: [
      'Stäng panelen',
      '← Föregående',
      /^(Nästa →|Avsluta visningen)$/,
      'Kopiera en länk till det här steget',
    ],
    notLast: ['Avbryt visningen'],
    evidence: /^Belägg \(\d+\)$/,
  },
} as const;

/** Shares of the window's height: the graph's and the card's. */
const shares = (page: Page) =>
  page.evaluate(() => {
    const h = window.innerHeight;
    const graph = window.cy!.container()!.getBoundingClientRect().height;
    const card = document.getElementById('tool-panel')!.getBoundingClientRect().height;
    return { graph: graph / h, card: card / h };
  });

test.use({ viewport: { width: 390, height: 844 } });

for (const lang of ['sv', 'en'] as const) {
  test(`tour card on a phone (${lang}): the graph keeps most of the height at every step, every control on screen and named`, async ({
    page,
  }) => {
    test.setTimeout(20_000 + TOURS.reduce((n, t) => n + t.steps.length, 0) * 6_000);
    const measured: string[] = [];
    for (const tour of TOURS)
      for (const [i, step] of tour.steps.entries()) {
        await openApp(page, `lang=${lang}&tour=${tour.id}&step=${i + 1}`);
        const card = page.getByRole('region', { name: step.title[lang], exact: true });
        await expect(card).toBeVisible();
        await page.waitForFunction(() => {
          const cy = window.cy!;
          const box = cy.container()!;
          return cy.width() === box.clientWidth && cy.height() === box.clientHeight;
        });
        const { graph, card: share } = await shares(page);
        measured.push(
          `${tour.id} ${i + 1}: graph ${(graph * 100).toFixed(0)} %, card ${(share * 100).toFixed(0)} %`,
        );
        expect(graph, `${tour.id} step ${i + 1}: the graph's share`).toBeGreaterThanOrEqual(0.58);
        expect(share, `${tour.id} step ${i + 1}: the card's share`).toBeLessThanOrEqual(0.25);

        // every control whole on the screen
        const panel = page.locator('#tool-panel');
        const c = CONTROLS[lang];
        const names: (string | RegExp)[] = [...c.always, ...(i < tour.steps.length - 1 ? c.notLast : [])];
        if (await panel.getByRole('button', { name: c.evidence }).count()) names.push(c.evidence);
        for (const name of names) {
          const control = panel.getByRole('button', { name, exact: typeof name === 'string' });
          await expect(control).toBeVisible();
          const b = (await control.boundingBox())!;
          expect(b.y, `${String(name)} below the top`).toBeGreaterThanOrEqual(0);
          expect(b.y + b.height, `${String(name)} above the bottom`).toBeLessThanOrEqual(844 + 0.5);
          expect(b.x + b.width, `${String(name)} within the width`).toBeLessThanOrEqual(390 + 0.5);
          const whole = await control.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
          expect(whole, `${String(name)} whole`).toBe(true);
        }
        // a narrative longer than its area scrolls, and the keyboard reaches it
        const text = card.locator('.tour-text');
        const scrolls = await text.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
        if (scrolls) {
          await expect(text).toHaveAttribute('tabindex', '0');
          await text.focus();
          await page.keyboard.press('End');
          await expect
            .poll(() => text.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1))
            .toBe(true);
        }
      }
    test.info().annotations.push({ type: 'shares', description: measured.join('; ') });
    console.log(`${lang}: ${measured.join('; ')}`);
  });
}
