import { db } from '../../storage/database';
import { applyUndo, type UndoSnapshot } from '../../storage/undoSnapshot';
import { toast } from '../../ui/Toast';

/**
 * After a destructive action (delete a claim or a tag, merge claims, tags or entities): a toast
 * that says what was done, with "Undo" to take it back as it was.
 */
export function offerUndo(snapshot: UndoSnapshot): void {
  toast.show(`${snapshot.label}.`, {
    action: {
      label: 'Undo',
      run: async () => {
        try {
          await applyUndo(db, snapshot);
        } catch (failure) {
          const why = failure instanceof Error ? failure.message : String(failure);
          toast.error(
            `“${snapshot.label}” could not be undone: ${why}. The notebook is as it was after it.`,
          );
        }
      },
    },
  });
}
