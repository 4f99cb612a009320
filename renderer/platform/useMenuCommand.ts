import { useLayoutEffect, useRef } from 'react';
import { menuCommandEventName, type MenuCommand } from '../../app/ipc/contract';

/**
 * Runs `handler` when the desktop app's menu sends `command` (the preload turns the IPC message
 * into a window event). In the web build no such event arrives and this does nothing.
 */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  // Layout effects: bound before the first frame is painted, so a command sent as soon as the
  // window shows (a shortcut pressed at once) finds its handler.
  useLayoutEffect(() => {
    latest.current = handler;
  }, [handler]);
  useLayoutEffect(() => {
    const name = menuCommandEventName(command);
    const listener = () => latest.current();
    window.addEventListener(name, listener);
    return () => window.removeEventListener(name, listener);
  }, [command]);
}
