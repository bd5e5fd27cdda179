/** Placeholder: being built (see the issue). */
export function TourPanel() {
  return null;
}
