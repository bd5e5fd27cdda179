/**
 * Layouts. The built-in dataset ships positions computed once by `npm run layout` (fcose, seeded),
 * so start-up runs the preset layout: the same picture on every load, no layout work at all.
 * The other layouts run on demand, on the elements already in the graph (never re-created):
 * force-directed (seeded fcose), concentric rings by level, and blocks grouped by level or type.
 */
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { CustomTypes, Dataset, Lang } from '../data/schema';
import { LEVEL_IDS } from '../data/vocabulary';
import { typeCatalogue } from '../graph/typeInfo';
import type { Positions } from '../graph/elements';
import { groupedLayout, type Extent, type GroupBlock, type HeadingRoom } from '../graph/groupLayout';
import { ringLayout } from '../graph/ringLayout';
import { seededRandom } from '../graph/random';
import type { LayoutName } from '../store/types';
import { groupName, INITIAL_LAYOUT, LAYOUT_PADDING, type GroupKind } from './layoutBasics';

let fcoseLoaded: Promise<void> | null = null;
/**
 * Loads and registers fcose, once: the first view shows stored positions with the preset layout,
 * so the force-directed layout's code is fetched only when a layout is run.
 */
export function loadLayouts(): Promise<void> {
  fcoseLoaded ??= import('./fcose').then((m) => m.registerExtensions());
  return fcoseLoaded;
}

/** Runs `fn` with Math.random replaced by a seeded generator, restoring it afterwards. */
export function withSeed<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

export const LAYOUT_SEED = 20240321;

export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  fit: true,
  padding: 40,
  // generous spacing: labels (up to ~110 px wide) are not part of the node sizes fcose sees
  nodeSeparation: 120,
  idealEdgeLength: 140,
  nodeRepulsion: 18000,
  gravity: 0.2,
  numIter: 3000,
} as unknown as LayoutOptions;

const PADDING = LAYOUT_PADDING;
const DURATION = 450;

/** Lays out the whole graph with fcose (registered: see fcose.ts), seeded so that the same data always gives the same picture. */
export function runSeededFcose(cy: Core, options: Partial<LayoutOptions> = {}) {
  const layout = cy.layout({ ...FCOSE_OPTIONS, ...options } as LayoutOptions);
  // fcose computes synchronously inside run(): only that needs the seeded Math.random
  withSeed(LAYOUT_SEED, () => layout.run());
  return layout;
}

export { groupName, INITIAL_LAYOUT, type GroupKind };

/**
 * The view a layout with headings is made for: its size, the framing's padding, what a name
 * needs below its node, and how wide a heading's text is drawn (in pixels, on one line).
 */
export type HeadingView = Omit<HeadingRoom, 'headingWidth'> & { measure: (text: string) => number };

/** What a layout needs beyond the graph itself. */
export type LayoutContext = {
  dataset: Dataset;
  positions: Positions | null;
  lang: Lang;
  animate: boolean;
  /** Without it, headings are given room for a default view (the unit tests' headless graph). */
  view?: HeadingView;
};

/** The blocks (or rings) of a layout with headings, to label on screen. */
export type LayoutGroups = {
  kind: GroupKind;
  ring: boolean;
  blocks: GroupBlock[];
  /** The picture's extent in model units; headings rise above its top. */
  extent: Extent;
  /** Lines the headings have room for. */
  lines: 1 | 2;
} | null;

/** A planned layout: Cytoscape options, and for grouped and ring layouts the blocks to label. */
export type LayoutPlan = { options: LayoutOptions; seeded: boolean; groups: LayoutGroups };

const animation = (animate: boolean) => ({
  animate,
  animationDuration: DURATION,
  animationEasing: 'ease-in-out-cubic',
});

/** The options for a named layout, given the dataset (for grouping) and stored positions. */
export function planLayout(name: LayoutName, ctx: LayoutContext): LayoutPlan {
  const anim = animation(ctx.animate);
  if (name === 'preset' && ctx.positions) {
    const positions = ctx.positions;
    return {
      options: {
        name: 'preset',
        fit: true,
        padding: PADDING,
        positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(),
        ...anim,
      } as LayoutOptions,
      seeded: false,
      groups: null,
    };
  }
  if (name === 'preset' || name === 'fcose') {
    return { options: { ...FCOSE_OPTIONS, ...anim } as LayoutOptions, seeded: true, groups: null };
  }
  const ring = name === 'concentric';
  const kind: GroupKind = name === 'type' ? 'type' : 'level';
  const collator = new Intl.Collator(ctx.lang);
  const items = ctx.dataset.nodes.map((n) => ({
    id: n.id,
    group: kind === 'level' ? n.level : n.type,
    // within a block or ring: by the other attribute, then by name
    sortKey: `${kind === 'level' ? n.type : n.level}\u0000${n.short?.[ctx.lang] ?? n.label[ctx.lang]}`,
  }));
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.group, (counts.get(it.group) ?? 0) + 1);
  const { measure, ...view } = ctx.view ?? DEFAULT_VIEW;
  const room: HeadingRoom = {
    ...view,
    // the heading's room is the same in either language: a language switch does not move nodes
    headingWidth: (g, lines) =>
      Math.max(
        ...(['sv', 'en'] as const).map((l) => {
          const text = headingText(kind, g, l, counts.get(g) ?? 0, ctx.dataset.types);
          return lines === 1 ? measure(text) : twoLineWidth(text, measure);
        }),
      ),
  };
  const order = kind === 'level' ? LEVEL_IDS : typeCatalogue(ctx.dataset.types).nodes.map((t) => t.id);
  const laid = ring ? ringLayout(items, order, collator, room) : groupedLayout(items, order, collator, room);
  return {
    options: {
      name: 'preset',
      // the layout controller frames the picture with its headings, clear of the controls
      fit: false,
      positions: (n: NodeSingular) => laid.positions.get(n.id()) ?? n.position(),
      ...anim,
    } as LayoutOptions,
    seeded: false,
    groups: { kind, ring, blocks: laid.blocks, extent: laid.extent, lines: laid.lines },
  };
}

