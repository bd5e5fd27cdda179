/** Placeholder: being built (see the issue). */
export function MetricsPanel() {
  return null;
}
