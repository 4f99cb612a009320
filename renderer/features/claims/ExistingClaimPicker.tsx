import { useEffect, useId, useMemo, useState } from 'react';
import { formatFigure, subjectKey, type ClaimRecord } from '../../../app/claims';

interface ExistingClaimPickerProps {
  readonly records: readonly ClaimRecord[];
  /** Claims of this subject come first (the subject guessed from the passage). */
  readonly preferSubject: string;
  readonly selectedId: string | null;
  readonly onSelect: (claimId: string | null) => void;
  /** Enter in the search box: add the passage to the selected claim. */
  readonly onConfirm: () => void;
  readonly autoFocus?: boolean;
}

const MAX_SHOWN = 30;

/** The claims matching what is typed: every word in the statement, subject or attribution. */
function matching(
  records: readonly ClaimRecord[],
  query: string,
  preferSubject: string,
): ClaimRecord[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const prefer = subjectKey(preferSubject);
  return records
    .filter(({ claim }) => {
      const text = `${claim.statement} ${claim.subject} ${claim.attribution}`.toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .sort(
      (a, b) =>
        Number(subjectKey(b.claim.subject) === prefer && prefer !== '') -
        Number(subjectKey(a.claim.subject) === prefer && prefer !== ''),
    )
    .slice(0, MAX_SHOWN);
}

/**
 * A searchable list of the notebook's claims, keyboard first: type to narrow, arrows to move,
 * Enter to add the passage to the highlighted claim.
 */
export function ExistingClaimPicker({
  records,
  preferSubject,
  selectedId,
  onSelect,
  onConfirm,
  autoFocus,
}: ExistingClaimPickerProps) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () => matching(records, query, preferSubject),
    [records, query, preferSubject],
  );
  const activeIndex = Math.max(
    0,
    shown.findIndex((r) => r.claim.id === selectedId),
  );
  const active = shown[activeIndex];
  const activeId = active?.claim.id ?? null;
  // The parent's "Add to claim" acts on the highlighted claim: keep it told.
  useEffect(() => {
    if (activeId !== selectedId) onSelect(activeId);
  }, [activeId, selectedId, onSelect]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length === 0) return;
      const next =
        (activeIndex + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      onSelect(shown[next]!.claim.id);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active) onConfirm();
    }
  };

  return (
    <div className="claim-picker">
      <label>
        Find claim
        <input
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown.length > 0}
          aria-controls={listId}
          aria-activedescendant={active ? `${listId}-${active.claim.id}` : undefined}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Type words of the claim, its subject or who said it"
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? '' : undefined}
        />
      </label>
      {records.length === 0 ? (
        <p className="empty-state">No claims yet: keep this passage as a new claim.</p>
      ) : shown.length === 0 ? (
        <p className="empty-state">No claim matches “{query}”.</p>
      ) : (
        <ul id={listId} role="listbox" aria-label="Matching claims" className="claim-options">
          {shown.map(({ claim, passages }) => (
            <li
              key={claim.id}
              id={`${listId}-${claim.id}`}
              role="option"
              aria-selected={claim.id === active?.claim.id}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onSelect(claim.id)}
              onDoubleClick={onConfirm}
            >
              <span className="option-statement">{claim.statement}</span>
              <span className="muted">
                {[
                  claim.subject,
                  claim.figure && formatFigure(claim.figure),
                  claim.attribution,
                  `${passages.length} ${passages.length === 1 ? 'passage' : 'passages'}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
