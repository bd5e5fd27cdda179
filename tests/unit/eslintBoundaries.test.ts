/**
 * The layer boundaries in eslint.config.js fire on a file that breaks them and stay quiet on one
 * that keeps them: each case lints a line of source as if it lived at `file`.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '..', '..') });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const breaks = async (file: string, code: string) =>
  expect(await restricted(file, code), code).not.toEqual([]);
const keeps = async (file: string, code: string) => expect(await restricted(file, code), code).toEqual([]);

describe('lint boundaries', { timeout: 30_000 }, () => {
  it('only src/store imports zustand', async () => {
    await breaks('src/components/Probe.tsx', "import { create as x } from 'zustand';");
    await breaks('src/cy/Probe.ts', "import { useShallow as x } from 'zustand/react/shallow';");
    await breaks('src/graph/probe.ts', "import { createStore as x } from 'zustand';");
    await breaks('src/load/session.ts', "import { createStore as x } from 'zustand';");
    await keeps('src/store/probe.ts', "import { createStore as x } from 'zustand';");
    await keeps('src/store/probe.ts', "import { useShallow as x } from 'zustand/react/shallow';");
  });

  it('only src/cy and the headless helper import cytoscape as a value; types may be imported anywhere', async () => {
    await breaks('src/components/Probe.tsx', "import x from 'cytoscape';");
    await breaks('src/store/probe.ts', "import x from 'cytoscape';");
    await breaks('src/load/probe.ts', "import x from 'cytoscape';");
    await breaks('src/graph/probe.ts', "import x from 'cytoscape';");
    await breaks('src/components/Probe.tsx', "import x from 'react-cytoscapejs';");
    await keeps('src/components/Probe.tsx', "import type { Core as x } from 'cytoscape';");
    await keeps('src/graph/probe.ts', "import type { Core as x } from 'cytoscape';");
    await keeps('src/cy/controllers/probe.ts', "import x from 'cytoscape';");
    await keeps('src/graph/headless.ts', "import x from 'cytoscape';");
  });

  it('src/graph and src/data import nothing from the store, the graph view, the components or React', async () => {
    for (const file of ['src/graph/probe.ts', 'src/data/probe.ts']) {
      await breaks(file, "import { initialState as x } from '../store';");
      await breaks(file, "import type { AppState as x } from '../store/types';");
      await breaks(file, "import { fitAll as x } from '../cy/commands';");
      await breaks(file, "import { Legend as x } from '../components/Legend';");
      await breaks(file, "import { useState as x } from 'react';");
      await breaks(file, "import { useTranslation as x } from 'react-i18next';");
    }
    await breaks('src/graph/export/probe.ts', "import { initialState as x } from '../../store';");
    await breaks('src/data/validation/probe.ts', "import { fitAll as x } from '../../cy';");
    await breaks('src/graph/headless.ts', "import { initialState as x } from '../store';");
    await keeps('src/graph/probe.ts', "import { visibleElements as x } from './filter';");
    await keeps('src/graph/export/probe.ts', "import type { Dataset as x } from '../../data/schema';");
    await keeps('src/data/probe.ts', "import { NODE_TYPES as x } from './vocabulary';");
  });
});
