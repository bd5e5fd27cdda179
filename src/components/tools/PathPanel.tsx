/** Placeholder: being built (see the issue). */
export function PathPanel() {
  return null;
}
