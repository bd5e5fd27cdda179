/**
 * The validator on hostile and huge files (npx tsx scripts/bench-validate.ts): decode, parse, validate the
 * dataset and check the built-in tours against it, as the app does when a user loads a file.
 * Prints wall time and the problems reported. Speed is measured here, never asserted in tests
 * (they bound the work by counting steps).
 */
import { toursFor } from '../src/data/tours';
import { decodeText, formatProblems, parseJson, validateDataset } from '../src/data/validate';
import { HOSTILE } from './hostile';

for (const { name, text } of HOSTILE) {
  const bytes = new TextEncoder().encode(text());
  const start = performance.now();
  let summary: string;
  try {
    const decoded = decodeText(bytes);
    const json = decoded.ok ? parseJson(decoded.text) : decoded;
    const result = json.ok ? validateDataset(json.value) : json;
    if (result.ok) {
      const tours = toursFor(result.dataset);
      summary = `valid; ${tours.tours.length} tours fit, ${tours.problems.length} tour problems`;
    } else {
      const more = 'more' in result ? (result.more ?? 0) : 0;
      summary = `${result.problems.length} problems listed, ${more} more; first: ${formatProblems(result.problems.slice(0, 1)).slice(0, 140)}`;
    }
  } catch (error) {
    summary = `THREW ${String(error).slice(0, 100)}`;
  }
  const ms = performance.now() - start;
  console.log(
    `${name.padEnd(46)} ${(bytes.length / 1e6).toFixed(1).padStart(5)} MB ${ms.toFixed(0).padStart(6)} ms  ${summary}`,
  );
}
