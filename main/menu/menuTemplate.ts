import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../app/ipc/contract';

/**
 * The application menu, kept small: File (Import sources, Export memo), Edit, View, Help — plus
 * macOS's app and Window menus, which the platform expects. Items that act on the notebook send
 * a command to the page; the rest are Electron roles.
 */
export function buildMenuTemplate(options: {
  readonly platform: NodeJS.Platform;
  readonly send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        label: 'Import sources…',
        accelerator: 'CmdOrCtrl+O',
        click: () => options.send('import-sources'),
      },
      {
        label: 'Export memo…',
        accelerator: 'CmdOrCtrl+E',
        click: () => options.send('export-memo'),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    { role: 'help', submenu: [{ role: 'about', label: 'About Margin' }] },
  ];
}
