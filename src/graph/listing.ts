/**
 * The list view's content: the shown organisations grouped (by type or level, in vocabulary
 * order) and sorted (by name in the reader's language, or by number of shown relationships),
 * each with its shown relationships. Pure, so the list is tested in Node.
 */
import type { Dataset, GraphNode, Lang } from '../data/schema';
import { LEVELS, LEVEL_IDS } from '../data/vocabulary';
import type { Visible } from './filter';
import { relationsOf, type RelationGroup } from './relations';
import { typeCatalogue } from './typeInfo';

export type ListGroupBy = 'type' | 'level';
export type ListSortBy = 'name' | 'relations';

export type ListItem = {
  node: GraphNode;
  /** Relationships shown (both ends visible and passing the filters). */
  degree: number;
  relations: RelationGroup[];
};

export type ListGroup = { key: string; label: string; items: ListItem[] };

export function listGroups(
  dataset: Dataset,
  visible: Visible,
  lang: Lang,
  groupBy: ListGroupBy,
  sortBy: ListSortBy,
): ListGroup[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const byName = (a: ListItem, b: ListItem) => collator.compare(a.node.label[lang], b.node.label[lang]);
  // types: ours, then the dataset's own declared ones
  const types = typeCatalogue(dataset.types);
  const order = groupBy === 'type' ? types.nodes.map((t) => t.id) : LEVEL_IDS;
  const name = (key: string): string =>
    groupBy === 'type' ? types.node(key).label[lang] : (LEVELS[key as keyof typeof LEVELS]?.[lang] ?? key);
  const groups = new Map<string, ListItem[]>();
  for (const node of dataset.nodes) {
    if (!visible.nodes.has(node.id)) continue;
    const relations = relationsOf(dataset, node.id, lang)
      .map((g) => ({ ...g, relations: g.relations.filter((r) => visible.edges.has(r.edge.id)) }))
      .filter((g) => g.relations.length > 0);
    const degree = relations.reduce((n, g) => n + g.relations.length, 0);
    const key = groupBy === 'type' ? node.type : node.level;
    groups.set(key, [...(groups.get(key) ?? []), { node, degree, relations }]);
  }
  return (order as readonly string[])
    .filter((key) => groups.has(key))
    .map((key) => {
      const items = groups.get(key)!;
      items.sort(sortBy === 'name' ? byName : (a, b) => b.degree - a.degree || byName(a, b));
      return { key, label: name(key), items };
    });
}
