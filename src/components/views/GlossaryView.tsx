/** Placeholder: being built (see the issue). */
export function GlossaryView() {
  return null;
}
