import { describe, expect, it } from 'vitest';
import { EDGE_APPEARANCE, NODE_APPEARANCE } from '../../../src/graph/appearance';
import { EDGE_TYPE_IDS, NODE_TYPE_IDS } from '../../../src/data/vocabulary';
import {
  edgeEntry,
  entryLabel,
  legendEntries,
  LEGEND_STYLE,
  nodeEntry,
  swatchDrawing,
} from '../../../src/graph/legend';
import { primitiveSvg, toSvg } from '../../../src/graph/svg';
import { nodeShapePath } from '../../../src/graph/shapes';
import { strictParse } from '../../helpers/xmlCheck';

const box = { x: 0, y: 0, width: 44, height: 16 };

describe('legend declaration', () => {
  it('has one entry per type present, in the vocabulary’s order, with the appearance table’s look', () => {
    const { nodes, edges } = legendEntries(['unit', 'agency', 'unit'], ['cooperation', 'member-of']);
    expect(nodes.map((e) => e.type)).toEqual(['agency', 'unit']);
    expect(edges.map((e) => e.type)).toEqual(['member-of', 'cooperation']);
    for (const t of NODE_TYPE_IDS) expect(nodeEntry(t)).toMatchObject(NODE_APPEARANCE[t]);
    for (const t of EDGE_TYPE_IDS) expect(edgeEntry(t).color).toBe(EDGE_APPEARANCE[t].color);
    expect(entryLabel(edgeEntry('member-of'), 'sv')).toBe('Är medlem i');
    expect(entryLabel(nodeEntry('agency'), 'en')).toBe('Swedish agency');
  });

  it('draws a node as its shape in its colour with the shared outline', () => {
    const [p, ...rest] = swatchDrawing(nodeEntry('agency'), { x: 0, y: 0, width: 20, height: 20 });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      kind: 'path',
      fill: NODE_APPEARANCE.agency.color,
      stroke: LEGEND_STYLE.ink,
      lineJoin: 'round',
    });
    expect(p!.kind === 'path' && p!.d).toBe(nodeShapePath('round-rectangle', 10, 10, 8));
  });

  it('draws each line style, width and arrowhead of a relationship', () => {
    const solid = swatchDrawing(edgeEntry('member-of'), box);
    expect(solid.map((p) => p.kind)).toEqual(['line', 'path']); // a line and its arrowhead
    expect(solid[0]).toMatchObject({ strokeWidth: LEGEND_STYLE.lineWidth });
    expect(solid[0]).not.toHaveProperty('dash');
    expect(swatchDrawing(edgeEntry('observer-of'), box)[1]).toMatchObject({ fill: LEGEND_STYLE.paper }); // hollow
    expect(swatchDrawing(edgeEntry('part-of'), box)[0]).toMatchObject({ dash: '1.5 3', lineCap: 'round' });
    expect(swatchDrawing(edgeEntry('led-by'), box)[0]).toMatchObject({ dash: '6 4' });
    const double = swatchDrawing(edgeEntry('cooperation'), box);
    expect(double.map((p) => p.kind)).toEqual(['line', 'line']); // no arrow: no direction
    expect(double.map((p) => p.kind === 'line' && p.y1)).toEqual([6, 10]);
    expect(double[0]).toMatchObject({ strokeWidth: LEGEND_STYLE.doubleWidth });
  });

  it('is what the SVG export’s legend draws', () => {
    const svg = toSvg({
      title: 't',
      nodes: [],
      edges: [],
      legend: {
        heading: 'Key',
        nodeTypes: [{ type: 'mission', label: 'Mission' }],
        edgeTypes: [{ type: 'cooperation', label: 'Cooperation' }],
      },
    });
    const legend = Array.from(strictParse(svg).getElementsByTagName('g')).find(
      (g) => g.getAttribute('class') === 'legend',
    )!;
    expect(legend.getElementsByTagName('path')[0]!.getAttribute('fill')).toBe(NODE_APPEARANCE.mission.color);
    expect(legend.getElementsByTagName('line')).toHaveLength(2); // the double line
    expect(primitiveSvg(swatchDrawing(edgeEntry('part-of'), box)[0]!)).toContain('stroke-dasharray="1.5 3"');
  });
});
