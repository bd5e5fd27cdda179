/**
 * What the first view needs of the layouts: the preset layout react-cytoscapejs runs on mount and
 * the names of the groups a layout with headings shows. The layouts themselves (grouping, rings,
 * fcose's loader: layouts.ts) are a chunk of their own, loaded when one is run.
 */
import type { LayoutOptions } from 'cytoscape';
import type { CustomTypes, Lang } from '../data/schema';
import { LEVELS } from '../data/vocabulary';
import { nodeTypeName } from '../graph/typeInfo';

/** Space round the network when a layout frames it, in pixels. */
export const LAYOUT_PADDING = 30;

/**
 * The layout react-cytoscapejs runs on mount: always preset (stored positions). A dataset without
 * positions is laid out once after mount by the layout controller, with a seeded fcose.
 */
export const INITIAL_LAYOUT: LayoutOptions = { name: 'preset', fit: true, padding: LAYOUT_PADDING };

/** What the layouts with headings group by: level (blocks or rings) or type. */
export type GroupKind = 'level' | 'type';

/** A group's name, as its heading shows it (a group outside the vocabulary by its id). */
export function groupName(kind: GroupKind, group: string, lang: Lang, types?: CustomTypes): string {
  if (kind === 'type') return nodeTypeName(types, group, lang);
  const table: Record<string, { sv: string; en: string }> = LEVELS;
  return table[group]?.[lang] ?? group;
}
