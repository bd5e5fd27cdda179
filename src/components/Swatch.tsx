/**
 * Small SVG pictures of how a node type or edge type is drawn, from the same appearance table
 * as the graph's stylesheet, so the legend and the panels always match the graph.
 * Decorative (aria-hidden): the type's name is always written next to them.
 */
import { EDGE_APPEARANCE, NODE_APPEARANCE } from '../graph/appearance';
import { arrowPath, dashArray, isRounded, nodeShapePath } from '../graph/shapes';
import type { EdgeType, NodeType } from '../data/vocabulary';

export function NodeSwatch({ type, size = 20 }: { type: NodeType; size?: number }) {
  const a = NODE_APPEARANCE[type];
  const h = size / 2 - 2;
  return (
    <svg className="swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      <path
        d={nodeShapePath(a.shape, size / 2, size / 2, h)}
        fill={a.color}
        stroke="#1a1a1a"
        strokeWidth={1.2}
        strokeLinejoin={isRounded(a.shape) ? 'round' : 'miter'}
        data-shape={a.shape}
      />
    </svg>
  );
}

export function EdgeSwatch({ type, width = 44 }: { type: EdgeType; width?: number }) {
  const a = EDGE_APPEARANCE[type];
  const y = 8;
  const arrow = arrowPath(a.arrow, width - 1, y, 8);
  const end = arrow ? width - 8 : width - 1;
  return (
    <svg className="swatch" width={width} height={16} viewBox={`0 0 ${width} 16`} aria-hidden="true" focusable="false">
      {a.line === 'double' ? (
        <>
          <line x1={1} y1={y - 2} x2={end} y2={y - 2} stroke={a.color} strokeWidth={1.5} />
          <line x1={1} y1={y + 2} x2={end} y2={y + 2} stroke={a.color} strokeWidth={1.5} />
        </>
      ) : (
        <line x1={1} y1={y} x2={end} y2={y} stroke={a.color} strokeWidth={2} strokeDasharray={dashArray(a.line)} data-line={a.line} />
      )}
      {arrow && <path d={arrow} fill={a.hollow ? '#ffffff' : a.color} stroke={a.color} strokeWidth={1.2} />}
    </svg>
  );
}

/** A relationship with no evidence given: grey, finely dashed (as the stylesheet draws it). */
export function NoEvidenceSwatch({ width = 44 }: { width?: number }) {
  return (
    <svg className="swatch" width={width} height={16} viewBox={`0 0 ${width} 16`} aria-hidden="true" focusable="false">
      <line x1={1} y1={8} x2={width - 1} y2={8} stroke="#8C8C8C" strokeWidth={2} strokeDasharray="2 5" data-line="no-evidence" />
    </svg>
  );
}
