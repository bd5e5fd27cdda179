/**
 * Keeping the user's datasets on this device: IndexedDB through idb. A summary store lists them
 * (name, date, counts) without reading every dataset; a second store holds each dataset, and two
 * small ones its positions (dragged nodes included) and its last view (the query string), so that
 * a drag or a change of view writes only those, not the whole dataset again. Every function
 * resolves, never rejects: storage that is missing, blocked or full is a `{ ok: false }` the UI
 * turns into a notice, and the app goes on without it.
 *
 * A dataset is stored as its JSON text in a Blob: IndexedDB copies a Blob by reference, where
 * the object itself took a structured clone of every node and edge on the page's thread (most of
 * a second at 5,000 nodes and 20,000 edges). The loading Worker, which holds the dataset anyway,
 * writes that text; the page stores it, so that storage refused or full is still the page's own
 * to tell.
 */
import type { IDBPDatabase } from 'idb';
import type { Dataset } from '../data/schema';
import type { Positions } from '../graph/elements';

export type StoredSummary = { id: string; name: string; savedAt: string; nodes: number; edges: number };
export type StoredDataset = StoredSummary & { dataset: Dataset; positions: Positions | null; view: string };
export type KeepFailure = { ok: false; reason: 'unavailable' | 'full' };
export type KeepResult<T> = { ok: true; value: T } | KeepFailure;

const DB_NAME = 'samverkan';
/**
 * 2: positions and views in stores of their own (a dataset stored by version 1 keeps its own).
 * 3: a dataset is its JSON text in a Blob (`json`); records stored before hold the object
 * (`dataset`) and are read as they are. The stores are those of version 2: the version changes so
 * that a page of an earlier version, which could not read the new records, does not open them.
 */
const DB_VERSION = 3;
const SUMMARIES = 'summaries';
const DATASETS = 'datasets';
/** Keyed by the dataset's id (out-of-line keys), each value the thing itself. */
const POSITIONS = 'positions';
const VIEWS = 'views';
const ALL = [SUMMARIES, DATASETS, POSITIONS, VIEWS];
/** The last dataset in use, restored when the app is opened again without a link. */
export const LAST_KEY = 'samverkan.data';

let dbPromise: Promise<IDBPDatabase> | null = null;

function database(): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined' || indexedDB === null)
    return Promise.reject(new Error('no IndexedDB'));
  // idb is fetched with the first use of storage: a first visit with nothing stored needs none
  dbPromise ??= import('idb')
    .then(({ openDB }) =>
      openDB(DB_NAME, DB_VERSION, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            db.createObjectStore(SUMMARIES, { keyPath: 'id' });
            db.createObjectStore(DATASETS, { keyPath: 'id' });
          }
          if (oldVersion < 2) {
            db.createObjectStore(POSITIONS);
            db.createObjectStore(VIEWS);
          }
        },
        // another tab opening a newer version: let it
        blocking(_current, _next, event) {
          (event.target as IDBDatabase).close();
          dbPromise = null;
        },
      }),
    )
    .catch((e: unknown) => {
      dbPromise = null;
      throw e;
    });
  return dbPromise;
}

function failure(e: unknown): KeepFailure {
  const name =
    e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e)
      ? String((e as { name: unknown }).name)
      : '';
  return { ok: false, reason: name === 'QuotaExceededError' ? 'full' : 'unavailable' };
}

async function attempt<T>(run: (db: IDBPDatabase) => Promise<T>): Promise<KeepResult<T>> {
  try {
    return { ok: true, value: await run(await database()) };
  } catch (e) {
    return failure(e);
  }
}

