/**
 * The URL mirrors the store, so every view is a link. Pure functions: state -> query string,
 * and query string -> a patch of state plus the parameters that were ignored (unknown ids,
 * malformed values), which the app shows as a short notice instead of failing.
 *
 * Every link `toSearch` writes is read back by `fromSearch` as the same state (a property test
 * holds this). What is read from a link is bounded: a value longer than MAX_VALUE or a list of more
 * than MAX_ITEMS items is refused whole, and values named in notices are shortened to
 * SHOWN_MAX_LENGTH characters, so a hostile 100 kB link costs no more than a short one.
 */
import type { Dataset } from '../data/schema';
import { shown } from '../data/validation/text';
import { YEAR_MAX, YEAR_MIN } from '../data/vocabulary';
import { isLang } from '../i18n/langs';
import {
  DEFAULT_FILTERS,
  LAYOUTS,
  METRICS,
  TOOLS,
  VIEWS,
  type AppState,
  type Direction,
  type Filters,
} from './types';

/** A parameter that could not be used, and why ('unknown' id or 'malformed' value, or 'tooLong'). */
export type UrlProblem = { param: string; value: string; reason: 'unknown' | 'malformed' | 'tooLong' };

/** Longest value read from a link (ids are far shorter); a longer one is refused unread. */
export const MAX_VALUE = 2000;
/** Most items read from a list parameter (each a type, level or source id). */
export const MAX_ITEMS = 500;
/** Most unknown items of a list named in a notice. */
const MAX_NAMED = 10;

const list = (xs: string[]) => xs.join(',');
const parseList = (x: string) =>
  x
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The query string (without "?") for a state; defaults are left out to keep links short. */
export function toSearch(s: AppState): string {
  const q = new URLSearchParams();
  q.set('lang', s.lang);
  // a dataset stored on this device (the app restores it from IndexedDB before reading the rest)
  if (s.datasetId) q.set('data', s.datasetId);
  if (s.selection) q.set(s.selection.kind, s.selection.id);
  if (s.view !== 'graph') q.set('view', s.view);
  if (s.tool) q.set('tool', s.tool);
  if (s.layout !== 'preset') q.set('layout', s.layout);
  const f = s.filters;
  if (f.hiddenNodeTypes.length) q.set('nt', list(f.hiddenNodeTypes));
  if (f.hiddenLevels.length) q.set('lv', list(f.hiddenLevels));
  if (f.hiddenEdgeTypes.length) q.set('et', list(f.hiddenEdgeTypes));
  if (f.hiddenSources.length) q.set('src', list(f.hiddenSources));
  if (f.yearFrom !== null || f.yearTo !== null) q.set('years', `${f.yearFrom ?? ''}-${f.yearTo ?? ''}`);
  if (!f.includeUndated) q.set('undated', '0');
  if (f.hideIsolated) q.set('isolated', '0');
  if (f.fade) q.set('fade', '1');
  if (f.hideUnevidenced) q.set('noev', '0');
  if (s.focus) {
    q.set('focus', s.focus.id);
    q.set('depth', String(s.focus.depth));
    if (s.focus.direction !== 'all') q.set('dir', s.focus.direction);
  }
  if (s.path.from) q.set('from', s.path.from);
  if (s.path.to) q.set('to', s.path.to);
  if (s.path.edgeTypes.length) q.set('via', list(s.path.edgeTypes));
  if (s.sizeBy) q.set('size', s.sizeBy);
  if (s.tour) {
    q.set('tour', s.tour.id);
    q.set('step', String(s.tour.step + 1));
  }
  if (s.presentation) q.set('present', '1');
  return q.toString().replace(/%2C/g, ',');
}

/**
 * Reads a query string against a dataset (and the tour ids known), keeping what is valid.
 * Never throws: anything it cannot use is listed in `problems`.
 */
