import { useLayoutEffect } from 'react';
import { COMMANDS, matchesShortcut, type CommandId } from '../../../app/commands';
import { electronBridge } from '../../platform/bridge';
import { isMac } from '../../platform/isMac';
import { isTypingTarget, runCommand } from './runCommand';

/**
 * Binds the command table's shortcuts in the page. In Electron the native menu binds them (its
 * accelerators), so only what it cannot bind — `?`, typed — is handled here. Undo and Redo are
 * never bound here: every text field and the memo editor already answer Ctrl+Z themselves.
 */
export function useGlobalShortcuts(): void {
  // Bound before the first frame is painted: a shortcut pressed as soon as the window shows
  // (the e2e suite's first key, 1 time in 20) was lost while passive effects had not run yet.
  useLayoutEffect(() => {
    const mac = isMac();
    const inElectron = electronBridge() !== null;
    const bound = COMMANDS.filter(
      (command): command is (typeof COMMANDS)[number] & { shortcut: string } =>
        'shortcut' in command && !('electronRole' in command) && (!inElectron || command.shortcut === '?'),
    );
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = bound.find((candidate) => matchesShortcut(event, candidate.shortcut, mac));
      if (!command) return;
      // Behind an open dialog the page is inert: only the palette's own shortcut (to close it) acts.
      if (command.id !== 'command-palette' && document.querySelector('dialog:modal')) return;
      // "?" is a character: typed into a field it is text, and inside a dialog it would stack a second one.
      if (command.shortcut === '?' && (isTypingTarget(event.target) || (event.target as Element | null)?.closest?.('dialog'))) return;
      event.preventDefault();
      runCommand(command.id as CommandId);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
