import { synthetic } from './synthetic';
import { computeLayout } from '../src/load/layout';
import { spectralPositions } from '../src/graph/spectral';
import { withSeed, LAYOUT_SEED } from '../src/cy/layouts';
const n = Number(process.env.N ?? 500);
const ds = synthetic(n, 4 * n);
// a few isolated nodes and a separate pair too
ds.nodes.push({ ...ds.nodes[0]!, id: 'iso1' }, { ...ds.nodes[0]!, id: 'iso2' }, { ...ds.nodes[0]!, id: 'p1' }, { ...ds.nodes[0]!, id: 'p2' });
ds.edges.push({ ...ds.edges[0]!, id: 'pp', source: 'p1', target: 'p2' });
let t = performance.now();
const a = computeLayout(ds as never, 'spectral');
console.log('fcose', Math.round(performance.now() - t));
t = performance.now();
const b = withSeed(LAYOUT_SEED, () => spectralPositions(ds.nodes.map((x) => x.id), ds.edges, { nodeSeparation: 120, idealEdgeLength: 140 }));
console.log('port', Math.round(performance.now() - t));
let diff = 0, max = 0;
for (const [id, p] of a) { const q = b.get(id)!; const d = Math.hypot(p.x - Math.round(q.x), p.y - Math.round(q.y)); if (d > 0) diff++; max = Math.max(max, d); }
console.log('differ', diff, 'of', a.size, 'max', max, [...a].slice(0, 3), [...b].slice(0, 3));
