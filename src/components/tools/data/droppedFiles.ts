/**
 * Files dropped on the page while the Data tool is closed: the drop target opens the tool and
 * leaves the files here, and the Data panel reads them as it opens (as if dropped on it).
 */
let pending: File[] | null = null;

export function leaveDropped(files: File[]): void {
  pending = files;
}

/** The files left by a drop, once: a second call gets none. */
export function takeDropped(): File[] | null {
  const files = pending;
  pending = null;
  return files;
}
