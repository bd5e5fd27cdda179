/**
 * Small SVG pictures of how a node type or edge type is drawn, from the one legend declaration
 * (graph/legend.ts) that the SVG and PNG exports draw from too, so the legend, the panels and the
 * exported pictures always match the graph.
 * Decorative (aria-hidden): the type's name is always written next to them.
 */
import { edgeEntry, nodeEntry, swatchDrawing, type LegendEntry, type SwatchPrimitive } from '../graph/legend';
import { useAppStore } from '../store';

function Primitive({ p, data }: { p: SwatchPrimitive; data: Record<string, string> }) {
  const paint = {
    fill: p.kind === 'line' ? undefined : p.fill,
    stroke: p.stroke,
    strokeWidth: p.strokeWidth,
    strokeDasharray: p.dash,
    strokeLinecap: p.lineCap,
    strokeLinejoin: p.lineJoin,
  };
  return p.kind === 'line' ? (
    <line x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} {...paint} {...data} />
  ) : (
    <path d={p.d} {...paint} {...data} />
  );
}

function Drawing({ entry, width, height }: { entry: LegendEntry; width: number; height: number }) {
  const parts = swatchDrawing(entry, { x: 0, y: 0, width, height });
  // the shape or line style is named on the first part, for tests and styles that look for it
  const data: Record<string, string> =
    entry.kind === 'node' ? { 'data-shape': entry.shape } : { 'data-line': entry.line };
  return (
    <svg
      className="swatch"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {parts.map((p, i) => (
        <Primitive key={i} p={p} data={i === 0 ? data : {}} />
      ))}
    </svg>
  );
}

/** The picture of a legend entry made on the spot (a new type being chosen in the mapping step). */
export function EntrySwatch({ entry, size = 20 }: { entry: LegendEntry; size?: number }) {
  return entry.kind === 'node' ? (
    <Drawing entry={entry} width={size} height={size} />
  ) : (
    <Drawing entry={entry} width={size * 2} height={16} />
  );
}

/** A node type's picture (one of ours, or one the dataset declares). */
export function NodeSwatch({ type, size = 20 }: { type: string; size?: number }) {
  const types = useAppStore((s) => s.dataset.types);
  return <Drawing entry={nodeEntry(type, types)} width={size} height={size} />;
}

export function EdgeSwatch({ type, width = 44 }: { type: string; width?: number }) {
  const types = useAppStore((s) => s.dataset.types);
  return <Drawing entry={edgeEntry(type, types)} width={width} height={16} />;
}

/** A relationship with no evidence given: grey, finely dashed (as the stylesheet draws it). */
export function NoEvidenceSwatch({ width = 44 }: { width?: number }) {
  return (
    <svg
      className="swatch"
      width={width}
      height={16}
      viewBox={`0 0 ${width} 16`}
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={1}
        y1={8}
        x2={width - 1}
        y2={8}
        stroke="#8C8C8C"
        strokeWidth={2}
        strokeDasharray="2 5"
        data-line="no-evidence"
      />
    </svg>
  );
}
