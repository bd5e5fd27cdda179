/**
 * A strict well-formedness check for the XML the exports write. xmldom reports syntax errors
 * (here thrown), but does not check characters, so the check also refuses any character, raw or
 * as a reference, that XML 1.0 forbids (what Chromium's and libxml2's parsers refuse).
 */
import { DOMParser } from '@xmldom/xmldom';

const FORBIDDEN_RAW =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function forbiddenReference(xml: string): string | null {
  for (const m of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
    const ok =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) return m[0];
  }
  return null;
}

export function strictParse(xml: string, type = 'application/xml'): Document {
  const raw = FORBIDDEN_RAW.exec(xml);
  if (raw) throw new Error(`forbidden character U+${raw[0].charCodeAt(0).toString(16)} at ${raw.index}`);
  const ref = forbiddenReference(xml);
  if (ref) throw new Error(`reference to a forbidden character: ${ref}`);
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) throw new Error('no XML declaration');
  const doc = new DOMParser({
    errorHandler: (level: string, msg: unknown) => {
      throw new Error(`${level}: ${String(msg)}`);
    },
  }).parseFromString(xml, type);
  if (!doc.documentElement) throw new Error('no root element');
  return doc as unknown as Document;
}
