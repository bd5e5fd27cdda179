import { describe, expect, it } from 'vitest';
import { XML_REPLACEMENT, XmlWriter, xmlAttr, xmlSafe, xmlText } from '../../../src/graph/xml';
import { strictParse } from '../../helpers/xmlCheck';

const allowedControls = new Set([0x9, 0xa, 0xd]);
const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));

describe('xmlSafe', () => {
  it('replaces every C0 control XML 1.0 forbids, and keeps tab, line feed and carriage return', () => {
    for (const c of C0) {
      const code = c.charCodeAt(0);
      expect(xmlSafe(`a${c}b`), `U+${code.toString(16).padStart(4, '0')}`).toBe(
        allowedControls.has(code) ? `a${c}b` : `a${XML_REPLACEMENT}b`,
      );
    }
  });

  it('replaces U+FFFE, U+FFFF and lone surrogates, and keeps surrogate pairs', () => {
    expect(xmlSafe('\uFFFE\uFFFF')).toBe(XML_REPLACEMENT.repeat(2));
    expect(xmlSafe('x\uD800y')).toBe(`x${XML_REPLACEMENT}y`);
    expect(xmlSafe('x\uDC00y')).toBe(`x${XML_REPLACEMENT}y`);
    expect(xmlSafe('\uDC00\uD800')).toBe(XML_REPLACEMENT.repeat(2)); // reversed: not a pair
    expect(xmlSafe('end\uD83D')).toBe(`end${XML_REPLACEMENT}`);
    expect(xmlSafe('😀 åäö \uE000 \uFFFD')).toBe('😀 åäö \uE000 \uFFFD');
  });

  it('every C0 control, U+FFFE/U+FFFF and a lone surrogate in text and attributes parse strictly', () => {
    const nasty = `${C0.join('')}\uFFFE\uFFFF\uD800\uDFFF<&>"'`;
    const w = new XmlWriter().start('root', { value: nasty }).leaf('t', {}, nasty);
    const doc = strictParse(w.toString());
    const root = doc.documentElement;
    const expected = xmlSafe(nasty);
    // attributes keep tab and line breaks because they are written as references
    expect(root.getAttribute('value')).toBe(expected);
    expect(root.getElementsByTagName('t')[0]!.textContent).toBe(expected);
  });
});

describe('escaping', () => {
  it('escapes markup in text and quotes in attributes', () => {
    expect(xmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlAttr(`"it's"`)).toBe('&quot;it&apos;s&quot;');
    expect(xmlAttr('two\nlines\ttab')).toBe('two&#10;lines&#9;tab');
  });

  it('the writer nests, closes what is open and refuses a stray end', () => {
    const xml = new XmlWriter().start('a').start('b', { k: 1, skip: undefined }).leaf('c').toString();
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b k="1">\n    <c/>\n  </b>\n</a>\n');
    expect(() => new XmlWriter().end()).toThrow();
  });

  it('the strict check refuses what the writer never writes', () => {
    expect(() => strictParse('<?xml version="1.0" encoding="UTF-8"?>\n<a>\u0001</a>')).toThrow(/forbidden/);
    expect(() => strictParse('<?xml version="1.0" encoding="UTF-8"?>\n<a>&#1;</a>')).toThrow(/forbidden/);
    expect(() => strictParse('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a>')).toThrow();
  });
});