/** The width of a text broken between words into two lines as evenly as it goes. */
function twoLineWidth(text: string, measure: (text: string) => number): number {
  const words = text.split(' ');
  let best = measure(text);
  for (let k = 1; k < words.length; k++)
    best = Math.min(best, Math.max(measure(words.slice(0, k).join(' ')), measure(words.slice(k).join(' '))));
  return best;
}

/** A heading's whole text, as drawn: the group's name and how many it holds. */
export function headingText(
  kind: GroupKind,
  group: string,
  lang: Lang,
  count: number,
  types?: CustomTypes,
): string {
  return `${groupName(kind, group, lang, types)} ${count}`;
}

/** A laptop's view, with text about 7 px a character: for planning without a screen. */
const DEFAULT_VIEW: HeadingView = {
  view: { width: 1300, height: 820 },
  padding: { top: 20, right: 56, bottom: 44, left: 56 },
  headingHeight: 20,
  labelRoom: 48,
  maxZoom: 1.2,
  measure: (text) => text.length * 7.5 + 12,
};

/** An id that names an Object.prototype member (`constructor`, `toString`, `__proto__`, …). */
const unsafeId = (id: string) => id in Object.prototype;

type Position = { x: number; y: number };
type PlanOptions = {
  name: string;
  positions?: (n: NodeSingular) => Position;
  animate?: boolean;
  animationDuration?: number;
  animationEasing?: string;
  fit?: boolean;
  padding?: number;
};

/**
 * Where a plan puts each node, found without Cytoscape's layout machinery on the real ids: its
 * layouts memoise positions in plain objects keyed by id, and fcose (cose-base) keeps its nodes
 * the same way, so a node called `constructor` gets Object.prototype's member, or the layout
 * throws. Preset positions are read from the plan directly; the other layouts run on a headless
 * stand-in whose ids are our own.
 */
function plannedPositions(cy: Core, plan: LayoutPlan): Map<string, Position> {
  const o = plan.options as unknown as PlanOptions;
  const positions = o.positions;
  if (o.name === 'preset' && positions) return new Map(cy.nodes().map((n) => [n.id(), { ...positions(n) }]));
  const safe = new Map<string, string>();
  cy.nodes().forEach((n, i) => void safe.set(n.id(), `n${i}`));
  const stand = cytoscape({
    headless: true,
    styleEnabled: true,
    style: (cy.style() as unknown as { json(): unknown }).json() as never,
    elements: [
      ...cy.nodes().map((n) => ({
        group: 'nodes' as const,
        data: { ...n.data(), id: safe.get(n.id())! },
        classes: n.classes(),
        position: { ...n.position() },
      })),
      ...cy.edges().map((e, i) => ({
        group: 'edges' as const,
        data: {
          ...e.data(),
          id: `e${i}`,
          source: safe.get(e.source().id())!,
          target: safe.get(e.target().id())!,
        },
        classes: e.classes(),
      })),
    ],
  });
  try {
    const layout = stand.layout({ ...plan.options, animate: false, fit: false } as LayoutOptions);
    if (plan.seeded) withSeed(LAYOUT_SEED, () => layout.run());
    else layout.run();
    return new Map(
      cy.nodes().map((n) => [n.id(), { ...stand.getElementById(safe.get(n.id())!).position() }]),
    );
  } finally {
    stand.destroy();
  }
}

/** Moves the nodes to the plan's positions itself (gliding if the plan animates), then fits. */
function runOnUnsafeIds(cy: Core, plan: LayoutPlan): Promise<void> {
  const o = plan.options as unknown as PlanOptions;
  const to = plannedPositions(cy, plan);
  const finish = () => {
    if (cy.destroyed()) return;
    if (o.fit) cy.fit(cy.elements(), o.padding ?? PADDING);
    cy.emit('layoutstop');
  };
  if (!o.animate) {
    cy.batch(() => cy.nodes().forEach((n) => void n.position(to.get(n.id()) ?? n.position())));
    finish();
    return Promise.resolve();
  }
  const glides = cy.nodes().map((n) =>
    n
      .animation({
        position: to.get(n.id()) ?? n.position(),
        duration: o.animationDuration,
        easing: o.animationEasing,
      } as never)
      .play()
      .promise(),
  );
  return Promise.all(glides).then(finish);
}

/**
 * Runs a planned layout on the instance; resolves when it has stopped (animation included). A
 * seeded plan (fcose) waits for its code first.
 */
export async function runPlan(cy: Core, plan: LayoutPlan): Promise<void> {
  if (plan.seeded) {
    await loadLayouts();
    if (cy.destroyed()) return;
  }
  if (
    cy
      .nodes()
      .toArray()
      .some((n) => unsafeId(n.id()))
  )
    return runOnUnsafeIds(cy, plan);
  return new Promise((resolve) => {
    const layout = cy.layout(plan.options);
    layout.one('layoutstop', () => resolve());
    if (plan.seeded) withSeed(LAYOUT_SEED, () => layout.run());
    else layout.run();
  });
}
