/**
 * The label pass's placement, headless (part of `npm run bench`): the pure part of each pass
 * (every name's eight places at the camera, the priority sort and the collision grid, as
 * `placeAt` does it in the app) on the built-in network at its stored positions and on synthetic
 * networks of 1k and 5k nodes, at the zoom that shows the whole network in a 1440 × 900 view and
 * at two closer ones. Names are sized by the layout's text estimate, as Cytoscape would draw them
 * at 12 px.
 */
import type { Dataset } from '../src/data/schema';
import { shortLabel } from '../src/graph/elements';
import { textWidth, wrapLines } from '../src/graph/labelLayout';
import { seededRandom } from '../src/graph/random';
import { placeAt } from '../src/cy/labels/pass';
import type { LabelSet } from '../src/cy/labels/measure';
import { DEFAULT_FONT, MAX_WIDTH_EM } from '../src/cy/labels/fontSize';

type Point = { x: number; y: number };
const VIEW = { width: 1440, height: 900 };
const NODE = 24;

/** Seeded positions, with about as much room for each node as the built-in network's layout gives. */
export function scatter(ds: Dataset, seed = 1): Map<string, Point> {
  const rnd = seededRandom(seed);
  const side = Math.sqrt((ds.nodes.length * 1060 * 560) / 80 / 1.6);
  return new Map(ds.nodes.map((n) => [n.id, { x: rnd() * side * 1.6, y: rnd() * side }]));
}

/** What the pass reads from the graph, made up from the dataset: names sized by the text estimate. */
function labelSet(ds: Dataset, positions: ReadonlyMap<string, Point>): LabelSet {
  const degree = new Map<string, number>();
  for (const e of ds.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const font = DEFAULT_FONT;
  const set: LabelSet = { nodes: [], edges: [], bodies: [] };
  ds.nodes.forEach((n, i) => {
    const p = positions.get(n.id)!;
    const lines = wrapLines(shortLabel(n, 'sv'), font, font * MAX_WIDTH_EM);
    const w = Math.max(...lines.map((l) => textWidth(l, font)));
    set.bodies.push({ id: n.id, x: p.x, y: p.y, rw: NODE / 2 + 0.75, rh: NODE / 2 + 0.75 });
    set.nodes.push({
      id: n.id,
      ele: null as never, // the placement never touches the element
      x: p.x,
      y: p.y,
      hw: NODE / 2,
      hh: NODE / 2,
      rim: 2,
      text: {
        at: (f) => ({ w: (w * f) / font, h: (lines.length * font * 1.25 * f) / font }),
        exact: true,
        font,
      },
      tier: 'rest',
      weight: degree.get(n.id) ?? 0,
      order: i,
    });
  });
  return set;
}

/** One pass's placement at a zoom (a multiple of the one that fits the whole network), as a function to time. */
export function placementAt(ds: Dataset, positions: ReadonlyMap<string, Point>, zoomFactor: number) {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = Math.min((VIEW.width - 112) / Math.max(x2 - x1, 1), (VIEW.height - 64) / Math.max(y2 - y1, 1));
  const zoom = fit * zoomFactor;
  const camera = {
    zoom,
    pan: { x: VIEW.width / 2 - ((x1 + x2) / 2) * zoom, y: VIEW.height / 2 - ((y1 + y2) / 2) * zoom },
  };
  const set = labelSet(ds, positions);
  const view = { x1: 1, y1: 1, x2: VIEW.width - 1, y2: VIEW.height - 1 };
  return () => placeAt(set, camera, view, { presentation: false, overlays: [] }).chosen.size;
}
