import { BrowserWindow, Menu } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../app/ipc/contract';
import type { Service } from '../services/service';
import { buildMenuTemplate } from './menuTemplate';

/** Installs the application menu; its commands go to the focused window (or the main one). */
export function createMenuService(options: { readonly mainWindow: () => BrowserWindow }): Service {
  return {
    start() {
      const template = buildMenuTemplate({
        platform: process.platform,
        send: (command) => {
          const window = BrowserWindow.getFocusedWindow() ?? options.mainWindow();
          window.webContents.send(MENU_COMMAND_CHANNEL, command);
        },
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    },
    dispose() {
      Menu.setApplicationMenu(null);
    },
  };
}
