import { describe, expect, it } from 'vitest';
import { isOwnKeyTarget, shortcutFor } from '../../../src/components/learn/keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('shortcut keys', () => {
  it('maps the documented keys, and leaves modified keys to the browser', () => {
    expect(
      ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'f', 'F', '+', '=', '-', '0', '?', 'Escape'].map(
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
