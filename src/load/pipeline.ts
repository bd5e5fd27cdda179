/**
 * The loading pipeline, the same in the Worker and on the page: read the files' bytes (with
 * progress), hand them to the import readers (src/io, the one table of readers by kind), refuse
 * what is beyond the limits before any heavy work, validate, and lay out unless the file brings
 * positions. A table format (CSV, XLSX, GraphML, GEXF) stops after reading with its tables for
 * the mapping step; a second request maps, validates and lays them out. A valid dataset that is
 * to be laid out is handed to `laying` first, so the page can take it in meanwhile.
 */
import { applyMapping } from '../io/mapping';
import { checkJson, readFiles, type FileContents } from '../io';
import type { InputFile, RawGraph, ReportItem } from '../io/types';
import { nativeXml, type XmlImpl } from '../io/xml';
import type { Dataset } from '../data/schema';
import type { Problem } from '../data/validate';
import type { Positions } from '../graph/elements';
import { computeLayout, gridPositions, layoutFor } from './layout';
import {
  LIMITS,
  beyondLimits,
  overall,
  type Counts,
  type FileIn,
  type LoadOptions,
  type Laying,
  type LoadOutcome,
  type LoadRequest,
  type Progress,
  type Stage,
} from './protocol';

/** Thrown between stages when the load was cancelled (on the page; a Worker is simply stopped). */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export type Report = (progress: Progress) => void;

/** Reads a Blob in chunks, reporting the share read. */
export async function readBytes(blob: Blob, report: (within: number) => void): Promise<Uint8Array> {
  if (typeof blob.stream !== 'function') return new Uint8Array(await blob.arrayBuffer());
  const out = new Uint8Array(blob.size);
  const reader = blob.stream().getReader();
  let at = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value.subarray(0, out.length - at), at);
    at = Math.min(out.length, at + value.length);
    if (at - reported > blob.size / 20) {
      reported = at;
      report(at / blob.size);
    }
  }
  return at === out.length ? out : out.subarray(0, at);
}

/** Node and edge counts of a candidate, whatever its shape (0 for what is not a list). */
export function countsOf(candidate: unknown): Counts {
  const c = candidate as { nodes?: unknown; edges?: unknown } | null;
  return {
    nodes: Array.isArray(c?.nodes) ? c.nodes.length : 0,
    edges: Array.isArray(c?.edges) ? c.edges.length : 0,
  };
}

/** Rows of the tables, as counts: an upper bound of what the mapping will make of them. */
export function countsOfTables(raw: RawGraph): Counts {
  return { nodes: raw.nodes?.rows.length ?? 0, edges: raw.edges?.rows.length ?? 0 };
}

/** The DOM for the XML readers: the page's own, or xmldom where there is none (a Worker). */
async function xmlImpl(): Promise<XmlImpl> {
  const native = nativeXml();
  if (native) return native;
  const { DOMParser } = await import('@xmldom/xmldom');
  // xmldom's Document class is the prototype of what its parser returns
  const Document = Object.getPrototypeOf(new DOMParser().parseFromString('<x/>', 'application/xml'))
    .constructor as unknown;
  return { DOMParser: DOMParser as unknown as XmlImpl['DOMParser'], Document };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs a load request to its outcome. `cancelled` is checked between stages; `laying` gets a valid
 * dataset just before its layout starts (not one whose positions are given or put in a grid).
 */
export async function runLoad(
  request: LoadRequest,
  report: Report,
  cancelled: () => boolean = () => false,
  laying: (dataset: Laying) => void = () => {},
): Promise<LoadOutcome> {
  const step = async (stage: Stage, within = 0) => {
    if (cancelled()) throw new Cancelled();
    report({ stage, fraction: overall(stage, within) });
    await tick(); // lets the page paint the progress (on the page) and a cancel arrive
    if (cancelled()) throw new Cancelled();
  };
  const { options } = request;

  if (request.type === 'build') {
    await step('validating');
    const mapped = applyMapping(request.raw, request.mapping);
    const report = [...request.report, ...mapped.report];
    if (!mapped.ok) return { kind: 'failed', report };
    const counts = countsOf(mapped.dataset);
    if (options.enforceLimits && beyondLimits(counts))
      return { kind: 'tooLarge', name: request.raw.name, counts, limits: { ...LIMITS } };
    await step('layout');
    return laidOut(request.raw.name, mapped.dataset, mapped.positions, report, [], options, true, laying);
  }

  await step('reading');
  const files = await readAll(request.files, (within) =>
    report({ stage: 'reading', fraction: overall('reading', within) }),
  );
  await step('parsing');
  const contents: FileContents = await readFiles(files, { xml: await xmlImpl() });
  if (contents.kind === 'failed') return contents;
  const name = contents.kind === 'json' ? contents.name : request.files.map((f) => f.name).join(', ');
  const counts = contents.kind === 'json' ? countsOf(contents.candidate) : countsOfTables(contents.raw);
  if (options.enforceLimits && beyondLimits(counts))
    return { kind: 'tooLarge', name, counts, limits: { ...LIMITS } };
  if (contents.kind === 'tables') return contents;

  await step('validating');
  const checked = checkJson(contents);
  if (checked.kind !== 'dataset') return { kind: 'failed', report: checked.report };
  await step('layout');
  return laidOut(
    name,
    checked.dataset,
    checked.positions,
    checked.report,
    checked.warnings,
    options,
    false,
    laying,
  );
}

/** The loaded outcome: positions from the file when it gives them all, else a grid or a layout. */
function laidOut(
  name: string,
  dataset: Dataset,
  given: Positions | null,
  report: ReportItem[],
  warnings: Problem[],
  options: LoadOptions,
  mapped: boolean,
  laying: (dataset: Laying) => void,
): LoadOutcome {
  const base = { kind: 'loaded' as const, name, dataset, report, warnings, mapped };
  if (given && dataset.nodes.every((n) => given.has(n.id)))
    return { ...base, positions: given, layout: 'given' };
  if (options.layout === 'none')
    return { ...base, positions: gridPositions(dataset.nodes.map((n) => n.id)), layout: 'grid' };
  const used = layoutFor(dataset.nodes.length);
  laying({ ...base, layout: used });
  return { ...base, positions: computeLayout(dataset, used), layout: used };
}

/** Each file's bytes, the progress over all of them together. */
async function readAll(files: FileIn[], report: (within: number) => void): Promise<InputFile[]> {
  const total = files.reduce((sum, f) => sum + f.blob.size, 0) || 1;
  let before = 0;
  const out: InputFile[] = [];
  for (const f of files) {
    const bytes = await readBytes(f.blob, (within) => report((before + within * f.blob.size) / total));
    before += f.blob.size;
    out.push({ name: f.name, bytes });
  }
  return out;
}