export function fromSearch(
  search: string,
  dataset: Dataset,
  tourIds: readonly string[] = [],
): { patch: Partial<AppState>; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const patch: Partial<AppState> = {};
  const problems: UrlProblem[] = [];
  const nodeIds = new Set(dataset.nodes.map((n) => n.id));
  const edgeIds = new Set(dataset.edges.map((e) => e.id));
  const bad = (param: string, value: string, reason: UrlProblem['reason'] = 'malformed') =>
    problems.push({ param: shown(param), value: shown(value), reason });
  // a value too long to be anything we wrote is refused once, then read as absent
  const tooLong = new Set<string>();
  const q = {
    get(param: string): string | null {
      const v = params.get(param);
      if (v === null || v.length <= MAX_VALUE) return v;
      if (!tooLong.has(param)) bad(param, v, 'tooLong');
      tooLong.add(param);
      return null;
    },
  };

  const oneOf = <T extends string>(param: string, allowed: readonly T[]): T | undefined => {
    const v = q.get(param);
    if (v === null) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    bad(param, v);
    return undefined;
  };
  const nodeId = (param: string): string | undefined => {
    const v = q.get(param);
    if (v === null) return undefined;
    if (nodeIds.has(v)) return v;
    bad(param, v, 'unknown');
    return undefined;
  };
  const idList = (param: string, allowed: Set<string>): string[] | undefined => {
    const v = q.get(param);
    if (v === null) return undefined;
    const ids = parseList(v);
    if (ids.length > MAX_ITEMS) return void bad(param, v, 'tooLong');
    const unknown = [...new Set(ids.filter((id) => !allowed.has(id)))];
    if (unknown.length) {
      const named = unknown.slice(0, MAX_NAMED).join(',');
      bad(param, unknown.length > MAX_NAMED ? `${named},…` : named, 'unknown');
    }
    return ids.filter((id) => allowed.has(id));
  };

  const lang = q.get('lang');
  if (lang !== null) {
    if (isLang(lang)) patch.lang = lang;
    else bad('lang', lang);
  }

  const node = q.get('node');
  const edge = q.get('edge');
  if (node !== null) {
    if (nodeIds.has(node)) patch.selection = { kind: 'node', id: node };
    else bad('node', node, 'unknown');
  } else if (edge !== null) {
    if (edgeIds.has(edge)) patch.selection = { kind: 'edge', id: edge };
    else bad('edge', edge, 'unknown');
  }

  const view = oneOf('view', VIEWS);
  if (view) patch.view = view;
  const tool = oneOf('tool', TOOLS);
  if (tool) patch.tool = tool;
  const layout = oneOf('layout', LAYOUTS);
  if (layout) patch.layout = layout;

  const filters: Filters = { ...DEFAULT_FILTERS };
  let filtersTouched = false;
  const nodeTypes = new Set(dataset.nodes.map((n) => n.type as string));
  const levels = new Set(dataset.nodes.map((n) => n.level as string));
  const edgeTypes = new Set(dataset.edges.map((e) => e.type as string));
  const sources = new Set(dataset.sources.map((s) => s.id));
  const lists: [keyof Filters, string, Set<string>][] = [
    ['hiddenNodeTypes', 'nt', nodeTypes],
    ['hiddenLevels', 'lv', levels],
    ['hiddenEdgeTypes', 'et', edgeTypes],
    ['hiddenSources', 'src', sources],
  ];
  for (const [key, param, allowed] of lists) {
    const ids = idList(param, allowed);
    if (ids) {
      (filters[key] as string[]) = ids;
      filtersTouched = true;
    }
  }
  const years = q.get('years');
  if (years !== null) {
    // the years the data can hold (what the year filter accepts), so what is written reads back
    const m = /^(\d{4})?-(\d{4})?$/.exec(years);
    const from = m?.[1] ? Number(m[1]) : null;
    const to = m?.[2] ? Number(m[2]) : null;
    const inRange = (y: number | null) => y === null || (y >= YEAR_MIN && y <= YEAR_MAX);
    if (!m || !inRange(from) || !inRange(to) || (from !== null && to !== null && from > to))
      bad('years', years);
    else {
      filters.yearFrom = from;
      filters.yearTo = to;
      filtersTouched = true;
    }
  }
  /** A 0/1 parameter; `inverted` when "0" turns the option on (isolated=0 hides isolated nodes). */
  const flag = (
    param: string,
    key: 'includeUndated' | 'hideIsolated' | 'hideUnevidenced' | 'fade',
    inverted: boolean,
  ) => {
    const v = q.get(param);
    if (v === null) return;
    if (v !== '0' && v !== '1') return void bad(param, v);
    filters[key] = (v === '1') !== inverted;
    filtersTouched = true;
  };
  flag('undated', 'includeUndated', false);
  flag('isolated', 'hideIsolated', true);
  flag('fade', 'fade', false);
  flag('noev', 'hideUnevidenced', true);
  if (filtersTouched) patch.filters = filters;

  const focus = nodeId('focus');
  if (focus) {
    const depthText = q.get('depth') ?? '1';
    const depth = Number(depthText);
    const dir = (q.get('dir') ?? 'all') as Direction;
    if (![1, 2, 3].includes(depth)) bad('depth', depthText);
    if (!['all', 'out', 'in'].includes(dir)) bad('dir', dir);
    patch.focus = {
      id: focus,
      depth: ([1, 2, 3].includes(depth) ? depth : 1) as 1 | 2 | 3,
      direction: ['all', 'out', 'in'].includes(dir) ? dir : 'all',
    };
  }

  const from = nodeId('from');
  const to = nodeId('to');
  const via = idList('via', edgeTypes);
  if (from || to || via) patch.path = { from: from ?? null, to: to ?? null, edgeTypes: via ?? [] };

  const size = oneOf('size', METRICS);
  if (size) patch.sizeBy = size;

  const tour = q.get('tour');
  if (tour !== null) {
    if (!tourIds.includes(tour)) bad('tour', tour, 'unknown');
    else {
      const stepText = q.get('step') ?? '1';
      const step = Number(stepText);
      if (!Number.isInteger(step) || step < 1) bad('step', stepText);
      patch.tour = { id: tour, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
    }
  }

  const present = q.get('present');
  if (present !== null) {
    if (present === '1' || present === '0') patch.presentation = present === '1';
    else bad('present', present);
  }

  return { patch, problems };
}
