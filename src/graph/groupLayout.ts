/**
 * "Grouped" layouts (by level, by type): each group is a compact block of nodes, blocks placed
 * in reading order and wrapped into rows, so that the groups read like a table of the network.
 * Pure: returns positions and one heading anchor per block, which the app labels on screen.
 */
import type { Position, Positions } from './elements';

export type GroupItem = { id: string; group: string; /** Sorts nodes within a block. */ sortKey: string };

export type GroupBlock = {
  group: string;
  /** Where the block's heading goes: above its top-left corner, in model coordinates. */
  x: number;
  y: number;
  width: number;
  count: number;
};

export type GroupedLayout = { positions: Positions; blocks: GroupBlock[] };

export const CELL_W = 135;
export const CELL_H = 95;
/** Space between blocks, in cells. */
const GAP = 1;

/**
 * Lays out items grouped by `group`, groups in the order given (unknown groups last, by name).
 * Blocks are near-square grids; rows of blocks wrap at about the width of a square of all nodes
 * (a little wider, since screens are wider than tall).
 */
export function groupedLayout(
  items: readonly GroupItem[],
  order: readonly string[],
  collator = new Intl.Collator('en'),
): GroupedLayout {
  const byGroup = new Map<string, GroupItem[]>();
  for (const it of items) {
    const list = byGroup.get(it.group);
    if (list) list.push(it);
    else byGroup.set(it.group, [it]);
  }
  const rank = (g: string) => {
    const i = order.indexOf(g);
    return i === -1 ? order.length : i;
  };
  const groups = [...byGroup.keys()].sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
  const totalCells = Math.max(items.length, 1);
  const wrapCols = Math.max(4, Math.ceil(Math.sqrt(totalCells) * 1.6));

  const positions = new Map<string, Position>();
  const blocks: GroupBlock[] = [];
  let col = 0;
  let row = 0;
  let rowHeight = 0;
  for (const g of groups) {
    const members = [...byGroup.get(g)!].sort(
      (a, b) => collator.compare(a.sortKey, b.sortKey) || collator.compare(a.id, b.id),
    );
    const cols = Math.max(1, Math.min(members.length, Math.ceil(Math.sqrt(members.length * 1.5))));
    const rows = Math.ceil(members.length / cols);
    if (col > 0 && col + cols > wrapCols) {
      col = 0;
      row += rowHeight + GAP + 0.5; // the extra half cell leaves room for the next row's headings
      rowHeight = 0;
    }
    members.forEach((m, i) => {
      positions.set(m.id, { x: (col + (i % cols)) * CELL_W, y: (row + Math.floor(i / cols)) * CELL_H });
    });
    blocks.push({
      group: g,
      x: col * CELL_W - CELL_W * 0.35,
      y: row * CELL_H - CELL_H * 0.6,
      width: cols * CELL_W,
      count: members.length,
    });
    col += cols + GAP;
    rowHeight = Math.max(rowHeight, rows);
  }
  return { positions, blocks };
}
