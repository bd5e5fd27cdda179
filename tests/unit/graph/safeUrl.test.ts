import { describe, expect, it } from 'vitest';
import { linkHost, safeHref } from '../../../src/graph/safeUrl';

describe('safeHref', () => {
  it('keeps http and https addresses, in any case, normalised', () => {
    expect(safeHref('https://polisen.se/om-polisen/')).toBe('https://polisen.se/om-polisen/');
    expect(safeHref('http://example.org/a?b=c#d')).toBe('http://example.org/a?b=c#d');
    expect(safeHref('HTTPS://Example.ORG/Page')).toBe('https://example.org/Page');
    expect(safeHref('  https://example.org/  ')).toBe('https://example.org/');
  });

  it('writes an international domain name the way the browser sends it', () => {
    expect(safeHref('https://säpo.se/om-sakerhetspolisen/samarbete-med-andra.html')).toBe(
      'https://xn--spo-qla.se/om-sakerhetspolisen/samarbete-med-andra.html',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' jAvAsCrIpT:alert(1)',
    'java\tscript:alert(1)',
    'javascript://example.org/%0Aalert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '/relative/path',
    'relative/path',
    '../up',
    '//example.org/protocol-relative',
    '#fragment',
    'https:example.org',
    'https:/example.org',
    'http://',
    'https:// example.org',
    '',
    '   ',
  ])('refuses %j', (value) => {
    expect(safeHref(value)).toBeNull();
  });

  it('refuses what is not text', () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref(42)).toBeNull();
    expect(safeHref({ href: 'https://example.org' })).toBeNull();
  });
});

describe('linkHost', () => {
  it('names the host without www, and nothing for an address that is not a link', () => {
    expect(linkHost('https://www.polisen.se/en/')).toBe('polisen.se');
    expect(linkHost('javascript:alert(1)')).toBeNull();
  });
});
