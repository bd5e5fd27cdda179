/**
 * What each node type and relationship type of a dataset is called and how it is drawn: ours
 * (the vocabulary and the appearance table) and those the dataset declares (`types`, an imported
 * file's kinds kept as new types). Everything that names or draws a type (stylesheet, legend,
 * filters, details, exports) asks here, so a declared type is treated as one of ours. Pure.
 */
import type { CustomTypes, Lang } from '../data/schema';
import { EDGE_TYPES, EDGE_TYPE_IDS, NODE_TYPES, NODE_TYPE_IDS, type Bilingual } from '../data/vocabulary';
import {
  EDGE_APPEARANCE,
  NODE_APPEARANCE,
  PALETTE,
  type ArrowShape,
  type LineStyle,
  type NodeShape,
} from './appearance';

export type NodeTypeInfo = {
  id: string;
  label: Bilingual;
  shape: NodeShape;
  color: string;
  /** Declared by the dataset, not one of ours. */
  custom: boolean;
  /** The languages whose name is the file's word, not a translation. */
  untranslated: readonly Lang[];
};

export type EdgeTypeInfo = {
  id: string;
  /** Written to sit mid-sentence ("member of"). */
  label: Bilingual;
  /** How it reads from the target's side (the label itself for a declared type: the file gave no other). */
  inverse: Bilingual;
  /** Whether `inverse` is a name of its own; if not, the UI says the relationship points the other way. */
  named: boolean;
  directed: boolean;
  color: string;
  line: LineStyle;
  arrow: ArrowShape;
  hollow: boolean;
  custom: boolean;
  untranslated: readonly Lang[];
};

export type TypeCatalogue = {
  /** Ours in the vocabulary's order, then the declared ones in theirs. */
  nodes: readonly NodeTypeInfo[];
  edges: readonly EdgeTypeInfo[];
  node: (id: string) => NodeTypeInfo;
  edge: (id: string) => EdgeTypeInfo;
};

const OWN_NODES: NodeTypeInfo[] = NODE_TYPE_IDS.map((id) => ({
  id,
  label: { sv: NODE_TYPES[id].sv, en: NODE_TYPES[id].en },
  ...NODE_APPEARANCE[id],
  custom: false,
  untranslated: [],
}));

const OWN_EDGES: EdgeTypeInfo[] = EDGE_TYPE_IDS.map((id) => {
  const info = EDGE_TYPES[id];
  const a = EDGE_APPEARANCE[id];
  return {
    id,
    label: { sv: info.sv, en: info.en },
    inverse: { sv: info.inverse.sv, en: info.inverse.en },
    named: true,
    directed: info.directed,
    color: a.color,
    line: a.line,
    arrow: a.arrow,
    hollow: a.hollow ?? false,
    custom: false,
    untranslated: [],
  };
});

/** For a type the dataset neither has nor declares (never in a validated dataset): drawn plain, named by its id. */
const unknownNode = (id: string): NodeTypeInfo => ({
  id,
  label: { sv: id, en: id },
  shape: 'ellipse',
  color: PALETTE.grey,
  custom: true,
  untranslated: [],
});
const unknownEdge = (id: string): EdgeTypeInfo => ({
  id,
  label: { sv: id, en: id },
  inverse: { sv: id, en: id },
  named: false,
  directed: true,
  color: PALETTE.grey,
  line: 'solid',
  arrow: 'triangle',
  hollow: false,
  custom: true,
  untranslated: [],
});

const untranslatedLangs = (marks: readonly string[] | undefined): Lang[] =>
  (['sv', 'en'] as const).filter((l) => marks?.includes(`label.${l}`));

function build(types: CustomTypes | undefined): TypeCatalogue {
  const nodes = [
    ...OWN_NODES,
    ...(types?.nodes ?? []).map((t): NodeTypeInfo => ({
      id: t.id,
      label: t.label,
      shape: t.shape,
      color: t.color,
      custom: true,
      untranslated: untranslatedLangs(t.untranslated),
    })),
  ];
  const edges = [
    ...OWN_EDGES,
    ...(types?.edges ?? []).map((t): EdgeTypeInfo => ({
      id: t.id,
      label: t.label,
      inverse: t.label,
      // an undirected type reads the same both ways; a directed one has no name for its other side
      named: !t.directed,
      directed: t.directed,
      color: t.color,
      line: t.line,
      arrow: t.directed ? 'triangle' : 'none',
      hollow: false,
      custom: true,
      untranslated: untranslatedLangs(t.untranslated),
    })),
  ];
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  return {
    nodes,
    edges,
    node: (id) => nodeById.get(id) ?? unknownNode(id),
    edge: (id) => edgeById.get(id) ?? unknownEdge(id),
  };
}

const OWN = build(undefined);
const built = new WeakMap<CustomTypes, TypeCatalogue>();

/** The types of a dataset (pass its `types`): built once per declaration. */
export function typeCatalogue(types: CustomTypes | undefined): TypeCatalogue {
  if (!types) return OWN;
  let catalogue = built.get(types);
  if (!catalogue) built.set(types, (catalogue = build(types)));
  return catalogue;
}

/** A node type's name in a language. */
export const nodeTypeName = (types: CustomTypes | undefined, id: string, lang: Lang): string =>
  typeCatalogue(types).node(id).label[lang];
