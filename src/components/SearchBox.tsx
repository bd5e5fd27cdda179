/** Placeholder: being built (see the issue). */
export function SearchBox() {
  return null;
}
