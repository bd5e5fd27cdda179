import { rmSync } from 'node:fs';

/** Removes this run's build (each run builds into a folder of its own, see playwright.config.ts). */
export default function teardown() {
  const out = process.env.E2E_OUT;
  if (out && /^dist-e2e-\d+$/.test(out)) rmSync(out, { recursive: true, force: true });
}
