import { useMemo } from 'react';
import { ariaKeyShortcuts, commandsOfMenu, formatShortcut, MENUS, type CommandId } from '../../../app/commands';
import { electronBridge } from '../../platform/bridge';
import { MenuBar, type MenuBarMenu } from '../../ui/MenuBar';
import { isMac } from '../../platform/isMac';
import { runCommand } from '../shortcuts/runCommand';

/**
 * The web build's menu bar: File, Edit, View, Help, built from the same command table as the
 * desktop app's native menu, whose place it takes (so the desktop app does not render it).
 */
export function AppMenuBar() {
  const menus = useMemo<MenuBarMenu[]>(() => {
    const mac = isMac();
    return MENUS.map((menu) => ({
      name: menu,
      items: commandsOfMenu(menu).map((command, index) => ({
        id: command.id,
        label: command.id === 'undo' || command.id === 'redo' ? `${command.label} in memo` : command.label,
        shortcutText: command.shortcut ? formatShortcut(command.shortcut, mac) : undefined,
        ariaKeyShortcuts: command.shortcut && command.shortcut !== '?' ? ariaKeyShortcuts(command.shortcut, mac) : undefined,
        groupStart: index > 0 && command.groupStart,
      })),
    }));
  }, []);
  if (electronBridge()) return null;
  return <MenuBar label="Application" menus={menus} onSelect={(item) => runCommand(item.id as CommandId)} />;
}
