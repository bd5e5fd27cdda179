import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, MISSING_BROWSER_MESSAGE } from './scripts/chromium.mjs';

// Each run builds the app into its own folder and serves it under a sub-path on its own port,
// so that runs never share a stale build. Workers inherit these variables from the main process.
process.env.E2E_PORT ??= String(4400 + (process.pid % 500));
process.env.E2E_OUT ??= `dist-e2e-${process.env.E2E_PORT}`;
const port = Number(process.env.E2E_PORT);
const executablePath = findChromium();
if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);

export const BASE_PATH = '/samverkan/app/';

export default defineConfig({
  testDir: 'tests/e2e',
  globalTeardown: './tests/e2e/teardown.ts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}${BASE_PATH}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    trace: 'off',
  },
  webServer: {
    command: `SAMVERKAN_OUT_DIR=${process.env.E2E_OUT} npx vite build --logLevel warn && node scripts/serve.mjs ${process.env.E2E_OUT} ${port} ${BASE_PATH}`,
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
