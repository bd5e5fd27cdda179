/** What the import tests share: a file from text, the XML implementation Node lacks, a validated dataset. */
import { DOMParser } from '@xmldom/xmldom';
import type { InputFile } from '../../../src/io';
import type { XmlImpl } from '../../../src/io/xml';
import type { Dataset } from '../../../src/data/schema';
import { validateDataset } from '../../../src/data/validate';

export const text = (name: string, body: string): InputFile => ({
  name,
  bytes: new TextEncoder().encode(body),
});

const xmldomDocument = Object.getPrototypeOf(
  new DOMParser().parseFromString('<a/>', 'application/xml'),
).constructor;
export const xml: XmlImpl = {
  DOMParser: DOMParser as unknown as XmlImpl['DOMParser'],
  Document: xmldomDocument,
};

/** `input` validated, or the test stops with the validator's problems. */
export const checked = (input: unknown): Dataset => {
  const r = validateDataset(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.dataset;
};