/** A short id for links (`?data=…`): lower-case letters and digits. */
function newId(): string {
  return `d${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** A dataset as it is stored: its JSON text, in a Blob. */
export function datasetJson(dataset: Dataset): Blob {
  return new Blob([JSON.stringify(dataset)], { type: 'application/json' });
}

/** A record as stored: version 1 kept the positions and the view in it, 1 and 2 the dataset object. */
export type DatasetRecord = StoredSummary &
  ({ json: Blob } | { dataset: Dataset }) & { positions?: Positions | null; view?: string };

/** The record of a dataset to store (`json`: its stored form, if made already). */
export function toRecord(summary: StoredSummary, dataset: Dataset, json?: Blob | null): DatasetRecord {
  return { ...summary, json: json ?? datasetJson(dataset) };
}

/**
 * The dataset of a record, of any version. Not yet validated: the app validates a stored dataset
 * before it uses it (see boot.tsx and the Data panel).
 */
export async function datasetOf(record: DatasetRecord): Promise<Dataset> {
  if ('json' in record) return JSON.parse(await record.json.text()) as Dataset;
  return record.dataset;
}

/**
 * Stores a dataset with its positions and view. `json` is its stored form (`datasetJson`) when
 * the loading Worker made it; without, it is made here.
 */
export function saveDataset(entry: {
  name: string;
  dataset: Dataset;
  positions: Positions | null;
  view: string;
  json?: Blob | null;
}): Promise<KeepResult<StoredSummary>> {
  return attempt(async (db) => {
    const summary: StoredSummary = {
      id: newId(),
      name: entry.name,
      savedAt: new Date().toISOString(),
      nodes: entry.dataset.nodes.length,
      edges: entry.dataset.edges.length,
    };
    const tx = db.transaction(ALL, 'readwrite');
    await Promise.all([
      tx.objectStore(DATASETS).put(toRecord(summary, entry.dataset, entry.json)),
      tx.objectStore(SUMMARIES).put(summary),
      entry.positions ? tx.objectStore(POSITIONS).put(entry.positions, summary.id) : null,
      tx.objectStore(VIEWS).put(entry.view, summary.id),
      tx.done,
    ]);
    return summary;
  });
}

/** The stored datasets, newest first. */
export function listDatasets(): Promise<KeepResult<StoredSummary[]>> {
  return attempt(async (db) => {
    const all = (await db.getAll(SUMMARIES)) as StoredSummary[];
    return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  });
}

export function getDataset(id: string): Promise<KeepResult<StoredDataset | null>> {
  return attempt(async (db) => {
    const tx = db.transaction([DATASETS, POSITIONS, VIEWS]);
    const [record, positions, view] = await Promise.all([
      tx.objectStore(DATASETS).get(id) as Promise<DatasetRecord | undefined>,
      tx.objectStore(POSITIONS).get(id) as Promise<Positions | undefined>,
      tx.objectStore(VIEWS).get(id) as Promise<string | undefined>,
    ]);
    if (!record) return null;
    return {
      id: record.id,
      name: record.name,
      savedAt: record.savedAt,
      nodes: record.nodes,
      edges: record.edges,
      dataset: await datasetOf(record),
      positions: positions ?? record.positions ?? null,
      view: view ?? record.view ?? '',
    };
  });
}

export function deleteDataset(id: string): Promise<KeepResult<void>> {
  return attempt(async (db) => {
    const tx = db.transaction(ALL, 'readwrite');
    await Promise.all([...ALL.map((name) => tx.objectStore(name).delete(id)), tx.done]);
  });
}

/**
 * Updates the positions or the view of a stored dataset (nothing when it is no longer stored),
 * writing only those: the dataset itself is neither read nor written again.
 */
export function updateStored(
  id: string,
  patch: { positions?: Positions; view?: string },
): Promise<KeepResult<void>> {
  return attempt(async (db) => {
    const tx = db.transaction([SUMMARIES, POSITIONS, VIEWS], 'readwrite');
    if ((await tx.objectStore(SUMMARIES).getKey(id)) !== undefined) {
      if (patch.positions) await tx.objectStore(POSITIONS).put(patch.positions, id);
      if (patch.view !== undefined) await tx.objectStore(VIEWS).put(patch.view, id);
    }
    await tx.done;
  });
}

export function rememberLast(id: string | null): void {
  try {
    if (id) localStorage.setItem(LAST_KEY, id);
    else localStorage.removeItem(LAST_KEY);
  } catch {
    // storage may be unavailable; the link still carries the dataset's id
  }
}

function lastId(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

/** Within `ms`, or null: storage that hangs (a blocked database) must not hold up the start. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

export type Restored = {
  stored: StoredDataset | null;
  notice: 'missing' | 'restoreFailed' | null;
  fromLink: boolean;
};

/**
 * The stored dataset to start with: the one a link names (`?data=…`), or, when the app is opened
 * without a view in its address, the one last in use on this device. Never rejects.
 */
export async function restoreStored(search: string): Promise<Restored> {
  const q = new URLSearchParams(search);
  const linked = q.get('data');
  const bare = [...q.keys()].every((k) => k === 'lang');
  const id = linked ?? (bare ? lastId() : null);
  if (!id) return { stored: null, notice: null, fromLink: false };
  const result = await within(getDataset(id), 3000);
  if (result?.ok && result.value) return { stored: result.value, notice: null, fromLink: linked !== null };
  if (!linked) {
    // the last dataset was deleted or storage is gone: start quietly with the built-in one
    if (result?.ok) rememberLast(null);
    return { stored: null, notice: null, fromLink: false };
  }
  return { stored: null, notice: result?.ok ? 'missing' : 'restoreFailed', fromLink: true };
}
