import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menuTemplate';

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.map((item) => item.label ?? item.role ?? item.type ?? '?');
}

function submenu(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = items.find((item) => (item.label ?? item.role) === label);
  return menu?.submenu as MenuItemConstructorOptions[];
}

const click = (item: MenuItemConstructorOptions | undefined) => item?.click?.({} as never, undefined, {} as never);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help', () => {
    expect(labels(buildMenuTemplate({ platform: 'linux', send: vi.fn() }))).toEqual(['File', 'Edit', 'View', 'help']);
  });

  it('adds the app and Window menus macOS expects', () => {
    expect(labels(buildMenuTemplate({ platform: 'darwin', send: vi.fn() }))).toEqual([
      'appMenu',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('sends Import sources, Export memo and Back up notebook to the page', () => {
    const send = vi.fn();
    const file = submenu(buildMenuTemplate({ platform: 'linux', send }), 'File');
    expect(labels(file)).toEqual([
      'Import sources…',
      'New memo',
      'Export memo…',
      'separator',
      'Back up notebook…',
      'Restore notebook…',
      'separator',
      'Settings…',
      'separator',
      'quit',
    ]);
    for (const label of ['Import sources…', 'Export memo…', 'Back up notebook…']) click(file.find((item) => item.label === label));
    expect(send.mock.calls).toEqual([['import-sources'], ['export-memo'], ['backup-notebook']]);
  });

  it('binds the same shortcuts the page shows', () => {
    const file = submenu(buildMenuTemplate({ platform: 'linux', send: vi.fn() }), 'File');
    expect(file.find((item) => item.label === 'Import sources…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(file.find((item) => item.label === 'Export memo…')?.accelerator).toBe('CmdOrCtrl+E');
  });

  it('keeps native undo, redo and the clipboard in Edit', () => {
    const edit = submenu(buildMenuTemplate({ platform: 'linux', send: vi.fn() }), 'Edit');
    expect(labels(edit)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers theme, panes and the palette in View, shortcuts and About in Help', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({ platform: 'linux', send });
    const view = submenu(template, 'View');
    expect(labels(view)).toEqual(expect.arrayContaining(['Command palette…', 'Toggle dark theme', 'Go to Reader', 'Reset pane sizes']));
    click(view.find((item) => item.label === 'Toggle dark theme'));
    const help = submenu(template, 'help');
    expect(labels(help)).toEqual(['Keyboard shortcuts', 'Welcome', 'separator', 'About Margin']);
    expect(help.find((item) => item.label === 'Keyboard shortcuts')?.accelerator).toBeUndefined();
    click(help[0]);
    expect(send.mock.calls).toEqual([['toggle-theme'], ['show-shortcuts']]);
  });
});
