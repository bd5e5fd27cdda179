// Where the system Chromium is, and the flags it is launched with (shared by e2e tests, screenshots and benchmarks).
import fs from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The first Chromium executable found, or null. */
export function findChromium() {
  return candidates.find((p) => p && fs.existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const MISSING_BROWSER_MESSAGE =
  "No Chromium found for the end-to-end tests. Install Debian's package (apt-get install chromium) " +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable. Browsers are not downloaded by this project.';
