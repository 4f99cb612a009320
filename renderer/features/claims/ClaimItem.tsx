import { memo, useId, type Ref } from 'react';
import { formatFigure, sourceLabel, type ClaimRecord } from '../../../app/claims';
import { STANCE_LABELS } from './StanceSelect';

interface ClaimItemProps {
  readonly record: ClaimRecord;
  readonly onCite: (record: ClaimRecord) => void;
  readonly onOpenPassage: (sourceId: string, highlightId: string) => void;
  readonly onEdit: (claimId: string) => void;
  readonly onDelete: (claimId: string) => void;
  /**
   * In the windowed list only (flat props, so a row that did not move is not drawn again): where
   * the row sits.
   */
  readonly top?: number;
  /** The claim's place among all those listed, and their number. */
  readonly posInSet?: number;
  readonly setSize?: number;
  readonly rowRef?: Ref<HTMLLIElement>;
}

/** One claim: statement, subject, figure, attribution, status, tags, its passages, and actions. */
export const ClaimItem = memo(function ClaimItem({
  record,
  onCite,
  onOpenPassage,
  onEdit,
  onDelete,
  top,
  posInSet,
  setSize,
  rowRef,
}: ClaimItemProps) {
  const statementId = useId();
  const { claim, passages, tags, entity } = record;
  const windowed = top !== undefined;
  return (
    <li
      className={windowed ? 'claim windowed' : 'claim'}
      {...(windowed && {
        ref: rowRef,
        style: { top },
        'data-claim-id': claim.id,
        // Screen readers hear "4,012 of 20,000", not a count of the dozen rows drawn.
        'aria-posinset': posInSet,
        'aria-setsize': setSize,
      })}
    >
      <p className="claim-statement" id={statementId}>
        {claim.statement}
      </p>
      <p className="claim-meta">
        {claim.subject && <span className="subject-chip">{claim.subject}</span>}
        {claim.figure && <span className="figure">{formatFigure(claim.figure)}</span>}
        {claim.attribution && (
          <span
            title={
              entity && entity.name !== claim.attribution ? `Known as ${entity.name}` : undefined
            }
          >
            said by {claim.attribution}
          </span>
        )}
        <span className={`status status-${claim.status}`}>{claim.status}</span>
        {tags.map((tag) => (
          <span key={tag.id} className="tag" style={{ borderColor: tag.color }}>
            <span className="swatch" style={{ background: tag.color }} aria-hidden="true" />
            {tag.name}
          </span>
        ))}
      </p>
      {/* Not a list: the Claims region's list items are the claims, one each (a UI contract). */}
      <div className="claim-passages">
        {passages.map(({ highlight, source, stance, figure }) => (
          <div key={highlight.id} className={`passage stance-${stance}`}>
            <span className="stance">{STANCE_LABELS[stance]}</span>{' '}
            <button
              type="button"
              className="link-button claim-source"
              onClick={() => onOpenPassage(highlight.sourceId, highlight.id)}
              // The visible text is part of the name (WCAG 2.5.3, label in name), after what it does.
              aria-label={`Open passage in ${source?.title ?? 'its source'}: ${source ? sourceLabel(source) : 'Unknown source'}${highlight.paragraph ? `, ¶ ${highlight.paragraph}` : ''}`}
            >
              {source ? sourceLabel(source) : 'Unknown source'}
              {highlight.paragraph ? `, ¶ ${highlight.paragraph}` : ''}
            </button>
            {figure && <span className="muted"> · {formatFigure(figure)}</span>}
          </div>
        ))}
      </div>
      <div className="claim-actions">
        <button type="button" onClick={() => onCite(record)} disabled={passages.length === 0}>
          Cite in memo
        </button>
        <button type="button" aria-describedby={statementId} onClick={() => onEdit(claim.id)}>
          Edit
        </button>
        <button
          type="button"
          className="danger"
          aria-describedby={statementId}
          onClick={() => onDelete(claim.id)}
        >
          Delete
        </button>
      </div>
    </li>
  );
});
