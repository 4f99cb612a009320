import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  /** The dialog's heading and accessible name. */
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** Extra buttons beside "Close" at the bottom (a primary action, for instance). */
  readonly actions?: ReactNode;
  readonly describedBy?: string;
  /** Start on "Close" rather than the first control: for questions where the safe answer is no. */
  readonly focusClose?: boolean;
}

/**
 * A modal dialog on the native `<dialog>`: the browser traps focus inside and makes the rest
 * inert; Escape closes it. Whatever had focus when it opened gets it back when it closes (the
 * opener), even though React removes the element rather than calling `close()`.
 */
export function Dialog({ title, onClose, children, className, actions, describedBy, focusClose }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useReturnFocus();

  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first control; React's autoFocus ran before the dialog could take focus.
    if (focusClose) closeRef.current?.focus();
  }, [focusClose]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={['ui-dialog', className].filter(Boolean).join(' ')}
      onCancel={(event) => {
        // Let React unmount it, so the parent's state stays the one truth about "open".
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="ui-dialog-title">
        {title}
      </h2>
      {children}
      <div className="dialog-actions">
        {actions}
        <button type="button" ref={closeRef} onClick={onClose}>
          {focusClose ? 'Cancel' : 'Close'}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Remembers what had focus when the calling component mounted and gives focus back to it when
 * the component unmounts, if it is still in the page. In a text editor (the memo) the caret is
 * put back where it was too: focusing an editor alone would put it at the very start.
 */
export function useReturnFocus(): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const selection = document.getSelection();
    const caret =
      opener?.isContentEditable && selection && selection.rangeCount > 0 && opener.contains(selection.anchorNode)
        ? selection.getRangeAt(0).cloneRange()
        : null;
    return () => {
      // After React has removed the dialog: focusing during removal would be undone by it.
      queueMicrotask(() => {
        if (!opener?.isConnected) return;
        // Chromium may already have focused it (closing a modal returns focus), but not the caret.
        if (document.activeElement !== opener) opener.focus({ preventScroll: true });
        if (caret && opener.contains(caret.startContainer) && opener.contains(caret.endContainer)) {
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(caret);
        }
      });
    };
  }, []);
}
