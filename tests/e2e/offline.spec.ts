/**
 * The built app needs no network: every request it makes goes to the files it was served with,
 * under the sub-path it was served from; anything else is blocked and recorded as a failure.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './fixtures';

test('loads from a sub-path with every asset bundled, nothing fetched elsewhere', async ({
  page,
  baseURL,
}) => {
  const base = new URL(baseURL!);
  const foreign: string[] = [];
  const failed: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base.origin && url.pathname.startsWith(base.pathname)) return route.continue();
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const { errors } = await openApp(page);
  await expect(page.getByRole('main')).toBeVisible();
  expect(await page.evaluate(() => window.cy!.nodes().length)).toBeGreaterThan(40);
  expect(foreign).toEqual([]);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('the page carries a strict Content Security Policy and still runs', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(violations).toEqual([]);
});
