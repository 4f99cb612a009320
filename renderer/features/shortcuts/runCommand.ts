import type { CommandId } from '../../../app/commands';
import { menuCommandEventName } from '../../../app/ipc/contract';

/**
 * Runs a command the way the Electron menu does: by sending the page the `margin:<id>` event.
 * Whatever owns the action listens with `useMenuCommand(id, …)`, so the menu bar, the palette,
 * a shortcut and the native menu all reach the same handler.
 */
export function runCommand(id: CommandId): void {
  window.dispatchEvent(new Event(menuCommandEventName(id)));
}


/** True when a key press should type, not run a shortcut: text fields, editors, selects. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}
