import { useEffect, useId, useRef, useState } from 'react';
import { describeCounts } from './describeRestore';

export interface RestoreChoice {
  /** When the backup was made and by which version: "22 Nov 2026, 08:15 (Margin 0.1.0)". */
  readonly backupLabel: string;
  readonly backupCounts: Readonly<Record<string, number>>;
  readonly notebookCounts: Readonly<Record<string, number>>;
}

interface RestoreDialogProps extends RestoreChoice {
  readonly onMerge: () => void;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks how to restore into a notebook that is not empty: merge, or replace after a second,
 * explicit confirmation that says what will be deleted. A native modal `<dialog>`: focus moves
 * into it, Escape cancels, focus returns when it closes.
 */
export function RestoreDialog({ backupLabel, backupCounts, notebookCounts, onMerge, onReplace, onCancel }: RestoreDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [confirmingReplace, setConfirmingReplace] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} className="claim-dialog restore-dialog" onCancel={onCancel}>
      <h2 id={titleId}>{confirmingReplace ? 'Replace this notebook?' : 'Restore this backup?'}</h2>
      {confirmingReplace ? (
        <>
          <p>
            Everything in this notebook — {describeCounts(notebookCounts)} — will be deleted and replaced by the backup’s{' '}
            {describeCounts(backupCounts)}. This cannot be undone.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirmingReplace(false)}>
              Back
            </button>
            <button type="button" className="danger" onClick={onReplace}>
              Replace notebook
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Backup of {backupLabel}: {describeCounts(backupCounts)}.
          </p>
          <p>This notebook already holds {describeCounts(notebookCounts)}.</p>
          <ul className="restore-options">
            <li>
              <strong>Merge</strong> adds what the backup has and this notebook lacks; where both hold a record, the later edit wins.
            </li>
            <li>
              <strong>Replace</strong> makes this notebook exactly the backup, deleting everything else.
            </li>
          </ul>
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="button" onClick={() => setConfirmingReplace(true)}>
              Replace
            </button>
            <button type="button" className="primary" onClick={onMerge} autoFocus>
              Merge
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
