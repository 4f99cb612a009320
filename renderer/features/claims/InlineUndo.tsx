import { useState } from 'react';
import { db } from '../../storage/database';
import { applyUndo, type UndoSnapshot } from '../../storage/undoSnapshot';
import { offerUndo } from './offerUndo';

/**
 * Undo inside a modal dialog, whose backdrop keeps the window's toasts out of reach: the last
 * destructive action done in the dialog, with its own "Undo" (the toast offers it too, for after
 * the dialog closes).
 */
export function useInlineUndo(): {
  readonly offer: (snapshot: UndoSnapshot) => void;
  readonly view: React.ReactNode;
} {
  const [snapshot, setSnapshot] = useState<UndoSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const offer = (next: UndoSnapshot) => {
    setSnapshot(next);
    setError(null);
    offerUndo(next);
  };
  const undo = async () => {
    if (!snapshot) return;
    try {
      await applyUndo(db, snapshot);
      setSnapshot(null);
    } catch (failure) {
      setError(
        `It could not be undone: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  };
  const view = (
    <p role="status" className="inline-undo">
      {snapshot && (
        <>
          {error ?? `${snapshot.label}.`}{' '}
          <button type="button" onClick={() => void undo()}>
            Undo
          </button>
        </>
      )}
    </p>
  );
  return { offer, view };
}
