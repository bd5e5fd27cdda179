/**
 * `npm run layout`: computes the built-in dataset's positions once, with fcose in headless
 * Cytoscape and a fixed seed, and writes them (rounded to whole pixels) to data/positions.json.
 * The app shows them with the preset layout, so start-up runs no layout and every load looks the
 * same. Run it again after changing the nodes or edges of data/network.json, and commit the result.
 *
 * Usage: npm run layout [-- <dataset.json> [<positions.json>]]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cytoscape from 'cytoscape';
import type { Dataset } from '../src/data/schema';
import { formatProblems, validateDataset } from '../src/data/validate';
import { buildElements, positionsToJson, type Position, type Positions } from '../src/graph/elements';
import { createStylesheet } from '../src/cy/stylesheet';
import { runSeededFcose } from '../src/cy/layouts';
import { registerExtensions } from '../src/cy/fcose';
import { shortLabel } from '../src/graph/elements';
import { nodeBox, spreadForLabels, type NodeBox } from '../src/graph/labelLayout';

/**
 * Positions for every node of a dataset, laid out for legible names: seeded fcose on a headless
 * instance styled like the app (related organisations together), then spread to a laptop screen's
 * shape with room for every name in either language (the short name drawn at rest, in Swedish and
 * English), rounded to integers so the stored file is small and diffs well. The same dataset
 * always gives the same positions.
 */
export function computePositions(dataset: Dataset): Positions {
  registerExtensions();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet(),
    elements: buildElements(dataset, 'en') as never,
  });
  try {
    runSeededFcose(cy, { fit: false, animate: false } as never);
    const start: Record<string, Position> = {};
    cy.nodes().forEach((n) => void (start[n.id()] = n.position()));
    const boxes: Record<string, NodeBox> = {};
    for (const node of dataset.nodes)
      boxes[node.id] = nodeBox([shortLabel(node, 'sv'), shortLabel(node, 'en')], 24);
    const ids = dataset.nodes.map((n) => n.id);
    const spread = spreadForLabels(ids, start, boxes);
    const positions = new Map<string, Position>();
    // sorted by id, so the file's order does not depend on the dataset's
    for (const id of [...ids].sort()) positions.set(id, spread[id]!);
    return positions;
  } finally {
    cy.destroy();
  }
}

function main(argv: string[]) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const input = path.resolve(argv[0] ?? path.join(root, 'data/network.json'));
  const output = path.resolve(argv[1] ?? path.join(root, 'data/positions.json'));
  const result = validateDataset(JSON.parse(fs.readFileSync(input, 'utf8')));
  if (!result.ok) {
    console.error(
      `${path.relative(process.cwd(), input)} is not a valid dataset:\n${formatProblems(result.problems, '  ')}`,
    );
    process.exit(1);
  }
  const started = performance.now();
  const positions = computePositions(result.dataset);
  const ms = Math.round(performance.now() - started);
  fs.writeFileSync(
    output,
    `${JSON.stringify(positionsToJson(positions), null, 0).replace(/},"/g, '},\n"')}\n`,
  );
  console.log(`Laid out ${positions.size} nodes in ${ms} ms; wrote ${path.relative(process.cwd(), output)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
