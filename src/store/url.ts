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
import { FILTER_FIELDS, FILTER_KEYS, NO_FILTERS, isDefault, type GraphFilters } from '../graph/filterFields';
import { LAYOUTS, METRICS, TOOLS, VIEWS, type AppState, type Direction } from './types';

/** A parameter that could not be used, and why ('unknown' id or 'malformed' value, or 'tooLong'). */
export type UrlProblem = { param: string; value: string; reason: 'unknown' | 'malformed' | 'tooLong' };

/** Longest value read from a link (ids are far shorter); a longer one is refused unread. */
export const MAX_VALUE = 2000;
/** Most items read from a list parameter (each a type, level or source id). */
export const MAX_ITEMS = 500;
/** Most unknown items of a list named in a notice. */
const MAX_NAMED = 10;

const list = (xs: readonly string[]) => xs.join(',');
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
  for (const key of FILTER_KEYS) {
    if (isDefault(key, f[key])) continue;
    const d = FILTER_FIELDS[key];
    switch (d.kind) {
      case 'list':
        q.set(d.param, list(f[key] as readonly string[]));
        break;
      case 'years': {
        const { from, to } = f[key] as GraphFilters['years'];
        q.set(d.param, `${from ?? ''}-${to ?? ''}`);
        break;
      }
      case 'flag':
        q.set(d.param, d.on);
        break;
    }
  }
  if (s.fade) q.set('fade', '1');
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
  // the allowed ids only for a parameter the link has (a filter's options sort by name, and the
  // first collator a page makes costs milliseconds of its start-up)
  const idList = (param: string, options: () => Set<string>): string[] | undefined => {
    const v = q.get(param);
    if (v === null) return undefined;
    const allowed = options();
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

  const filters: Record<string, unknown> = { ...NO_FILTERS };
  let filtersTouched = false;
  for (const key of FILTER_KEYS) {
    const d = FILTER_FIELDS[key];
    switch (d.kind) {
      case 'list': {
        const ids = idList(d.param, () => new Set(d.options(dataset, 'en').map((o) => o.id)));
        if (!ids) continue;
        filters[key] = ids;
        break;
      }
      case 'years': {
        const years = q.get(d.param);
        if (years === null) continue;
        // the years the data can hold (what the year filter accepts), so what is written reads back
        const m = /^(\d{4})?-(\d{4})?$/.exec(years);
        const from = m?.[1] ? Number(m[1]) : null;
        const to = m?.[2] ? Number(m[2]) : null;
        const inRange = (y: number | null) => y === null || (y >= YEAR_MIN && y <= YEAR_MAX);
        if (!m || !inRange(from) || !inRange(to) || (from !== null && to !== null && from > to)) {
          bad(d.param, years);
          continue;
        }
        filters[key] = { from, to };
        break;
      }
      case 'flag': {
        // a 0/1 parameter; `on` is the value that turns the default around (isolated=0 hides isolated nodes)
        const v = q.get(d.param);
        if (v === null) continue;
        if (v !== '0' && v !== '1') {
          bad(d.param, v);
          continue;
        }
        filters[key] = v === d.on ? !d.default : d.default;
        break;
      }
    }
    filtersTouched = true;
  }
  if (filtersTouched) patch.filters = filters as GraphFilters;
  const fade = q.get('fade');
  if (fade !== null) {
    if (fade === '0' || fade === '1') patch.fade = fade === '1';
    else bad('fade', fade);
  }

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
  const via = idList('via', () => new Set(dataset.edges.map((e) => e.type as string)));
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
