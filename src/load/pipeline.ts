/**
 * The loading pipeline, the same in the Worker and on the page: read the bytes (with progress),
 * turn them into a candidate dataset with the reader for its kind, refuse it up front if it is
 * beyond the limits, validate it, and lay it out unless it brings positions.
 */
import { validateDataset } from '../data/validate';
import { computeLayout, gridPositions, layoutFor } from './layout';
import { READERS } from './readers';
import {
  LIMITS,
  overall,
  type Counts,
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

/** Reads a Blob in chunks, reporting the share read; an ArrayBuffer is used as it is. */
export async function readBytes(
  bytes: Blob | ArrayBuffer,
  report: (within: number) => void,
): Promise<Uint8Array> {
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  if (typeof bytes.stream !== 'function') return new Uint8Array(await bytes.arrayBuffer());
  const out = new Uint8Array(bytes.size);
  const reader = bytes.stream().getReader();
  let at = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, at);
    at += value.length;
    if (at - reported > bytes.size / 20) {
      reported = at;
      report(at / bytes.size);
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

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a load request to its outcome. `cancelled` is checked between stages. */
export async function runLoad(
  request: Pick<LoadRequest, 'kind' | 'bytes' | 'options'>,
  report: Report,
  cancelled: () => boolean = () => false,
): Promise<LoadOutcome> {
  const step = async (stage: Stage, within = 0) => {
    if (cancelled()) throw new Cancelled();
    report({ stage, fraction: overall(stage, within) });
    await tick(); // lets the page paint the progress (on the page) and a cancel arrive
    if (cancelled()) throw new Cancelled();
  };
  await step('reading');
  const bytes = await readBytes(request.bytes, (within) =>
    report({ stage: 'reading', fraction: overall('reading', within) }),
  );
  await step('parsing');
  const read = READERS[request.kind](bytes);
  if (!read.ok) return { kind: 'invalid', problems: read.problems, more: read.more ?? 0 };

  const counts = countsOf(read.candidate);
  if (request.options.enforceLimits && (counts.nodes > LIMITS.nodes || counts.edges > LIMITS.edges)) {
    return { kind: 'tooLarge', counts, limits: { ...LIMITS } };
  }

  await step('validating');
  const valid = validateDataset(read.candidate);
  if (!valid.ok)
    return { kind: 'invalid', problems: [...read.problems, ...valid.problems], more: valid.more ?? 0 };
  const { dataset } = valid;
  const warnings = [...read.problems, ...valid.warnings];

  await step('layout');
  const given = read.positions && dataset.nodes.every((n) => read.positions?.has(n.id));
  if (given && read.positions)
    return { kind: 'loaded', dataset, positions: read.positions, problems: warnings, layout: 'given' };
  if (request.options.layout === 'none') {
    return {
      kind: 'loaded',
      dataset,
      positions: gridPositions(dataset.nodes.map((n) => n.id)),
      problems: warnings,
      layout: 'grid',
    };
  }
  const used = layoutFor(dataset.nodes.length);
  const positions = computeLayout(dataset, used);
  report({ stage: 'layout', fraction: overall('layout', 1) });
  return { kind: 'loaded', dataset, positions, problems: warnings, layout: used };
}
