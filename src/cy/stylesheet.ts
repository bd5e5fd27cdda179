/**
 * The one stylesheet. Application state reaches the graph only as classes (set by controllers
 * in cy.batch) that this sheet styles: `hidden`, `faded`, `path-…`, `tour-…`, `focus-root`,
 * `hover`, the neighbourhood's `nb-…`, `label-hidden` (labels the label controller does not draw)
 * and `present` (presentation mode). Label size comes from the label controller as the scratch
 * field `_fs` (model units chosen so the label keeps its size on screen); the label's wrap width,
 * margin and padding follow it, so a label keeps its shape at every size.
 *
 * Every label has the same font weight: emphasis is a frame round the name, never bold, because a
 * weight change alters the text's width and Cytoscape may draw a texture measured for the other.
 */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import type { CustomTypes } from '../data/schema';
import { typeCatalogue } from '../graph/typeInfo';
import {
  CORNER_MARGIN_EM,
  DEFAULT_FONT,
  EDGE_FONT_RATIO,
  LABEL_FONT_FAMILY,
  LABEL_MARGIN_EM,
  LABEL_PADDING_EM,
} from './labels/fontSize';
import { wrapWidthEm } from './labels/textSize';

/** The selection's colour (also the emphasis layer's: see emphasisLayer.ts). */
export const SELECT_COLOR = '#C2185B';
const SELECT = SELECT_COLOR;
const HIGHLIGHT = '#000000';
/** The path highlighter: a yellow that reads against every type colour and the white background. */
const PATH = '#FFD84D';
/** Relationships with no evidence given. */
export const NO_EVIDENCE = '#8C8C8C';

const nodeFont = (n: NodeSingular) => (n.data('_fs') as number | undefined) ?? DEFAULT_FONT;
const edgeFont = (e: NodeSingular) => (e.data('_fs') as number | undefined) ?? DEFAULT_FONT * EDGE_FONT_RATIO;
/**
 * A node's name, short (`label`) or full (`fullLabel`), with the width it wraps at: balanced for
 * that very text (see labels/balance.ts), so a long name never ends with one short word alone on
 * its last line. Every rule that chooses the text sets both, so they always match.
 */
const nodeName = (field: 'label' | 'fullLabel') => ({
  label: `data(${field})`,
  'text-max-width': (n: NodeSingular) => `${nodeFont(n) * wrapWidthEm(String(n.data(field) ?? ''))}px`,
});
const SHORT_NAME = nodeName('label');
const FULL_NAME = nodeName('fullLabel');

/** The relationships that show their name: hovered, selected, a tour step's, a path's. */
const LABELLED_EDGE = 'edge.hover, edge:selected, edge.tour-focus, edge.path-hop';

/**
 * How a node's name is drawn, and a relationship's. A large network's nodes have none (the label
 * layer draws the names), so its sheet leaves these out: every property is applied, and checked
 * for what it changes, on every one of 25,000 elements as they go in, and three of these are
 * functions called for each (the balanced wrap width measures the name). A relationship's are
 * given only to those that show a name (LABELLED_EDGE), in either sheet.
 */
const NODE_TEXT = {
  ...SHORT_NAME,
  'font-family': LABEL_FONT_FAMILY,
  'font-size': nodeFont,
  'text-valign': 'bottom',
  'text-halign': 'center',
  'text-margin-y': (n: NodeSingular) => nodeFont(n) * LABEL_MARGIN_EM,
  'text-wrap': 'wrap',
  color: '#1a1a1a',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': (n: NodeSingular) => `${nodeFont(n) * LABEL_PADDING_EM}px`,
  'text-background-shape': 'roundrectangle',
} as const;
const EDGE_TEXT = {
  'font-size': edgeFont,
  'text-rotation': 'autorotate',
  color: '#1a1a1a',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.9,
  'text-background-padding': '1px',
} as const;

/** A frame round an emphasised name (selected, hovered, focused, in the tour, on a path). */
const LABEL_FRAME = {
  'text-border-width': 1.5,
  'text-border-color': '#1a1a1a',
  'text-border-opacity': 1,
  'text-background-opacity': 1,
};

/**
 * Dash patterns (model units) of a large network's relationships. Cytoscape draws a dotted line as
 * dashes of one unit and a dashed one as dashes of six: over thousands of edges, in software
 * rendering, those tiny dashes are most of the time a frame takes (3.4 to 4.9 s for 20,000 edges of
 * our types against 0.8 to 1.5 s with these, on the benchmark machine), and at the zoom that shows
 * such a network whole they are smaller than a pixel anyway. Longer and fewer: still dashed,
 * dotted (short dashes) and finely dashed (no evidence) from a zoom of about one.
 */
