import { useEffect, useId, useRef, useState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../app/model/types';
import type { ClaimDraft } from '../../storage/claims';

interface ClaimDialogProps {
  /** The selected passage; the statement starts as this text. */
  readonly passage: string;
  readonly sourceTitle: string;
  readonly onSave: (draft: ClaimDraft) => Promise<void>;
  readonly onCancel: () => void;
}

/**
 * The "Tag as claim" form, in a native modal `<dialog>`: focus moves into it, Escape cancels,
 * and focus returns to where it was when it closes.
 */
export function ClaimDialog({ passage, sourceTitle, onSave, onCancel }: ClaimDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [statement, setStatement] = useState(passage);
  const [attribution, setAttribution] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<ClaimStatus>('unverified');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!statement.trim()) return setError('Write the claim’s statement.');
    setSaving(true);
    try {
      await onSave({ statement, attribution, tagNames: tags.split(','), status });
    } catch (failure) {
      setError(`The claim was not saved: ${failure instanceof Error ? failure.message : String(failure)}`);
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} className="claim-dialog" onCancel={onCancel}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={titleId}>Tag as claim</h2>
        <blockquote className="claim-passage">
          {passage}
          <footer>— {sourceTitle}</footer>
        </blockquote>
        <label>
          Statement
          <textarea value={statement} onChange={(event) => setStatement(event.target.value)} rows={4} required />
        </label>
        <label>
          Attribution
          <input value={attribution} onChange={(event) => setAttribution(event.target.value)} placeholder="Who says so, e.g. Interior ministry" />
        </label>
        <label>
          Tags
          <input value={tags} onChange={(event) => setTags(event.target.value)} placeholder="Comma-separated, e.g. death toll, arrests" />
        </label>
        <label>
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as ClaimStatus)}>
            {CLAIM_STATUSES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save claim
          </button>
        </div>
      </form>
    </dialog>
  );
}
