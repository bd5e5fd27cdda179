/**
 * The README's picture (docs/screenshot.png), made the same way every time: the built app, the
 * built-in network at start-up, in English, on a 1440×900 laptop screen, taken once the camera and
 * the names have settled. Run `npm run screenshot` after a change to what the start-up view shows.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, MISSING_BROWSER_MESSAGE } from './chromium.mjs';

const OUT = 'dist-screenshot';
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4987);
const BASE = '/samverkan/';
const TARGET = path.join('docs', 'screenshot.png');
const VIEW = { width: 1440, height: 900 };

/** Waits until the camera, the label pass and the drawn names have stopped changing. */
async function settle(page: Page) {
  const signature = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      return `${cy.animated()} ${cy.zoom().toFixed(4)} ${cy.pan().x.toFixed(1)} ${cy.pan().y.toFixed(1)} ${cy.nodes('.label-hidden').length} ${JSON.stringify(cy.scratch('_labelPass'))}`;
    });
  let last = '';
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(250);
    const now = await signature();
    if (now === last && !now.startsWith('true')) return;
    last = now;
  }
  throw new Error('The start-up view did not settle within 15 seconds.');
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  console.log('Building the app…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, SAMVERKAN_OUT_DIR: OUT },
  });
  const server = spawn(process.execPath, ['scripts/serve.mjs', OUT, String(PORT), BASE], { stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await new Promise((r) => setTimeout(r, 500));
    // a fresh profile: the legend starts as it does for a first visit (closed on a laptop)
    const context = await browser.newContext({ viewport: VIEW, deviceScaleFactor: 1, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${BASE}?lang=en`);
    await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
    await settle(page);
    // the pointer away from the graph, so no hover emphasis is in the picture
    await page.mouse.move(0, VIEW.height - 1);
    await page.screenshot({ path: TARGET, animations: 'disabled' });
    console.log(`Wrote ${TARGET} (${VIEW.width}×${VIEW.height}, English, start-up view).`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
