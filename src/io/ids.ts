/** Ids in the format's form (kebab-case ASCII) made from whatever a file uses as ids or names. */

const SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

/** "Säkerhetspolisen (Säpo)" → "sakerhetspolisen-sapo"; "" when nothing usable is left. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øæœßđłþ]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Hands out unique ids: the slug of the text, or `fallback`, with -2, -3… when taken. */
export class IdMaker {
  private taken = new Set<string>();
  make(text: string, fallback: string): string {
    const base = slugify(text) || fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
