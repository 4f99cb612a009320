import { useMemo } from 'react';
import type { ClaimRecord } from '../../../app/claims';
import { ClaimItem } from './ClaimItem';
import { useClaimWindow } from './useClaimWindow';

interface ClaimWindowListProps {
  readonly records: readonly ClaimRecord[];
  /** Changes when the filters or the sort change: the list starts again from the top. */
  readonly resetKey: unknown;
  readonly onCite: (record: ClaimRecord) => void;
  readonly onOpenPassage: (sourceId: string, highlightId: string) => void;
  readonly onEdit: (claimId: string) => void;
  readonly onDelete: (claimId: string) => void;
}

/**
 * A long list of claims in its own scroll box, drawing only the claims in and near view (and the
 * one with keyboard focus) over a list as tall as all of them: 20,000 claims scroll with a dozen
 * rows in the page. Each row says its place in the whole list to screen readers.
 */
export function ClaimWindowList({ records, resetKey, ...actions }: ClaimWindowListProps) {
  const ids = useMemo(() => records.map((record) => record.claim.id), [records]);
  const { rows, offsets, boxRef, listRef, rowRef, onScroll, onFocus, onBlur } = useClaimWindow(
    ids,
    resetKey,
  );
  return (
    <div className="claim-window" ref={boxRef} onScroll={onScroll}>
      <ul
        className="claim-list"
        ref={listRef}
        style={{ height: offsets[offsets.length - 1] }}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {rows.map((row) => (
          <ClaimItem
            key={ids[row]}
            record={records[row]!}
            {...actions}
            top={offsets[row]}
            posInSet={row + 1}
            setSize={records.length}
            rowRef={rowRef}
          />
        ))}
      </ul>
    </div>
  );
}
