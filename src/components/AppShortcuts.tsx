/** Placeholder: being built (see the issue). */
export function AppShortcuts() {
  return null;
}
