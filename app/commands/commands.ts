/**
 * The notebook's commands: one table that the Electron application menu (main/menu), the web
 * build's menu bar, the command palette and the keyboard shortcuts are all built from, so a
 * command has one name, one shortcut and one place it is handled, whichever way it is invoked.
 * Running a command is the same everywhere: the page receives the DOM event
 * `margin:<command id>` (app/ipc/contract.ts), and the part of the UI that owns the action
 * listens for it.
 */

/** The menus of the menu bar, in order. */
export const MENUS = ['File', 'Edit', 'View', 'Help'] as const;
export type MenuName = (typeof MENUS)[number];

export interface CommandSpec {
  readonly id: string;
  /** The label in menus and the palette, in the analyst's words ("…" when it asks for more). */
  readonly label: string;
  readonly menu: MenuName;
  /**
   * Electron accelerator syntax (`CmdOrCtrl+Shift+L`, `F6`, `?`). Electron binds it in the native
   * menu; the page binds it in the web build.
   */
  readonly shortcut?: string;
  /** Extra words the palette matches ("dark light appearance"). */
  readonly keywords?: string;
  /** Starts a new group in its menu (a separator before it). */
  readonly groupStart?: boolean;
  /**
   * Edit menu entries that Electron serves with its native roles (they act on whichever field has
   * focus); the web menu bar sends them to the memo editor.
   */
  readonly electronRole?: 'undo' | 'redo';
}

export const COMMANDS = [
  { id: 'import-sources', label: 'Import sources…', menu: 'File', shortcut: 'CmdOrCtrl+O', keywords: 'add open files articles' },
  { id: 'new-memo', label: 'New memo', menu: 'File', shortcut: 'CmdOrCtrl+Alt+N', keywords: 'create write document' },
  { id: 'export-memo', label: 'Export memo…', menu: 'File', shortcut: 'CmdOrCtrl+E', keywords: 'save markdown html word pdf download' },
  { id: 'backup-notebook', label: 'Back up notebook…', menu: 'File', groupStart: true, keywords: 'backup save copy' },
  { id: 'restore-notebook', label: 'Restore notebook…', menu: 'File', keywords: 'backup load' },
  { id: 'open-settings', label: 'Settings…', menu: 'File', shortcut: 'CmdOrCtrl+,', groupStart: true, keywords: 'preferences options theme citation style' },
  { id: 'undo', label: 'Undo', menu: 'Edit', shortcut: 'CmdOrCtrl+Z', electronRole: 'undo', keywords: 'memo' },
  { id: 'redo', label: 'Redo', menu: 'Edit', shortcut: 'CmdOrCtrl+Shift+Z', electronRole: 'redo', keywords: 'memo' },
  { id: 'command-palette', label: 'Command palette…', menu: 'View', shortcut: 'CmdOrCtrl+K', keywords: 'find go to' },
  { id: 'toggle-theme', label: 'Toggle dark theme', menu: 'View', shortcut: 'CmdOrCtrl+Shift+L', groupStart: true, keywords: 'light dark appearance colours night' },
  { id: 'focus-sources', label: 'Go to sources', menu: 'View', shortcut: 'CmdOrCtrl+1', groupStart: true, keywords: 'pane list focus' },
  { id: 'focus-reader', label: 'Go to Reader', menu: 'View', shortcut: 'CmdOrCtrl+2', keywords: 'pane article text focus' },
  { id: 'focus-memo', label: 'Go to memo', menu: 'View', shortcut: 'CmdOrCtrl+3', keywords: 'pane editor focus' },
  { id: 'next-pane', label: 'Next pane', menu: 'View', shortcut: 'F6', keywords: 'focus cycle' },
  { id: 'previous-pane', label: 'Previous pane', menu: 'View', shortcut: 'Shift+F6', keywords: 'focus cycle' },
  { id: 'reset-panes', label: 'Reset pane sizes', menu: 'View', keywords: 'layout width columns' },
  { id: 'show-shortcuts', label: 'Keyboard shortcuts', menu: 'Help', shortcut: '?', keywords: 'keys hotkeys help' },
  { id: 'show-welcome', label: 'Welcome', menu: 'Help', keywords: 'introduction sample articles start' },
  { id: 'about', label: 'About Margin', menu: 'Help', keywords: 'version' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** Every command id, in menu order. */
export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((command) => command.id);

/** A command's entry in the table. */
export function commandById(id: CommandId): CommandSpec {
  return COMMANDS.find((command) => command.id === id)!;
}

/** The commands of one menu, in order. */
export function commandsOfMenu(menu: MenuName): readonly CommandSpec[] {
  return COMMANDS.filter((command) => command.menu === menu);
}
