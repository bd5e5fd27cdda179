/**
 * The spectral layout of a large graph: fcose's `quality: 'draft'` pass (cytoscape-fcose's
 * spectral layout, a pivot MDS after Brandes and Pich), worked out here on plain arrays of
 * indices. fcose does the same arithmetic, but finds the connected components and every node's
 * neighbours through Cytoscape collections: at 5,000 nodes and 20,000 edges those took over half
 * of its 5 to 10 s, and building the headless Cytoscape instance it runs on another second. Here
 * the whole pass takes a fraction of a second, and its positions are fcose's own (the same
 * components, the same dummy node joining them, the same samples, the same calls of
 * `Math.random`, layout-base's SVD and matrix products in the same order): a unit test compares
 * the two under the same seed.
 */
import layoutBase from 'layout-base';

const { Matrix, SVD } = layoutBase;

/** fcose's defaults for the spectral pass (its `sampleSize`, `piTol`). */
const SAMPLE_SIZE = 25;
const PI_TOL = 0.0000001;
const INFINITY = 100000000;
const SMALL = 0.000000001;

export type SpectralOptions = {
  /** fcose's `nodeSeparation`: the model distance of one hop. */
  nodeSeparation: number;
  /** fcose's `idealEdgeLength`: used only for a graph of two nodes. */
  idealEdgeLength: number;
};

type Point = { x: number; y: number };

/**
 * Each node's neighbours (distinct, in the order of the edges that first join them, as
 * Cytoscape's `neighborhood()` lists them) and its degree (every edge, as `connectedEdges()`
 * counts them). Edges to unknown nodes are ignored.
 */
function adjacency(ids: readonly string[], edges: readonly { source: string; target: string }[]) {
  const index = new Map<string, number>();
  ids.forEach((id, i) => void index.set(id, i));
  const neighbours: number[][] = ids.map(() => []);
  const seen: Set<number>[] = ids.map(() => new Set());
  const degree = new Array<number>(ids.length).fill(0);
  const join = (a: number, b: number) => {
    if (seen[a]!.has(b)) return;
    seen[a]!.add(b);
    neighbours[a]!.push(b);
  };
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    degree[s]!++;
    if (s !== t) degree[t]!++;
    join(s, t);
    join(t, s);
  }
  return { neighbours, degree };
}

/**
 * fcose's `connectComponents`: each connected component in turn (from the first node not yet
 * reached, breadth first), and, when there is more than one, a dummy node joined to each
 * component's node of least degree (the first such in the order reached), so that every node has
 * a distance from every other. Returns the dummy node's neighbours (none for a connected graph).
 */
function componentLinks(neighbours: readonly number[][], degree: readonly number[]): number[] {
  const n = neighbours.length;
  const visited = new Uint8Array(n);
  const links: number[] = [];
  let components = 0;
  let next = 0;
  for (;;) {
    while (next < n && visited[next]) next++;
    if (next >= n) break;
    components++;
    const order = [next];
    visited[next] = 1;
    for (let head = 0; head < order.length; head++) {
      for (const m of neighbours[order[head]!]!) {
        if (visited[m]) continue;
        visited[m] = 1;
        order.push(m);
      }
    }
    let least = order[0]!;
    for (const m of order) if (degree[m]! < degree[least]!) least = m;
    links.push(least);
  }
  return components > 1 ? links : [];
}

/**
 * Positions for the nodes `ids` joined by `edges`, by fcose's spectral pass (centred on the
 * origin, not rounded). Draws on `Math.random` exactly as fcose does: run it under the layout's
 * seed for the same picture every time.
 */
export function spectralPositions(
  ids: readonly string[],
  edges: readonly { source: string; target: string }[],
  options: SpectralOptions,
): Map<string, Point> {
  const out = new Map<string, Point>();
  if (ids.length === 0) return out;
  const { neighbours, degree } = adjacency(ids, edges);
  const links = componentLinks(neighbours, degree);
  const all: number[][] = neighbours.map((ns) => [...ns]);
  if (links.length) {
    const dummy = all.length;
    all.push([...links]);
    for (const m of links) all[m]!.push(dummy);
  }
  const size = all.length;
  if (size <= 2) {
    // as fcose: too small for the spectral pass
    ids.forEach((id, i) => void out.set(id, { x: i * options.idealEdgeLength, y: 0 }));
    return out;
  }
  const { x, y } = spectral(all, options.nodeSeparation);
  // centred on the origin, by the box of every node (the dummy's too, as fcose's relocation)
  let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < size; i++) {
    x1 = Math.min(x1, x[i]!);
    x2 = Math.max(x2, x[i]!);
    y1 = Math.min(y1, y[i]!);
    y2 = Math.max(y2, y[i]!);
  }
  const dx = -(x2 + x1) / 2;
  const dy = -(y2 + y1) / 2;
  ids.forEach((id, i) => void out.set(id, { x: x[i]! + dx, y: y[i]! + dy }));
  return out;
}

