/**
 * Keyboard shortcuts written in Electron's accelerator syntax (`CmdOrCtrl+Shift+L`), so the
 * native menu and the page read the same string. Pure functions over a key press's fields: no
 * DOM types, the renderer passes its KeyboardEvent in.
 */

/** The fields of a key press the matcher reads (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

interface ParsedShortcut {
  readonly mod: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  /** The key part as written: `K`, `1`, `,`, `F6`, `?`. */
  readonly key: string;
}

function parse(shortcut: string): ParsedShortcut {
  // `+` itself is never a key here, so splitting on it is safe.
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const has = (name: string) => parts.includes(name);
  return { mod: has('CmdOrCtrl'), alt: has('Alt'), shift: has('Shift'), key };
}

/** The physical key a shortcut names: letters and digits by position, so Option+H on a Mac still matches. */
function codeOf(key: string): string | null {
  if (/^[A-Z]$/.test(key)) return `Key${key}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  if (key === ',') return 'Comma';
  if (key === '.') return 'Period';
  return null;
}

/**
 * True when the key press is the shortcut. `CmdOrCtrl` is ⌘ on a Mac and Ctrl elsewhere; the
 * other of the two must not be held. A printable symbol such as `?` matches the character typed
 * (whatever Shift it took on this keyboard) with no Ctrl, ⌘ or Alt.
 */
export function matchesShortcut(press: KeyPress, shortcut: string, isMac: boolean): boolean {
  const wanted = parse(shortcut);
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const other = isMac ? press.ctrlKey : press.metaKey;
  if (mod !== wanted.mod || other || press.altKey !== wanted.alt) return false;
  const code = codeOf(wanted.key);
  if (code) return press.code === code && press.shiftKey === wanted.shift;
  if (/^F\d{1,2}$/.test(wanted.key)) return press.key === wanted.key && press.shiftKey === wanted.shift;
  return press.key === wanted.key;
}

/** How a shortcut is shown: `Ctrl+Shift+L` on Windows and Linux, `⇧⌘L` on a Mac. */
export function formatShortcut(shortcut: string, isMac: boolean): string {
  const { mod, alt, shift, key } = parse(shortcut);
  if (isMac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}${key}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', key].filter(Boolean).join('+');
}

/** The `aria-keyshortcuts` value (WAI-ARIA spells modifiers `Control`, `Meta`, `Alt`, `Shift`). */
export function ariaKeyShortcuts(shortcut: string, isMac: boolean): string {
  const { mod, alt, shift, key } = parse(shortcut);
  return [mod && (isMac ? 'Meta' : 'Control'), alt && 'Alt', shift && 'Shift', key].filter(Boolean).join('+');
}
