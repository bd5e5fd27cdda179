/** Placeholder: being built (see the issue). */
export function QuizView() {
  return null;
}
