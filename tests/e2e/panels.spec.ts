/**
 * Panels that must fit the room they have, measured in the built app in both languages: the
 * metrics table (no sideways scrolling, every name whole, each of the three measures reachable)
 * at a laptop and a phone, and the legend (every entry whole) at a laptop, a projector and a phone.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './fixtures';
import { textDefects } from './textFit';

const TEXT = {
  en: {
    compute: 'Compute metrics',
    measures: ['Degree', 'Betweenness', 'Closeness'],
    all: /^Show all/,
    legend: 'Legend',
  },
  sv: {
    compute: 'Beräkna mått',
    measures: ['Grad', 'Mellanhet', 'Närhet'],
    all: /^Visa alla/,
    legend: 'Teckenförklaring',
  },
} as const;

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

for (const [name, use] of [
  ['laptop 1440×900', { viewport: { width: 1440, height: 900 } }],
  ['phone 390×844', PHONE],
] as const) {
  test.describe(name, () => {
    test.use(use);
    for (const lang of ['en', 'sv'] as const) {
      test(`metrics (${lang}): the table fits its panel, names whole, each measure reachable`, async ({
        page,
      }) => {
        await openApp(page, `lang=${lang}&tool=metrics`);
        const panel = page.locator('#tool-panel');
        await panel.getByRole('button', { name: TEXT[lang].compute }).click();
        const table = panel.getByRole('table');
        await expect(table).toBeVisible();
        await panel.getByRole('button', { name: TEXT[lang].all }).click();
        const region = panel.getByRole('region');
        for (const measure of TEXT[lang].measures) {
          await panel.getByRole('radio', { name: measure }).check();
          const header = table.getByRole('columnheader', { name: new RegExp(measure) });
          await expect(header).toHaveAttribute('aria-sort', 'descending');
          // nothing scrolls sideways: not the panel, not the table's box
          for (const el of [panel, region]) {
            const { sw, cw } = await el.evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth }));
            expect(sw, `${measure}: scrolls sideways`).toBeLessThanOrEqual(cw);
          }
          // the measure's column is in view within the panel, and every name reads whole
          const [h, p] = [await header.boundingBox(), await panel.boundingBox()];
          expect(h!.x + h!.width).toBeLessThanOrEqual(p!.x + p!.width);
          expect(await textDefects(table.locator('tbody td:nth-child(2) button'), region)).toEqual([]);
          expect(await textDefects(table.locator('th'), region)).toEqual([]);
          expect(await table.locator('tbody tr').count()).toBeGreaterThan(15);
        }
      });
    }
  });
}

for (const [name, use] of [
  ['laptop 1440×900', { viewport: { width: 1440, height: 900 } }],
  ['projector 1280×720', { viewport: { width: 1280, height: 720 } }],
  ['phone 390×844', PHONE],
] as const) {
  test.describe(name, () => {
    test.use(use);
    for (const lang of ['en', 'sv'] as const) {
      test(`legend (${lang}): every entry is whole`, async ({ page }) => {
        await openApp(page, `lang=${lang}`);
        await page.getByRole('button', { name: TEXT[lang].legend, exact: true }).click();
        const body = page.getByRole('region', { name: TEXT[lang].legend });
        await expect(body).toBeVisible();
        const { sw, cw } = await body.evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth }));
        expect(sw, 'the legend scrolls sideways').toBeLessThanOrEqual(cw);
        const entries = body.locator('li span:not(.swatch)');
        expect(await entries.count()).toBeGreaterThan(20);
        expect(await textDefects(entries, body)).toEqual([]);
        expect(await textDefects(body.locator('h3, .legend-note'), body)).toEqual([]);
      });
    }
  });
}

test.describe('laptop 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  const HELP = { en: 'Keyboard shortcuts', sv: 'Kortkommandon' } as const;
  for (const lang of ['en', 'sv'] as const) {
    test(`shortcuts dialog (${lang}): styled from start-up, keys apart from what they do, lines of a readable length`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      await page.getByRole('button', { name: HELP[lang] }).click();
      const dialog = page.getByRole('dialog', { name: HELP[lang] });
      await expect(dialog).toBeVisible();
      // a dialog, not a banner across the screen: about 34 rem at most
      expect((await dialog.boundingBox())!.width).toBeLessThanOrEqual(34 * 16 + 2);
      const rows = dialog.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(5);
      for (const row of await rows.all()) {
        const gap = await row.evaluate((tr) => {
          const [keys, action] = [...tr.querySelectorAll('td')];
          const text = (el: Element) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            return range.getBoundingClientRect();
          };
          return text(action!).left - text(keys!).right;
        });
        expect(gap, (await row.textContent()) ?? '').toBeGreaterThanOrEqual(8);
      }
      // each key is drawn as a key (its own border)
      for (const kbd of await dialog.locator('kbd').all())
        expect(
          await kbd.evaluate((k) => parseFloat(getComputedStyle(k).borderTopWidth)),
        ).toBeGreaterThanOrEqual(1);
      expect(await textDefects(dialog.locator('td, th, p'), dialog)).toEqual([]);
    });
  }
});

test.describe('phone 390×844', () => {
  test.use(PHONE);
  const LAYOUT = { en: 'Layout', sv: 'Layout' } as const;
  for (const lang of ['en', 'sv'] as const) {
    test(`layout choice (${lang}): each layout's name shows whole in the select, beside the zoom buttons`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      const select = page.getByRole('combobox', { name: LAYOUT[lang] });
      const values = await select
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      for (const value of values) {
        await select.selectOption(value);
        // the chosen name, in the select's own font, against the room inside it (less its arrow)
        const { text, room, right } = await select.evaluate((el) => {
          const s = el as HTMLSelectElement;
          const css = getComputedStyle(s);
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
          const padding = parseFloat(css.paddingLeft) + parseFloat(css.paddingRight);
          return {
            text: ctx.measureText(s.selectedOptions[0]!.text).width,
            room: s.clientWidth - padding - 16,
            right: s.getBoundingClientRect().right,
          };
        });
        expect(text, value).toBeLessThanOrEqual(room);
        expect(right).toBeLessThanOrEqual(390);
      }
    });
  }
});
