import { lazy, type ComponentType } from 'react';

/**
 * A component loaded on first render from its own chunk (React.lazy over a named export): what
 * the first view does not show is fetched only when it is opened. Render it inside <Suspense>.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
