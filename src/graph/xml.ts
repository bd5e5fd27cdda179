/**
 * The one XML writer every XML export uses (GEXF, GraphML, SVG): escaping for text and
 * attributes, and removal of what XML 1.0 cannot hold at all. Any string from a dataset (a label
 * typed by a user, a file imported from elsewhere) may carry a control character or a lone
 * surrogate; written as it is, the file would not parse anywhere. Pure: strings in, strings out.
 */

/**
 * Characters outside XML 1.0's `Char` production: C0 controls other than tab, line feed and
 * carriage return; U+FFFE and U+FFFF; and UTF-16 surrogates that are not part of a pair.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a forbidden character becomes: the replacement character, so the loss stays visible. */
export const XML_REPLACEMENT = '\uFFFD';

/** The text with every character XML 1.0 forbids replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, XML_REPLACEMENT);
}

/** Text content: markup characters escaped; a carriage return kept as a reference (parsers drop a bare one). */
export function xmlText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * An attribute value (for double quotes): also quotes escaped, and tab and line breaks written
 * as references, since a parser turns literal ones into spaces (attribute-value normalisation).
 */
export function xmlAttr(value: string | number | boolean): string {
  return xmlText(String(value))
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** Kept for callers that escape one string for either place: the attribute form is safe in both. */
export const xmlEscape = xmlAttr;

export type XmlAttrs = Record<string, string | number | boolean | undefined>;

/** ` name="value"` for each defined attribute, in the order given. */
export function attrs(a: XmlAttrs): string {
  return Object.entries(a)
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(v)}"`)
    .join('');
}

/**
 * A small indenting writer for documents built element by element. Names are the writer's own
 * (never from data); every value and text goes through the escaping above.
 */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly open: string[] = [];

  private get indent() {
    return '  '.repeat(this.open.length);
  }

  /** Opens an element; close it with `end()`. */
  start(name: string, a: XmlAttrs = {}): this {
    this.lines.push(`${this.indent}<${name}${attrs(a)}>`);
    this.open.push(name);
    return this;
  }

  /** An element with no children, or with text content only. */
  leaf(name: string, a: XmlAttrs = {}, text?: string): this {
    this.lines.push(
      text === undefined
        ? `${this.indent}<${name}${attrs(a)}/>`
        : `${this.indent}<${name}${attrs(a)}>${xmlText(text)}</${name}>`,
    );
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter: end() without an open element');
    this.lines.push(`${this.indent}</${name}>`);
    return this;
  }

  /** The document; every element still open is closed. */
  toString(): string {
    while (this.open.length) this.end();
    return `${this.lines.join('\n')}\n`;
  }
}
