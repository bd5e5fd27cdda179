import { describe, expect, it } from 'vitest';
import { graphShortcutFor, isOwnKeyTarget, LISTED_SHORTCUTS, shortcutFor } from '../../src/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

const onGraph = (k: string) => graphShortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false });

describe('shortcut keys', () => {
  it('the graph and the page accept the same keys for what both do', () => {
    for (const k of ['+', '=', '-', '−', '_', '0']) expect(onGraph(k), k).toBe(key(k));
    expect(['ArrowUp', 'ArrowLeft', 'Enter', ' ', 'Escape', '/', '?', 'f'].map(onGraph)).toEqual([
      'move',
      'move',
      'open',
      'open',
      'deselect',
      null,
      null,
      null,
    ]);
    expect(graphShortcutFor({ key: '+', ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
  });

  it('the help dialog lists every shortcut of the page, with keys that mean it', () => {
    const shown: Record<string, string> = {
      '→': 'ArrowRight',
      '←': 'ArrowLeft',
      PgDn: 'PageDown',
      PgUp: 'PageUp',
      Esc: 'Escape',
    };
    expect(LISTED_SHORTCUTS.map((s) => s.name)).toEqual([
      'next',
      'previous',
      'fullscreen',
      'zoomIn',
      'zoomOut',
      'fit',
      'search',
      'help',
      'leave',
    ]);
    for (const s of LISTED_SHORTCUTS) for (const k of s.shown) expect(key(shown[k] ?? k), k).toBe(s.name);
  });

  it('maps the documented keys, and leaves modified keys to the browser', () => {
    expect(
      ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'f', 'F', '+', '=', '-', '0', '/', '?', 'Escape'].map(
        (k) => key(k),
      ),
    ).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'fullscreen',
      'fullscreen',
      'zoomIn',
      'zoomIn',
      'zoomOut',
      'fit',
      'search',
      'help',
      'leave',
    ]);
    expect(key('+', { ctrlKey: true })).toBeNull();
    expect(key('f', { metaKey: true })).toBeNull();
    expect(key('a')).toBeNull();
  });

  it('stays quiet while typing, and leaves the arrow keys to widgets that use them', () => {
    document.body.innerHTML = `
      <input id="text" /><input id="radio" type="radio" /><select id="sel"></select><textarea id="area"></textarea>
      <div id="edit" contenteditable="true"></div>
      <div role="application"><div id="graph" tabindex="0"></div></div>
      <div role="combobox"><span id="combo"></span></div>
      <button id="button">b</button>`;
    const el = (id: string) => document.getElementById(id);
    for (const id of ['text', 'radio', 'sel', 'area', 'combo']) {
      expect(isOwnKeyTarget(el(id), 'f'), id).toBe(true);
      expect(isOwnKeyTarget(el(id), 'ArrowRight'), id).toBe(true);
    }
    // jsdom does not compute isContentEditable; the attribute is what browsers read
    expect(isOwnKeyTarget(el('graph'), 'ArrowRight')).toBe(true);
    expect(isOwnKeyTarget(el('graph'), 'PageDown')).toBe(false);
    expect(isOwnKeyTarget(el('graph'), 'f')).toBe(false);
    expect(isOwnKeyTarget(el('button'), 'ArrowRight')).toBe(false);
    expect(isOwnKeyTarget(document.body, '?')).toBe(false);
    expect(isOwnKeyTarget(null, '?')).toBe(false);
  });
});
