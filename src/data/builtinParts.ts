/**
 * The built-in dataset in two parts, split when the app is built (vite.config.ts): what the first
 * view draws (the outline: every node and edge with its type, level, names, aliases and years,
 * the sources, and for each quote only the source it cites, so that the number of quotes an
 * element has, which its style shows, is there from the start) and the prose that only panels
 * show (descriptions, the quotes and their translations and notes, the glossary), about four
 * fifths of its size, loaded once the first view is up (builtin.ts). Pure, so the split and the
 * join are checked in Node against the file itself.
 */
import type { Bilingual, Dataset, Evidence, GlossaryEntry } from './schema';

/** What an element gets back from the prose part: its description and its whole quotes. */
type ElementProse = { description?: Bilingual; evidence?: Evidence[] };

/** The prose part: one entry per node and per edge, in the dataset's order, and the glossary. */
export type BuiltinProse = {
  nodes: ElementProse[];
  edges: ElementProse[];
  glossary?: GlossaryEntry[];
};

type WithProse = { description?: Bilingual; evidence?: Evidence[] };

function splitElement<T extends WithProse>(element: T): { outline: T; prose: ElementProse } {
  const { description, evidence, ...rest } = element;
  const prose: ElementProse = {};
  if (description) prose.description = description;
  if (evidence) prose.evidence = evidence;
  // a quote's source only: the outline keeps how many quotes there are and what they rest on
  const outline = (evidence ? { ...rest, evidence: evidence.map((e) => ({ source: e.source })) } : rest) as T;
  return { outline, prose };
}

/** The outline the first view draws, and the prose that joins it later (see `joinBuiltin`). */
export function splitBuiltin(dataset: Dataset): { outline: Dataset; prose: BuiltinProse } {
  const nodes = dataset.nodes.map(splitElement);
  const edges = dataset.edges.map(splitElement);
  const { glossary, ...rest } = dataset;
  return {
    outline: { ...rest, nodes: nodes.map((n) => n.outline), edges: edges.map((e) => e.outline) },
    prose: {
      nodes: nodes.map((n) => n.prose),
      edges: edges.map((e) => e.prose),
      ...(glossary ? { glossary } : {}),
    },
  };
}

/**
 * Puts the prose into the outline's own objects, which become the whole dataset as the file
 * has it. In place, once, and before anything reads the prose: the store, the graph and every
 * table built from the dataset hold these objects, and what they read of them in the first view
 * (ids, names, types, how many quotes) is the same before and after.
 */
export function joinBuiltin(outline: Dataset, prose: BuiltinProse): Dataset {
  if (prose.nodes.length !== outline.nodes.length || prose.edges.length !== outline.edges.length)
    throw new Error('The built-in dataset’s two parts are from different builds');
  outline.nodes.forEach((node, i) => Object.assign(node, prose.nodes[i]));
  outline.edges.forEach((edge, i) => Object.assign(edge, prose.edges[i]));
  if (prose.glossary) outline.glossary = prose.glossary;
  return outline;
}
