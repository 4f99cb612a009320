import type { MenuItemConstructorOptions } from 'electron';
import { commandsOfMenu, type CommandSpec, type MenuName } from '../../app/commands/commands';
import type { MenuCommand } from '../../app/ipc/contract';

/**
 * The application menu, built from the same command table (app/commands) as the web build's
 * menu bar and the command palette: File, Edit, View, Help — plus macOS's app and Window menus,
 * which the platform expects. Items that act on the notebook send their command to the page;
 * Edit's Undo/Redo and the clipboard, zoom, full screen and About are Electron roles, which act
 * on whatever has focus the way every desktop app's do.
 */
export function buildMenuTemplate(options: {
  readonly platform: NodeJS.Platform;
  readonly send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';

  const item = (command: CommandSpec): MenuItemConstructorOptions => {
    if (command.electronRole) return { role: command.electronRole };
    return {
      label: command.label,
      // '?' is typed, not an accelerator Electron can bind on every layout: the page handles it.
      ...(command.shortcut && command.shortcut !== '?' ? { accelerator: command.shortcut } : {}),
      click: () => options.send(command.id as MenuCommand),
    };
  };
  const itemsOf = (menu: MenuName, skip: readonly string[] = []): MenuItemConstructorOptions[] =>
    commandsOfMenu(menu)
      .filter((command) => !skip.includes(command.id))
      .flatMap((command, index) => [
        ...(command.groupStart && index > 0 ? [{ type: 'separator' } as const] : []),
        item(command),
      ]);

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [...itemsOf('File'), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      ...itemsOf('Edit'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...itemsOf('View'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    // The native About panel stands in for the page's About dialog.
    submenu: [...itemsOf('Help', ['about']), { type: 'separator' }, { role: 'about', label: 'About Margin' }],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}