/** fcose's `allBFS`, `sample` and `powerIteration` over the joined graph. */
function spectral(neighbours: readonly number[][], nodeSeparation: number): { x: number[]; y: number[] } {
  const size = neighbours.length;
  const sampleSize = Math.min(size, SAMPLE_SIZE);
  const C: number[][] = Array.from({ length: size }, () => []);
  const samples: number[] = [];
  const minDistance = new Array<number>(size).fill(INFINITY);
  const distance = new Array<number>(size);
  const path = new Array<number>(size);

  // breadth first from a pivot: its column of C, and the node farthest from every pivot so far
  const bfs = (pivot: number, column: number): number => {
    distance.fill(INFINITY);
    let front = 0;
    let back = 0;
    path[0] = pivot;
    distance[pivot] = 0;
    while (back >= front) {
      const current = path[front++]!;
      for (const m of neighbours[current]!) {
        if (distance[m] === INFINITY) {
          distance[m] = distance[current]! + 1;
          path[++back] = m;
        }
      }
      C[current]![column] = distance[current]! * nodeSeparation;
    }
    for (let i = 0; i < size; i++) if (C[i]![column]! < minDistance[i]!) minDistance[i] = C[i]![column]!;
    let farthest = 1;
    let max = 0;
    for (let i = 0; i < size; i++) {
      if (minDistance[i]! > max) {
        max = minDistance[i]!;
        farthest = i;
      }
    }
    return farthest;
  };

  let pivot = Math.floor(Math.random() * size);
  for (let k = 0; k < sampleSize; k++) {
    samples[k] = pivot;
    pivot = bfs(pivot, k);
  }
  for (const row of C) for (let j = 0; j < sampleSize; j++) row[j]! *= row[j]!;
  const PHI: number[][] = [];
  for (let i = 0; i < sampleSize; i++) {
    PHI[i] = [];
    for (let j = 0; j < sampleSize; j++) PHI[i]![j] = C[samples[j]!]![i]!;
  }

  // the regularised inverse of PHI
  const { S, U, V } = SVD.svd(PHI);
  const maxS = S[0]! * S[0]! * S[0]!;
  const sigma: number[][] = [];
  for (let i = 0; i < sampleSize; i++) {
    sigma[i] = [];
    for (let j = 0; j < sampleSize; j++)
      sigma[i]![j] = i === j ? S[i]! / (S[i]! * S[i]! + maxS / (S[i]! * S[i]!)) : 0;
  }
  const INV = Matrix.multMat(Matrix.multMat(V, sigma), Matrix.transpose(U));

  // the two leading eigenvectors, by power iteration
  let Y1: number[] = [];
  let Y2: number[] = [];
  for (let i = 0; i < size; i++) {
    Y1[i] = Math.random();
    Y2[i] = Math.random();
  }
  Y1 = Matrix.normalize(Y1);
  Y2 = Matrix.normalize(Y2);
  const L = (v: number[]) => Matrix.multGamma(Matrix.multL(Matrix.multGamma(v), C, INV));

  // each until its improvement falls within the tolerance; the second kept orthogonal to the first
  const leading = (start: number[], orthogonalTo?: number[]) => {
    let Y = start;
    let previous = SMALL;
    for (;;) {
      let v = [...Y];
      if (orthogonalTo)
        v = Matrix.minusOp(v, Matrix.multCons(orthogonalTo, Matrix.dotProduct(orthogonalTo, v)));
      Y = L(v);
      const theta = Matrix.dotProduct(v, Y);
      Y = Matrix.normalize(Y);
      const current = Matrix.dotProduct(v, Y);
      const ratio = Math.abs(current / previous);
      if (ratio <= 1 + PI_TOL && ratio >= 1) return { vector: [...Y], theta };
      previous = current;
    }
  };
  const first = leading(Y1);
  const second = leading(Y2, first.vector);
  const V1 = first.vector;
  const V2 = second.vector;
  const [theta1, theta2] = [first.theta, second.theta];

  return {
    x: Matrix.multCons(V1, Math.sqrt(Math.abs(theta1))),
    y: Matrix.multCons(V2, Math.sqrt(Math.abs(theta2))),
  };
}
