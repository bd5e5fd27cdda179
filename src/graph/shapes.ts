/**
 * SVG outlines of the Cytoscape node shapes and edge line styles, so that the legend (and any
 * SVG export) draws exactly what the graph draws. The polygon points follow Cytoscape's own
 * definitions (unit square from -1 to 1, y pointing down). Pure: no DOM.
 */
import type { ArrowShape, LineStyle, NodeShape } from './appearance';

type Points = number[];

function unitNgon(sides: number, rotation: number): Points {
  const inc = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + inc / 2 : Math.PI / 2) + rotation;
  const pts: Points = [];
  for (let i = 0; i < sides; i++) pts.push(Math.cos(start + i * inc), Math.sin(-(start + i * inc)));
  return pts;
}

/** A regular polygon with `sides` corners, stretched to fill the unit square (as Cytoscape does). */
function ngon(sides: number, rotation = 0): Points {
  return fitToSquare(unitNgon(sides, rotation));
}

function fitToSquare(pts: Points): Points {
  const xs = pts.filter((_, i) => i % 2 === 0);
  const ys = pts.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = pts.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...out.filter((_, i) => i % 2 === 1));
  return minY < -1 ? out.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : out;
}

function star(): Points {
  const outer = unitNgon(5, 0);
  const inner = unitNgon(5, Math.PI / 5);
  const r = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const pts: Points = [];
  for (let i = 0; i < 5; i++)
    pts.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]! * r, inner[2 * i + 1]! * r);
  return fitToSquare(pts);
}

const POLYGONS: Partial<Record<NodeShape, Points>> = {
  rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
  octagon: ngon(8),
  hexagon: ngon(6),
  'round-pentagon': ngon(5),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  'round-diamond': [0, 1, 1, 0, 0, -1, -1, 0],
  'round-tag': [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  star: star(),
  triangle: ngon(3),
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  // the shapes kept for a dataset's own types (CUSTOM_NODE_SHAPES)
  heptagon: ngon(7),
  'right-rhomboid': [-0.333, -1, 1, -1, 0.333, 1, -1, 1],
  pentagon: ngon(5),
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  'cut-rectangle': [-0.6, -1, 0.6, -1, 1, -0.6, 1, 0.6, 0.6, 1, -0.6, 1, -1, 0.6, -1, -0.6],
  'round-triangle': ngon(3),
  'round-hexagon': ngon(6),
  'round-octagon': ngon(8),
};

const r = (v: number) => Math.round(v * 100) / 100;

/** Whether the shape has rounded corners. */
export function isRounded(shape: NodeShape): boolean {
  return shape.startsWith('round-');
}

/** An SVG path for a node shape centred at (cx, cy) with half-size `h`. */
export function nodeShapePath(shape: NodeShape, cx: number, cy: number, h: number): string {
  if (shape === 'ellipse') {
    return `M ${r(cx - h)} ${r(cy)} A ${r(h)} ${r(h)} 0 1 0 ${r(cx + h)} ${r(cy)} A ${r(h)} ${r(h)} 0 1 0 ${r(cx - h)} ${r(cy)} Z`;
  }
  if (shape === 'round-rectangle') {
    const k = h * 0.35;
    const [x0, y0, x1, y1] = [cx - h, cy - h, cx + h, cy + h];
    return `M ${r(x0 + k)} ${r(y0)} H ${r(x1 - k)} Q ${r(x1)} ${r(y0)} ${r(x1)} ${r(y0 + k)} V ${r(y1 - k)} Q ${r(x1)} ${r(y1)} ${r(x1 - k)} ${r(y1)} H ${r(x0 + k)} Q ${r(x0)} ${r(y1)} ${r(x0)} ${r(y1 - k)} V ${r(y0 + k)} Q ${r(x0)} ${r(y0)} ${r(x0 + k)} ${r(y0)} Z`;
  }
  if (shape === 'barrel') {
    // straight top and bottom, sides bulging outwards
    const [x0, y0, x1, y1] = [cx - h, cy - h, cx + h, cy + h];
    const inset = h * 0.2;
    return `M ${r(x0 + inset)} ${r(y0)} H ${r(x1 - inset)} Q ${r(x1 + inset)} ${r(cy)} ${r(x1 - inset)} ${r(y1)} H ${r(x0 + inset)} Q ${r(x0 - inset)} ${r(cy)} ${r(x0 + inset)} ${r(y0)} Z`;
  }
  const pts = POLYGONS[shape] ?? POLYGONS.rectangle!;
  const corners: [number, number][] = [];
  for (let i = 0; i < pts.length; i += 2) corners.push([cx + pts[i]! * h, cy + pts[i + 1]! * h]);
  return isRounded(shape)
    ? roundedPolygon(corners)
    : `${corners.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${r(x)} ${r(y)}`).join(' ')} Z`;
}

/** A polygon whose corners are cut and bridged by curves through them, like Cytoscape's round-* shapes. */
function roundedPolygon(corners: [number, number][], cut = 0.22): string {
  const n = corners.length;
  const lerp = (a: [number, number], b: [number, number], t: number) => [
    a[0] + (b[0] - a[0]) * t,
    a[1] + (b[1] - a[1]) * t,
  ];
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const prev = corners[(i + n - 1) % n]!;
    const cur = corners[i]!;
    const next = corners[(i + 1) % n]!;
    const [ax, ay] = lerp(cur, prev, cut);
    const [bx, by] = lerp(cur, next, cut);
    parts.push(`${i === 0 ? 'M' : 'L'} ${r(ax!)} ${r(ay!)} Q ${r(cur[0])} ${r(cur[1])} ${r(bx!)} ${r(by!)}`);
  }
  return `${parts.join(' ')} Z`;
}

/** SVG stroke-dasharray for a line style (relative to a stroke width of about 2). */
export function dashArray(line: LineStyle): string | undefined {
  if (line === 'dashed') return '6 4';
  if (line === 'dotted') return '1.5 3';
  return undefined;
}

/** An SVG path for an arrowhead pointing right, its tip at (x, y), `s` long. Null when none. */
export function arrowPath(arrow: ArrowShape, x: number, y: number, s: number): string | null {
  const w = s * 0.6;
  switch (arrow) {
    case 'none':
      return null;
    case 'vee':
      return `M ${r(x)} ${r(y)} L ${r(x - s)} ${r(y - w)} L ${r(x - s * 0.6)} ${r(y)} L ${r(x - s)} ${r(y + w)} Z`;
    case 'triangle-tee':
      return `M ${r(x)} ${r(y)} L ${r(x - s)} ${r(y - w)} L ${r(x - s)} ${r(y + w)} Z M ${r(x - s * 1.35)} ${r(y - w)} H ${r(x - s * 1.15)} V ${r(y + w)} H ${r(x - s * 1.35)} Z`;
    case 'circle-triangle':
      return `M ${r(x)} ${r(y)} L ${r(x - s)} ${r(y - w)} L ${r(x - s)} ${r(y + w)} Z M ${r(x - s * 1.05)} ${r(y)} a ${r(w * 0.7)} ${r(w * 0.7)} 0 1 0 ${r(-w * 1.4)} 0 a ${r(w * 0.7)} ${r(w * 0.7)} 0 1 0 ${r(w * 1.4)} 0 Z`;
    case 'triangle':
    default:
      return `M ${r(x)} ${r(y)} L ${r(x - s)} ${r(y - w)} L ${r(x - s)} ${r(y + w)} Z`;
  }
}
