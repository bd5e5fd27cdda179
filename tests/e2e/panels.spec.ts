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

/** The longest names in each language, for the Paths tool's two fields. */
const PATH_NAMES = {
  sv: {
    from: 'Från',
    to: 'Till',
    pick: ['nct', 'Nationellt centrum för terrorhotbedömning'],
    other: ['sakerhetsskydd-parter', 'Parter som omfattas av säkerhetsskyddslagstiftningen'],
    typed: ['styrelsen för int', 'Styrelsen för internationellt utvecklingssamarbete'],
  },
  en: {
    from: 'From',
    to: 'To',
    pick: ['must', "Swedish Armed Forces' Military Intelligence and Security Service"],
    other: ['regeringschefens-representant', "Head of government's personal representative for BSTF"],
    typed: ['organization for sec', 'Organization for Security and Co-operation in Europe'],
  },
} as const;

for (const [name, use] of [
  ['laptop 1440×900', { viewport: { width: 1440, height: 900 } }],
  ['projector 1280×720', { viewport: { width: 1280, height: 720 } }],
  ['phone 390×844', PHONE],
] as const) {
  test.describe(name, () => {
    test.use(use);
    for (const lang of ['en', 'sv'] as const) {
      test(`paths (${lang}): the fields show the whole of a long chosen name`, async ({ page }) => {
        const names = PATH_NAMES[lang];
        await openApp(page, `lang=${lang}&tool=paths&from=${names.pick[0]}&to=${names.other[0]}`);
        const panel = page.getByRole('complementary');
        const from = panel.getByRole('combobox', { name: names.from, exact: true });
        const to = panel.getByRole('combobox', { name: names.to, exact: true });
        /** What the field shows: its chosen name drawn whole within its box, its own line not seen. */
        const expectWhole = async (field: typeof from, text: string) => {
          await expect(field).toHaveValue(text);
          const shown = field.locator('xpath=following-sibling::span[1]');
          await expect(shown).toBeVisible();
          await expect(shown).toHaveText(text);
          expect(await textDefects(shown, panel)).toEqual([]);
          const fits = await shown.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
          expect(fits, `${text}: taller than its box`).toBe(true);
          const [f, s] = [(await field.boundingBox())!, (await shown.boundingBox())!];
          expect(s.x, text).toBeGreaterThanOrEqual(f.x - 0.5);
          expect(s.y, text).toBeGreaterThanOrEqual(f.y - 0.5);
          expect(s.x + s.width, text).toBeLessThanOrEqual(f.x + f.width + 0.5);
          expect(s.y + s.height, text).toBeLessThanOrEqual(f.y + f.height + 0.5);
          // the field's own single line, which would cut the name, is not drawn under it
          const alpha = await field.evaluate((el) => {
            const c = document.createElement('canvas').getContext('2d')!;
            c.fillStyle = getComputedStyle(el).color;
            c.fillRect(0, 0, 1, 1);
            return c.getImageData(0, 0, 1, 1).data[3];
          });
          expect(alpha, `${text}: the field's own line is drawn`).toBe(0);
        };
        await expectWhole(from, names.pick[1]);
        await expectWhole(to, names.other[1]);
        // a name chosen by typing reads whole at once, while the field still has focus
        await to.fill(names.typed[0]);
        // while typing, the field shows what is typed (in its own text)
        await expect(to.locator('xpath=following-sibling::span[1]')).toHaveCount(0);
        await to.press('Enter');
        await expect(to).toBeFocused();
        await expectWhole(to, names.typed[1]);
        const { sw, cw } = await panel.evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth }));
        expect(sw, 'the panel scrolls sideways').toBeLessThanOrEqual(cw);
      });
    }
  });
}
