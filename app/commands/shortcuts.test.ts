import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS, commandsOfMenu, type MenuName } from './commands';
import { ariaKeyShortcuts, formatShortcut, matchesShortcut, type KeyPress } from './shortcuts';

const press = (fields: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...fields,
});

describe('matchesShortcut', () => {
  it('reads CmdOrCtrl as Ctrl on Windows and Linux and ⌘ on a Mac', () => {
    const ctrlK = press({ key: 'k', code: 'KeyK', ctrlKey: true });
    const cmdK = press({ key: 'k', code: 'KeyK', metaKey: true });
    expect(matchesShortcut(ctrlK, 'CmdOrCtrl+K', false)).toBe(true);
    expect(matchesShortcut(cmdK, 'CmdOrCtrl+K', false)).toBe(false);
    expect(matchesShortcut(cmdK, 'CmdOrCtrl+K', true)).toBe(true);
    expect(matchesShortcut(ctrlK, 'CmdOrCtrl+K', true)).toBe(false);
  });

  it('wants exactly the modifiers written', () => {
    expect(matchesShortcut(press({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+L', false)).toBe(true);
    expect(matchesShortcut(press({ key: 'l', code: 'KeyL', ctrlKey: true }), 'CmdOrCtrl+Shift+L', false)).toBe(false);
    expect(matchesShortcut(press({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }), 'CmdOrCtrl+1', false)).toBe(false);
  });

  it('matches letters by physical key, so Option combinations on a Mac still count', () => {
    expect(matchesShortcut(press({ key: '˜', code: 'KeyN', metaKey: true, altKey: true }), 'CmdOrCtrl+Alt+N', true)).toBe(true);
  });

  it('matches function keys with and without Shift', () => {
    expect(matchesShortcut(press({ key: 'F6', code: 'F6' }), 'F6', false)).toBe(true);
    expect(matchesShortcut(press({ key: 'F6', code: 'F6', shiftKey: true }), 'F6', false)).toBe(false);
    expect(matchesShortcut(press({ key: 'F6', code: 'F6', shiftKey: true }), 'Shift+F6', false)).toBe(true);
  });

  it('matches "?" by the character typed, whatever the keyboard layout needs for it', () => {
    expect(matchesShortcut(press({ key: '?', code: 'Slash', shiftKey: true }), '?', false)).toBe(true);
    expect(matchesShortcut(press({ key: '?', code: 'Minus', shiftKey: true }), '?', false)).toBe(true);
    expect(matchesShortcut(press({ key: '?', code: 'Slash', ctrlKey: true, shiftKey: true }), '?', false)).toBe(false);
  });
});

describe('formatting shortcuts', () => {
  it('shows them the way each platform writes them', () => {
    expect(formatShortcut('CmdOrCtrl+Shift+L', false)).toBe('Ctrl+Shift+L');
    expect(formatShortcut('CmdOrCtrl+Shift+L', true)).toBe('⇧⌘L');
    expect(formatShortcut('CmdOrCtrl+Alt+N', true)).toBe('⌥⌘N');
    expect(formatShortcut('F6', false)).toBe('F6');
  });

  it('gives aria-keyshortcuts values in WAI-ARIA spelling', () => {
    expect(ariaKeyShortcuts('CmdOrCtrl+K', false)).toBe('Control+K');
    expect(ariaKeyShortcuts('CmdOrCtrl+K', true)).toBe('Meta+K');
    expect(ariaKeyShortcuts('Shift+F6', false)).toBe('Shift+F6');
  });
});

describe('the command table', () => {
  it('gives every command a unique id and a unique shortcut', () => {
    expect(new Set(COMMAND_IDS).size).toBe(COMMANDS.length);
    const shortcuts = COMMANDS.flatMap((command) => ('shortcut' in command ? [command.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('offers what an analyst expects in each menu', () => {
    const labels = (menu: MenuName) => commandsOfMenu(menu).map((command) => command.label);
    expect(labels('File')).toEqual(expect.arrayContaining(['Import sources…', 'Export memo…', 'Back up notebook…', 'New memo']));
    expect(labels('Edit')).toEqual(['Undo', 'Redo']);
    expect(labels('View')).toEqual(expect.arrayContaining(['Toggle dark theme', 'Reset pane sizes', 'Go to Reader']));
    expect(labels('Help')).toEqual(expect.arrayContaining(['Keyboard shortcuts', 'About Margin']));
  });
});
