// Fails early, with a message saying how to get one, when no system Chromium is installed.
import { findChromium, MISSING_BROWSER_MESSAGE } from './chromium.mjs';

const path = findChromium();
if (!path) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}
console.log(`End-to-end tests use ${path}`);
