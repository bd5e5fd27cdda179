/** Placeholder: being built (see the issue). */
export function DetailsPanel() {
  return null;
}
