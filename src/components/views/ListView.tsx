/** Placeholder: being built (see the issue). */
export function ListView() {
  return null;
}
