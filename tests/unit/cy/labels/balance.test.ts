import { describe, expect, it } from 'vitest';
import { BALANCE_TOLERANCE, balancedWidth, wrapLines } from '../../../../src/cy/labels/balance';

/** Every character 10 units wide (a space too), as a monospaced face would be. */
const mono = (text: string) => text.length * 10;

describe('wrapping a name as Cytoscape does', () => {
  it('breaks greedily at spaces, each line with the space after its last word', () => {
    expect(wrapLines('Nationellt centrum för terrorhotbedömning', 230, mono)).toEqual([
      'Nationellt centrum för ',
      'terrorhotbedömning',
    ]);
    expect(wrapLines('Kort namn', 230, mono)).toEqual(['Kort namn']);
    expect(wrapLines('rad ett\nrad två', 230, mono)).toEqual(['rad ett', 'rad två']);
  });
});

describe('the balanced wrap width', () => {
  it('keeps a short word from standing alone on the last line', () => {
    const name = 'Samverkansrådet mot terrorism i Sverige för';
    const greedy = wrapLines(name, 400, mono);
    expect(greedy).toEqual(['Samverkansrådet mot terrorism i Sverige ', 'för']);
    const w = balancedWidth(name, 400, mono);
    const balanced = wrapLines(name, w, mono);
    expect(balanced).toHaveLength(greedy.length);
    expect(balanced.at(-1)!.trim().split(' ').length).toBeGreaterThan(1);
    const lengths = balanced.map((l) => l.trim().length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(10);
  });

  it('chooses lines that stay the same a little narrower or wider, as near the narrowest as that allows', () => {
    const name = 'Internationella enheten vid Nationella operativa avdelningen';
    const lines = wrapLines(name, 300, mono).length;
    const w = balancedWidth(name, 300, mono);
    const chosen = wrapLines(name, w, mono);
    expect(chosen).toHaveLength(lines);
    for (const k of [1 - BALANCE_TOLERANCE, 1 + BALANCE_TOLERANCE])
      expect(wrapLines(name, Math.floor(w * k), mono)).toEqual(chosen);
    let narrowest = 300;
    while (wrapLines(name, narrowest - 1, mono).length === lines) narrowest--;
    expect(w).toBeGreaterThanOrEqual(narrowest);
    expect(w).toBeLessThanOrEqual(300);
  });

  it('passes over an arrangement that a slightly different measure would change', () => {
    // the narrowest, 140, gives “Nordic” / “working groups”, and at 150 “Nordic working ” fits:
    // a measure 4 % off would change the lines, so the next arrangement is taken
    const name = 'Nordic working groups';
    const w = balancedWidth(name, 200, mono);
    expect(w).toBeGreaterThan(150);
    expect(wrapLines(name, w, mono)).toHaveLength(2);
    for (const k of [0.97, 1.03]) expect(wrapLines(name, w * k, mono)).toEqual(wrapLines(name, w, mono));
  });

  it('leaves a name on one line, and a single long word, at the widest', () => {
    expect(balancedWidth('Europol', 300, mono)).toBe(300);
    expect(balancedWidth('Säkerhetspolisenskontaktpunktsansvarig', 300, mono)).toBe(300);
  });
});
