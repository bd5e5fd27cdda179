/**
 * Which key presses are the app's shortcuts and which belong to the control that has focus.
 * Pure over the event's target, so it is unit-tested without a browser.
 */

/** Roles whose widgets take typing (every key is theirs). */
const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);
/** Roles whose widgets move with the arrow keys (the graph moves between nodes with them). */
const ARROW_ROLES = new Set([
  'listbox',
  'menu',
  'menubar',
  'radiogroup',
  'slider',
  'tablist',
  'tree',
  'grid',
  'treegrid',
  'application',
]);
const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/**
 * True when a key press belongs to what has focus rather than to the app: any key in a text
 * field, select or editable area; the arrow keys in a composite widget. Shortcuts then stay quiet.
 */
export function isOwnKeyTarget(target: EventTarget | null, key: string): boolean {
  if (!target || typeof (target as Element).getAttribute !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const role = node.getAttribute('role');
    if (role && TYPING_ROLES.has(role)) return true;
    if (role && ARROW_ROLES.has(role) && ARROWS.has(key)) return true;
  }
  return false;
}

export type Shortcut = 'next' | 'previous' | 'fullscreen' | 'zoomIn' | 'zoomOut' | 'fit' | 'help' | 'leave';

/** The shortcut a key press means, or null (modifier keys other than Shift are left to the browser). */
export function shortcutFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): Shortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '−':
      return 'zoomOut';
    case '0':
      return 'fit';
    case '?':
      return 'help';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
