/** Placeholder: being built (see the issue). */
export function ExportPanel() {
  return null;
}
