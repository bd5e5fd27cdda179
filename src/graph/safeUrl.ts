/**
 * The one rule for turning an address from a dataset into a link. A dataset may come from anyone,
 * so only web addresses (`http:` and `https:`) become links; anything else (`javascript:`,
 * `data:`, `vbscript:`, relative paths, protocol-relative `//host`) is shown as plain text.
 */

/** The address as a link target (normalised by the URL parser), or null when it must not be one. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // the scheme is checked on the text itself, before any parser could repair or reinterpret it
  if (!/^https?:\/\/[^/\s]/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return url.href;
}

/** The host name to show for a web address (without a leading "www."), or null. */
export function linkHost(value: unknown): string | null {
  const href = safeHref(value);
  if (!href) return null;
  const host = new URL(href).hostname.replace(/^www\./, '');
  return host;
}
