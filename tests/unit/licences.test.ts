/**
 * Every package that can end up in the bundle (the production dependency tree) has a licence
 * that does not bind the bundle to the GPL. Reads the installed packages' own package.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const PERMISSIVE =
  /^(MIT|ISC|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|0BSD|CC0-1\.0|Unlicense|BlueOak-1\.0\.0|MPL-2\.0)$/;

function readPkg(dir: string): { name: string; license?: unknown; dependencies?: Record<string, string> } {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/** Resolves a dependency the way Node does: nearest node_modules upwards from the dependant. */
function resolveDir(name: string, from: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function productionTree(): Map<string, string> {
  const seen = new Map<string, string>();
  const queue: string[] = [root];
  while (queue.length) {
    const dir = queue.pop()!;
    const pkg = readPkg(dir);
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      const depDir = resolveDir(dep, dir);
      if (!depDir || seen.has(depDir)) continue;
      const depPkg = readPkg(depDir);
      const licence = typeof depPkg.license === 'string' ? depPkg.license : JSON.stringify(depPkg.license);
      seen.set(depDir, `${depPkg.name}: ${licence}`);
      queue.push(depDir);
    }
  }
  return seen;
}

describe('licences', () => {
  it('the bundle depends on no GPL-licensed package', () => {
    const tree = [...productionTree().values()];
    expect(tree.length).toBeGreaterThan(5);
    const offending = tree.filter((entry) => {
      const licence = entry.split(': ')[1] ?? '';
      const alternatives = licence.replace(/[()]/g, '').split(/\s+OR\s+/);
      return !alternatives.some((l) => PERMISSIVE.test(l.trim()));
    });
    expect(offending).toEqual([]);
  });

  it('the project itself is MIT-licensed', () => {
    expect(readPkg(root).license).toBe('MIT');
    expect(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
});
