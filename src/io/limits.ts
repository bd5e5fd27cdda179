/** How much one import may read: beyond these the file is refused with a message, not read slowly. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Rows (or XML elements) of nodes and edges together. */
export const MAX_ROWS = 100_000;
/** Rows shown in the mapping step's preview. */
export const PREVIEW_ROWS = 5;
