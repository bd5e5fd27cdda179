// The built-in dataset's two parts, made from data/network.json when the app is built
// (vite.config.ts; src/data/builtinParts.ts).
declare module 'virtual:samverkan/builtin-outline' {
  const outline: unknown;
  export default outline;
}
declare module 'virtual:samverkan/builtin-prose' {
  import type { BuiltinProse } from '../data/builtinParts';
  const prose: BuiltinProse;
  export default prose;
}
