import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { computePositions } from '../../../scripts/layout';
import { validateDataset } from '../../../src/data/validate';
import { FIXTURE } from '../../fixtures/datasets';

describe('npm run layout', () => {
  it('gives the same whole-pixel positions every time it runs', () => {
    const a = computePositions(FIXTURE);
    const b = computePositions(FIXTURE);
    expect(b).toEqual(a);
    expect([...a.keys()].sort()).toEqual(FIXTURE.nodes.map((n) => n.id).sort());
    for (const p of a.values()) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    }
  });

  it('spreads the nodes out: no two at the same place', () => {
    const ps = [...computePositions(FIXTURE).values()];
    const distinct = new Set(ps.map((p) => `${p.x},${p.y}`));
    expect(distinct.size).toBe(ps.length);
  });

  it('has stored positions for exactly the nodes of the built-in dataset', () => {
    const result = validateDataset(JSON.parse(fs.readFileSync('data/network.json', 'utf8')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = JSON.parse(fs.readFileSync('data/positions.json', 'utf8')) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(result.dataset.nodes.map((n) => n.id).sort());
  });
});
