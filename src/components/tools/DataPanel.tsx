/** Placeholder: being built (see the issue). */
export function DataPanel() {
  return null;
}
