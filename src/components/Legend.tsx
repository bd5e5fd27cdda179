/** Placeholder: being built (see the issue). */
export function Legend() {
  return null;
}
