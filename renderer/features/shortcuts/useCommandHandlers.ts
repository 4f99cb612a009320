import { getNearestEditorFromDOMNode, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useEffect } from 'react';
import type { CommandId } from '../../../app/commands';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { useToast } from '../../ui/Toast';
import { focusPane } from '../layout/focusPane';
import { waitFor } from '../layout/waitFor';
import { findButton, pressButton } from './pressButton';

const MEMO_EDITOR = '[contenteditable="true"][aria-label="Memo"]';

/**
 * Commands carried out by pressing the button that already does it, and what to say when it is
 * not there. `ownerListens`: the component behind the button handles the command itself (the
 * export menu opens on `export-memo`), so only its absence needs saying.
 */
const BUTTON_COMMANDS = {
  'new-memo': { button: 'New memo', missing: 'A new memo cannot be started right now. Close the open dialog and try again.' },
  'export-memo': {
    button: 'Export memo',
    ownerListens: true,
    missing: 'There is no memo to export yet. Start one with New memo (File menu), cite a claim or two, then export.',
  },
  'backup-notebook': { button: 'Back up notebook', missing: 'Backing up is not available right now. Close the open dialog and try again.' },
  'restore-notebook': { button: 'Restore notebook', missing: 'Restoring is not available right now. Close the open dialog and try again.' },
} as const satisfies Partial<Record<CommandId, { readonly button: string; readonly missing: string; readonly ownerListens?: boolean }>>;

/**
 * The handlers of the commands that no single component owns: those that press an existing
 * button, Undo/Redo for the memo, and start-up of the memo just created. Also reports uncaught
 * errors as toasts that say what to do, instead of failing silently.
 */
export function useCommandHandlers(): void {
  const toast = useToast();

  const pressFor = (id: keyof typeof BUTTON_COMMANDS) => () => {
    const command: { readonly button: string; readonly missing: string; readonly ownerListens?: boolean } = BUTTON_COMMANDS[id];
    if (command.ownerListens) {
      if (!findButton(command.button)) toast.show(command.missing);
      return;
    }
    const editorBefore = document.querySelector(MEMO_EDITOR);
    if (!pressButton(command.button)) return toast.show(command.missing);
    // A new memo is for writing: put the caret in it once its editor is there.
    if (id === 'new-memo') {
      void waitFor(() => document.querySelector(MEMO_EDITOR) !== editorBefore && document.querySelector(MEMO_EDITOR)).then(() =>
        focusPane('memo'),
      );
    }
  };
  useMenuCommand('new-memo', pressFor('new-memo'));
  useMenuCommand('export-memo', pressFor('export-memo'));
  useMenuCommand('backup-notebook', pressFor('backup-notebook'));
  useMenuCommand('restore-notebook', pressFor('restore-notebook'));

  const history = (command: typeof UNDO_COMMAND | typeof REDO_COMMAND) => () => {
    const root = document.querySelector<HTMLElement>(MEMO_EDITOR);
    const editor = root && getNearestEditorFromDOMNode(root);
    if (!editor) return toast.show('Undo and Redo act on the memo, and no memo is open. Start one with New memo.');
    editor.dispatchCommand(command, undefined);
    root.focus({ preventScroll: true });
  };
  useMenuCommand('undo', history(UNDO_COMMAND));
  useMenuCommand('redo', history(REDO_COMMAND));

  useEffect(() => {
    const report = (reason: unknown) => {
      const message = reason instanceof Error ? reason.message : String(reason);
      // Chromium reports layout-loop warnings as errors; they are harmless and say nothing to an analyst.
      if (/ResizeObserver loop/.test(message)) return;
      toast.error(
        `Something went wrong: ${message}. Your notebook keeps everything saved up to the last change. Try again; if it happens again, reload the window (Ctrl+R).`,
      );
    };
    const onError = (event: ErrorEvent) => report(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => report(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [toast]);
}
