import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { joinBuiltin, splitBuiltin } from '../../../src/data/builtinParts';
import { buildElements } from '../../../src/graph/elements';
import { BUILTIN_DATASET, loadBuiltinProse } from '../../../src/data/builtin';
import type { Dataset } from '../../../src/data/schema';

const file = path.resolve(__dirname, '..', '..', '..', 'data', 'network.json');
const read = () => JSON.parse(readFileSync(file, 'utf8')) as Dataset;
const gzipped = (x: unknown) => gzipSync(JSON.stringify(x)).length;

describe('the built-in dataset in two parts', () => {
  it('joins back into the file as it is', () => {
    const { outline, prose } = splitBuiltin(read());
    expect(joinBuiltin(outline, prose)).toEqual(read());
  });

  it('draws the same graph from the outline as from the whole file, in both languages', () => {
    const { outline } = splitBuiltin(read());
    for (const lang of ['sv', 'en'] as const)
      expect(buildElements(outline, lang)).toEqual(buildElements(read(), lang));
  });

  it('leaves the prose out of the outline: no description, quote or glossary entry', () => {
    const { outline } = splitBuiltin(read());
    const elements = [...outline.nodes, ...outline.edges];
    expect(elements.filter((x) => x.description)).toEqual([]);
    expect(elements.flatMap((x) => x.evidence ?? []).filter((q) => Object.keys(q).join() !== 'source')).toEqual([]);
    expect(outline.glossary).toBeUndefined();
    // what keeps the first view light: the outline is well under a third of the whole
    expect(gzipped(outline)).toBeLessThan(gzipped(read()) / 3);
  });

  it('keeps what the first view shows of a quote: how many an element has and the sources they cite', () => {
    const { outline } = splitBuiltin(read());
    const count = (d: Dataset) => [...d.nodes, ...d.edges].map((x) => (x.evidence ?? []).map((q) => q.source));
    expect(count(outline)).toEqual(count(read()));
    expect(outline.sources).toEqual(read().sources);
  });

  it('refuses parts from different builds', () => {
    const { outline } = splitBuiltin(read());
    const other = splitBuiltin({ ...read(), edges: read().edges.slice(1) });
    expect(() => joinBuiltin(outline, other.prose)).toThrow(/different builds/);
  });

  it('is bundled as the outline, and its prose goes into the same objects when loaded', async () => {
    const node = BUILTIN_DATASET.nodes[0]!;
    expect(node.description).toBeUndefined();
    const whole = await loadBuiltinProse();
    expect(whole).toBe(BUILTIN_DATASET);
    expect(whole.nodes[0]).toBe(node);
    expect(whole).toEqual(read());
  });
});
