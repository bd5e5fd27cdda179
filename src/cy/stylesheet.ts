/**
 * The one stylesheet. Application state reaches the graph only as classes (set by controllers
 * in cy.batch) that this sheet styles: `hidden`, `faded`, `highlighted`, `path`, `focus-root`,
 * `hover`; and the `presentation` / `high-contrast` classes on the container for large type.
 */
import type { StylesheetJson } from 'cytoscape';
import { EDGE_APPEARANCE, NODE_APPEARANCE } from '../graph/appearance';

const SELECT = '#C2185B';
const HIGHLIGHT = '#000000';
/** The path highlighter: a yellow that reads against every type colour and the white background. */
const PATH = '#FFD84D';
/** Relationships with no evidence given. */
export const NO_EVIDENCE = '#8C8C8C';

export function createStylesheet(opts: { labelScale?: number } = {}): StylesheetJson {
  const k = opts.labelScale ?? 1;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 11 * k,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': `${110 * k}px`,
        color: '#1a1a1a',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        width: 28,
        height: 28,
        'border-width': 1.5,
        'border-color': '#1a1a1a',
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'arrow-scale': 1.1,
        opacity: 0.85,
        'font-size': 9 * k,
        'text-rotation': 'autorotate',
        color: '#1a1a1a',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
  ];
  for (const [type, a] of Object.entries(NODE_APPEARANCE)) {
    sheet.push({ selector: `node[type = "${type}"]`, style: { shape: a.shape, 'background-color': a.color } });
  }
  for (const [type, a] of Object.entries(EDGE_APPEARANCE)) {
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': a.color,
        'line-style': a.line === 'double' ? 'solid' : a.line,
        // Cytoscape has no double line: a white line with a coloured outline reads as two lines
        ...(a.line === 'double' ? { width: 2, 'line-color': '#ffffff', 'line-outline-width': 1.4, 'line-outline-color': a.color } : {}),
        'target-arrow-shape': a.arrow,
        'target-arrow-color': a.color,
        'target-arrow-fill': a.hollow ? 'hollow' : 'filled',
      },
    });
  }
  sheet.push(
    // A relationship with no source or quote: grey, finely dashed, whatever its type (the legend
    // explains it; the arrow still shows direction)
    {
      selector: 'edge[?noEvidence]',
      style: {
        'line-color': NO_EVIDENCE,
        'target-arrow-color': NO_EVIDENCE,
        'line-style': 'dashed',
        'line-dash-pattern': [2, 5],
        'line-outline-width': 0,
        width: 1.6,
      },
    },
    // Guided tour (before the selection rules, so a selected element still shows as selected)
    { selector: '.tour-faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    { selector: 'node.tour-focus', style: { label: 'data(fullLabel)', 'border-width': 4, 'border-color': HIGHLIGHT, 'font-weight': 'bold', 'z-index': 18 } },
    { selector: 'edge.tour-focus', style: { label: 'data(label)', width: 3.5, opacity: 1, 'z-index': 18 } },
    { selector: 'node.hover, node:selected', style: { label: 'data(fullLabel)', 'z-index': 20, 'font-weight': 'bold' } },
    { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', width: 3, opacity: 1, 'z-index': 20 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': SELECT, 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { 'line-color': SELECT, 'target-arrow-color': SELECT } },
    // Analysts: node size by a metric (data _size, set by the sizeBy controller); shortest paths
    // as a highlighter halo that keeps each edge's own colour and line (before .faded, which wins)
    { selector: 'node.sized', style: { width: 'data(_size)', height: 'data(_size)' } },
    { selector: '.path-dim', style: { opacity: 0.3, 'text-opacity': 0.4 } },
    { selector: 'node.path-hop', style: { label: 'data(fullLabel)', 'font-weight': 'bold', 'border-width': 4, 'border-color': HIGHLIGHT, 'underlay-color': PATH, 'underlay-opacity': 0.9, 'underlay-padding': 7, 'z-index': 16 } },
    { selector: 'edge.path-hop', style: { label: 'data(label)', width: 4, opacity: 1, 'underlay-color': PATH, 'underlay-opacity': 0.9, 'underlay-padding': 5, 'z-index': 16 } },
    { selector: 'node.path-end', style: { 'border-width': 7, 'border-style': 'double' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.25 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'z-index': 15 } },
    { selector: 'edge.highlighted', style: { width: 4, opacity: 1, label: 'data(label)', 'z-index': 15 } },
    { selector: 'node.focus-root', style: { 'border-width': 5, 'border-style': 'double', 'border-color': HIGHLIGHT } },
    {
      selector: 'node.keyboard-focus',
      style: { 'overlay-color': SELECT, 'overlay-opacity': 0.3, 'overlay-padding': 9, 'overlay-shape': 'round-rectangle', label: 'data(fullLabel)', 'font-weight': 'bold', 'z-index': 25 },
    },
    // Presentation mode: type for a room, in pure black on opaque white (no state rule sets these)
    { selector: 'node.present', style: { 'font-size': 17, 'text-max-width': '180px', color: '#000000', 'text-background-opacity': 1, 'text-margin-y': 6 } },
    { selector: 'edge.present', style: { 'font-size': 14, color: '#000000', 'text-background-opacity': 1 } },
    // large type crowds a tour step: its nodes keep their short names (the narrative names them in full)
    { selector: 'node.present.tour-focus', style: { label: 'data(label)' } },
  );
  return sheet;
}
