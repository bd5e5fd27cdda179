/** Placeholder: being built (see the issue). */
export function GraphToolbar() {
  return null;
}
