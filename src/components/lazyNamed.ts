import { lazy, type ComponentType } from 'react';
import { loadBuiltinProse } from '../data/builtin';

/**
 * A component loaded on first render from its own chunk (React.lazy over a named export): what
 * the first view does not show is fetched only when it is opened. Render it inside <Suspense>.
 * It renders once the built-in dataset's prose is in too (data/builtin.ts), fetched alongside its
 * code if the page has not loaded it yet: every panel and view may show a description or a quote.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => {
    const [code] = await Promise.all([load(), loadBuiltinProse()]);
    return { default: code[name] };
  });
}
