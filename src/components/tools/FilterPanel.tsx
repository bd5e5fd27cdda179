/** Placeholder: being built (see the issue). */
export function FilterPanel() {
  return null;
}