const LARGE_DASHES: Record<'dashed' | 'dotted' | 'noEvidence', number[]> = {
  dashed: [18, 9],
  dotted: [3, 6],
  noEvidence: [4, 8],
};

/**
 * `large`: for a network beyond the large-graph threshold (see largeGraph.ts), edges are drawn as
 * plain straight lines (Cytoscape's haystack edges, by far the cheapest to draw) in their type's
 * colour and line style; a hovered or selected relationship gets its arrow back; and no element
 * has a label (the label layer draws the names).
 */
export function createStylesheet(opts: { large?: boolean; types?: CustomTypes } = {}): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        ...(opts.large ? {} : NODE_TEXT),
        width: 24,
        height: 24,
        'border-width': 1.5,
        'border-color': '#1a1a1a',
      },
    },
    {
      selector: 'edge',
      style: { width: 1.6, 'curve-style': 'bezier', 'arrow-scale': 1.1, opacity: 0.85 },
    },
    // The look of a relationship's name, only where it has one (the rules below that give it a
    // label): a relationship has no name otherwise, and every property a rule sets is applied to
    // every element it matches, each time it is styled (the size function called each time)
    { selector: LABELLED_EDGE, style: EDGE_TEXT },
  ];
  // one rule per type: ours, then those the dataset declares (`types`, ids checked as kebab-case)
  const catalogue = typeCatalogue(opts.types);
  for (const a of catalogue.nodes) {
    sheet.push({
      selector: `node[type = "${a.id}"]`,
      style: { shape: a.shape as never, 'background-color': a.color },
    });
  }
  for (const a of catalogue.edges) {
    sheet.push({
      selector: `edge[type = "${a.id}"]`,
      style: {
        'line-color': a.color,
        'line-style': a.line === 'double' ? 'solid' : a.line,
        // Cytoscape has no double line: a white line with a coloured outline reads as two lines
        ...(a.line === 'double'
          ? { width: 2, 'line-color': '#ffffff', 'line-outline-width': 1.4, 'line-outline-color': a.color }
          : {}),
        'target-arrow-shape': a.arrow,
        'target-arrow-color': a.color,
        'target-arrow-fill': a.hollow ? 'hollow' : 'filled',
      },
    });
  }
  if (opts.large) {
    sheet.push(
      {
        selector: 'edge',
        style: {
          'curve-style': 'haystack',
          'haystack-radius': 0,
          opacity: 1,
          'line-outline-width': 0,
        },
      },
      { selector: LABELLED_EDGE, style: { 'curve-style': 'straight' } },
      // Dashes and dots fewer and longer (see LARGE_DASHES); a double line keeps its outline (its
      // own line is white)
      ...catalogue.edges.flatMap((a): StylesheetJson =>
        a.line === 'dashed' || a.line === 'dotted'
          ? [
              {
                selector: `edge[type = "${a.id}"]`,
                style: { 'line-style': 'dashed', 'line-dash-pattern': LARGE_DASHES[a.line] },
              },
            ]
          : a.line === 'double'
            ? [{ selector: `edge[type = "${a.id}"]`, style: { 'line-outline-width': 1.4 } }]
            : [],
      ),
    );
  }
  sheet.push(
    // The neighbourhood of the selected or hovered node: its relationships drawn thick and opaque,
    // its neighbours with a heavier border, the rest quietened (thinner, paler; names stay legible)
    { selector: 'node.nb-quiet', style: { 'background-opacity': 0.3, 'border-opacity': 0.3 } },
    { selector: 'edge.nb-quiet', style: { opacity: 0.14 } },
    { selector: 'node.nb', style: { 'border-width': 3 } },
    { selector: 'edge.nb-edge', style: { width: 3.2, opacity: 1, 'z-index': 12 } },
    // A relationship with no source or quote: grey, finely dashed, whatever its type (the legend
    // explains it; the arrow still shows direction)
    {
      selector: 'edge[?noEvidence]',
      style: {
        'line-color': NO_EVIDENCE,
        'target-arrow-color': NO_EVIDENCE,
        'line-style': 'dashed',
        'line-dash-pattern': opts.large ? LARGE_DASHES.noEvidence : [2, 5],
        'line-outline-width': 0,
        width: 1.6,
      },
    },
    // Guided tour (before the selection rules, so a selected element still shows as selected)
    { selector: '.tour-faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    {
      selector: 'node.tour-focus',
      style: {
        ...FULL_NAME,
        'border-width': 4,
        'border-color': HIGHLIGHT,
        ...LABEL_FRAME,
        'z-index': 18,
      },
    },
    { selector: 'edge.tour-focus', style: { label: 'data(label)', width: 3.5, opacity: 1, 'z-index': 18 } },
    {
      selector: 'node.hover, node:selected',
      style: { ...FULL_NAME, ...LABEL_FRAME, 'z-index': 20 },
    },
    {
      selector: 'edge.hover, edge:selected',
      style: { label: 'data(label)', width: 3, opacity: 1, 'z-index': 20 },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': SELECT, 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { 'line-color': SELECT, 'target-arrow-color': SELECT } },
    // Analysts: node size by a metric (data _size, set by the sizeBy controller); shortest paths
    // as a highlighter halo that keeps each edge's own colour and line (before .faded, which wins)
    { selector: 'node.sized', style: { width: 'data(_size)', height: 'data(_size)' } },
    { selector: '.path-dim', style: { opacity: 0.3, 'text-opacity': 0 } },
    {
      selector: 'node.path-hop',
      style: {
        ...FULL_NAME,
        ...LABEL_FRAME,
        'border-width': 4,
        'border-color': HIGHLIGHT,
        'underlay-color': PATH,
        'underlay-opacity': 0.9,
        'underlay-padding': 7,
        'z-index': 16,
      },
    },
    {
      selector: 'edge.path-hop',
      style: {
        label: 'data(label)',
        width: 4,
        opacity: 1,
        'underlay-color': PATH,
        'underlay-opacity': 0.9,
        'underlay-padding': 5,
        'z-index': 16,
      },
    },
    { selector: 'node.path-end', style: { 'border-width': 7, 'border-style': 'double' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'node.focus-root',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': HIGHLIGHT },
    },
    {
      selector: 'node.keyboard-focus',
      style: {
        'overlay-color': SELECT,
        'overlay-opacity': 0.3,
        'overlay-padding': 9,
        'overlay-shape': 'round-rectangle',
        ...FULL_NAME,
        ...LABEL_FRAME,
        'z-index': 25,
      },
    },
    // Presentation mode: type for a room, in pure black on opaque white (no state rule sets these)
    { selector: 'node.present', style: { color: '#000000', 'text-background-opacity': 1 } },
    { selector: 'edge.present', style: { color: '#000000', 'text-background-opacity': 1 } },
    // large type crowds a tour step: its nodes keep their short names (the narrative names them in full)
    { selector: 'node.present.tour-focus', style: SHORT_NAME },
    // where the label controller puts a name that has no room below its node
    {
      selector: 'node.label-above',
      style: { 'text-valign': 'top', 'text-margin-y': (n: NodeSingular) => -nodeFont(n) * LABEL_MARGIN_EM },
    },
    ...(['right', 'left'] as const).map((side) => ({
      selector: `node.label-${side}`,
      style: {
        'text-valign': 'center' as const,
        'text-halign': side,
        'text-margin-y': 0,
        'text-margin-x': (n: NodeSingular) => (side === 'right' ? 1 : -1) * nodeFont(n) * LABEL_MARGIN_EM,
      },
    })),
    ...(['below', 'above'] as const).flatMap((row) =>
      (['right', 'left'] as const).map((side) => ({
        selector: `node.label-${row}-${side}`,
        style: {
          'text-valign': row === 'below' ? ('bottom' as const) : ('top' as const),
          'text-halign': side,
          'text-margin-x': (n: NodeSingular) => (side === 'right' ? 1 : -1) * nodeFont(n) * CORNER_MARGIN_EM,
          'text-margin-y': (n: NodeSingular) => (row === 'below' ? 1 : -1) * nodeFont(n) * CORNER_MARGIN_EM,
        },
      })),
    ),
    // a full name with no room draws the short one (the full one shows on hover, focus, selection)
    { selector: 'node.label-short', style: SHORT_NAME },
    {
      selector: 'node.label-short.hover, node.label-short:selected, node.label-short.keyboard-focus',
      style: FULL_NAME,
    },
    // labels the label controller does not draw (they would overlap a more important one)
    { selector: '.label-hidden', style: { 'text-opacity': 0 } },
  );
  // a large network's names are drawn on the label layer, not by Cytoscape (see labelLayer.ts):
  // its elements have no label, so a name's state never touches Cytoscape's picture
  // and a press draws no overlay: the look of a pressed element is the same as before, so that
  // Cytoscape keeps its cached picture (see largeGraph.ts); the same properties on every element
  if (opts.large)
    sheet.push(
      { selector: 'node, edge', style: { label: '', 'overlay-color': 'black', 'overlay-padding': 10 } },
      { selector: 'node, edge', style: { 'overlay-opacity': 0 } },
    );
  return sheet;
}
