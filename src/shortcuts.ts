/**
 * The keyboard shortcuts, declared once: the page's handler (src/components/learn/useShortcutKeys.ts),
 * the graph's (src/cy/controllers/keyboard.ts) and the help dialog's list all read SHORTCUTS. Also
 * which key presses belong to the control that has focus rather than to the app. Pure over the
 * event and its target, so it is unit-tested without a browser.
 */
import type { ParseKeys } from 'i18next';

export type ShortcutInfo = {
  /** The `KeyboardEvent.key` values that mean it (with Shift or not; never with Ctrl, Cmd or Alt). */
  keys: readonly string[];
  /** The keys as the help dialog writes them; `null`: not listed there (the graph's own keys). */
  shown: readonly string[] | null;
  /** What it does, in the help dialog. */
  label?: ParseKeys;
  /** `page`: anywhere outside a field (one listener on the window); `graph`: while the graph has focus. */
  scope: readonly ('page' | 'graph')[];
};

/** Every shortcut, in the help dialog's order. */
export const SHORTCUTS = {
  next: { keys: ['ArrowRight', 'PageDown'], shown: ['→', 'PgDn'], label: 'learn.help.next', scope: ['page'] },
  previous: {
    keys: ['ArrowLeft', 'PageUp'],
    shown: ['←', 'PgUp'],
    label: 'learn.help.previous',
    scope: ['page'],
  },
  fullscreen: { keys: ['f', 'F'], shown: ['F'], label: 'learn.help.fullscreen', scope: ['page'] },
  zoomIn: { keys: ['+', '='], shown: ['+'], label: 'learn.help.zoomIn', scope: ['page', 'graph'] },
  zoomOut: { keys: ['-', '−', '_'], shown: ['−'], label: 'learn.help.zoomOut', scope: ['page', 'graph'] },
  fit: { keys: ['0'], shown: ['0'], label: 'learn.help.fit', scope: ['page', 'graph'] },
  search: { keys: ['/'], shown: ['/'], label: 'learn.help.search', scope: ['page'] },
  help: { keys: ['?'], shown: ['?'], label: 'learn.help.help', scope: ['page'] },
  leave: { keys: ['Escape'], shown: ['Esc'], label: 'learn.help.leave', scope: ['page'] },
  /** The graph's own keys, described in its accessible description (common.graph.keys). */
  move: { keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'], shown: null, scope: ['graph'] },
  open: { keys: ['Enter', ' '], shown: null, scope: ['graph'] },
  deselect: { keys: ['Escape'], shown: null, scope: ['graph'] },
} as const satisfies Record<string, ShortcutInfo>;

export type ShortcutName = keyof typeof SHORTCUTS;
type Scope = ShortcutInfo['scope'][number];
export type PageShortcut = {
  [K in ShortcutName]: 'page' extends (typeof SHORTCUTS)[K]['scope'][number] ? K : never;
}[ShortcutName];
export type GraphShortcut = {
  [K in ShortcutName]: 'graph' extends (typeof SHORTCUTS)[K]['scope'][number] ? K : never;
}[ShortcutName];

const NAMES = Object.keys(SHORTCUTS) as ShortcutName[];
const inScope = (name: ShortcutName, scope: Scope) =>
  (SHORTCUTS[name].scope as readonly Scope[]).includes(scope);

/** The shortcuts the help dialog lists, in order, with their keys as shown. */
export const LISTED_SHORTCUTS = NAMES.flatMap((name) => {
  const s: ShortcutInfo = SHORTCUTS[name];
  return s.shown && s.label ? [{ name, shown: s.shown, label: s.label }] : [];
});

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** The shortcut of `scope` a key press means, or null (modifier keys other than Shift are left to the browser). */
function shortcutIn(e: KeyPress, scope: 'page'): PageShortcut | null;
function shortcutIn(e: KeyPress, scope: 'graph'): GraphShortcut | null;
function shortcutIn(e: KeyPress, scope: Scope): ShortcutName | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return (
    NAMES.find((n) => inScope(n, scope) && (SHORTCUTS[n].keys as readonly string[]).includes(e.key)) ?? null
  );
}

/** The page's shortcut a key press means, or null. */
export const shortcutFor = (e: KeyPress): PageShortcut | null => shortcutIn(e, 'page');
/** The graph's shortcut a key press on the focused graph means, or null. */
export const graphShortcutFor = (e: KeyPress): GraphShortcut | null => shortcutIn(e, 'graph');

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
