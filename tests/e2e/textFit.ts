/**
 * Measuring text as a person reads it: whether an element's text is clipped (its content wider or
 * taller than its box), whether a line breaks inside a word (a cut without a hyphen), and whether
 * it reaches past the edge of the box that holds it. One list of defects per call, empty when
 * every text can be read whole.
 */
import type { Locator } from '@playwright/test';

/** What is wrong with the text of each element matched, read against `within` (its container). */
export async function textDefects(elements: Locator, within: Locator): Promise<string[]> {
  const box = await within.evaluate((c) => {
    const r = c.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
  return elements.evaluateAll((els, container) => {
    const out: string[] = [];
    for (const el of els as HTMLElement[]) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${text}: clipped (${el.scrollWidth} > ${el.clientWidth})`);
      const r = el.getBoundingClientRect();
      if (r.right > container.right + 0.5 || r.left < container.left - 0.5)
        out.push(`${text}: past the edge`);
      // lines: a break between two letters of a word is a cut
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let prev: { ch: string; top: number } | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const s = node.textContent ?? '';
        for (let i = 0; i < s.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          const ch = s[i]!;
          // a space that ends a line is drawn with no width: it still parts the words
          if (!rect || !rect.width) {
            if (prev && /\s/.test(ch)) prev = { ch, top: prev.top };
            continue;
          }
          if (
            prev &&
            rect.top > prev.top + 2 &&
            /\S/.test(prev.ch) &&
            /\S/.test(ch) &&
            !/[-–/]/.test(prev.ch)
          )
            out.push(`${text}: a line breaks inside a word ("${prev.ch}|${ch}")`);
          prev = { ch, top: rect.top };
        }
      }
    }
    return out;
  }, box);
}
