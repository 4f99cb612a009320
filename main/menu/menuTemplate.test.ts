import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menuTemplate';

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.map((item) => item.label ?? item.role ?? item.type ?? '?');
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help', () => {
    expect(labels(buildMenuTemplate({ platform: 'linux', send: vi.fn() }))).toEqual([
      'File',
      'editMenu',
      'viewMenu',
      'help',
    ]);
  });

  it('adds the app and Window menus macOS expects', () => {
    expect(labels(buildMenuTemplate({ platform: 'darwin', send: vi.fn() }))).toEqual([
      'appMenu',
      'File',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
  });

  it('sends Import sources and Export memo to the page', () => {
    const send = vi.fn();
    const [file] = buildMenuTemplate({ platform: 'linux', send });
    const items = file?.submenu as MenuItemConstructorOptions[];
    expect(labels(items)).toEqual(['Import sources…', 'Export memo…', 'separator', 'quit']);
    items[0]?.click?.({} as never, undefined, {} as never);
    items[1]?.click?.({} as never, undefined, {} as never);
    expect(send.mock.calls).toEqual([['import-sources'], ['export-memo']]);
  });
});
