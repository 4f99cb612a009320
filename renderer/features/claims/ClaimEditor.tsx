import { useEffect, useId, useRef, useState } from 'react';
import { formatFigure, type ClaimRecord } from '../../../app/claims';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../app/model/types';
import {
  mergeClaimsInto,
  removePassage,
  setPassageStance,
  updateClaim,
} from '../../storage/claims';
import { db } from '../../storage/database';
import type { ClaimsData } from '../../storage/liveClaims';
import { AttributionField, type AttributionDraft } from './AttributionField';
import { FigureField, figureOf, type FigureDraft } from './FigureField';
import { StanceSelect } from './StanceSelect';
import { useInlineUndo } from './InlineUndo';
import { offerUndo } from './offerUndo';

interface ClaimEditorProps {
  readonly record: ClaimRecord;
  readonly data: ClaimsData;
  readonly onClose: () => void;
}

const message = (failure: unknown) =>
  failure instanceof Error ? failure.message : String(failure);

/**
 * "Edit claim": its fields, the stance of each passage (or taking one out), merging it into
 * another claim, and its audit trail. Field edits are saved together; stance changes, removals
 * and merges at once (the last two with Undo).
 */
export function ClaimEditor({ record, data, onClose }: ClaimEditorProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { claim } = record;
  const [statement, setStatement] = useState(claim.statement);
  const [subject, setSubject] = useState(claim.subject);
  const [figure, setFigure] = useState<FigureDraft>({
    text: claim.figure ? formatFigure(claim.figure) : '',
    asOf: claim.figure?.asOf ?? '',
  });
  const [attribution, setAttribution] = useState<AttributionDraft>({
    name: claim.attribution,
    entityId: claim.attributionEntityId,
    kind: 'person',
  });
  const [tags, setTags] = useState(record.tags.map((t) => t.name).join(', '));
  const [status, setStatus] = useState<ClaimStatus>(claim.status);
  const [mergeInto, setMergeInto] = useState('');
  const [error, setError] = useState<string | null>(null);
  const undo = useInlineUndo();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await updateClaim(db, claim.id, {
        statement,
        subject: subject.trim(),
        figure: figureOf(figure),
        status,
        tagNames: tags.split(','),
        attribution: attribution.name,
        attributionEntityId: attribution.entityId,
        entityKind: attribution.kind,
      });
      onClose();
    } catch (failure) {
      setError(`Not saved: ${message(failure)}`);
    }
  };
  const act = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (failure) {
      setError(message(failure));
    }
  };
  const others = data.records.filter((r) => r.claim.id !== claim.id);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className="claim-dialog claim-editor"
      onCancel={onClose}
    >
      <form onSubmit={(event) => void save(event)}>
        <h2 id={titleId}>Edit claim</h2>
        <label>
          Statement
          <textarea
            value={statement}
            onChange={(event) => setStatement(event.target.value)}
            rows={3}
            required
          />
        </label>
        <div className="field-row">
          <label>
            Subject
            <input
              value={subject}
              onChange={(event) => setSubject(event.target.value)}
              placeholder="e.g. death toll"
            />
          </label>
          <label>
            Status
            <select
              value={status}
              onChange={(event) => setStatus(event.target.value as ClaimStatus)}
            >
              {CLAIM_STATUSES.map((value) => (
                <option key={value}>{value}</option>
              ))}
            </select>
          </label>
        </div>
        <FigureField draft={figure} onChange={setFigure} />
        <AttributionField
          label="Attribution"
          draft={attribution}
          entities={data.entities}
          onChange={setAttribution}
        />
        <label>
          Tags
          <input
            value={tags}
            onChange={(event) => setTags(event.target.value)}
            placeholder="Comma-separated"
          />
        </label>
        <fieldset className="passages">
          <legend>Passages</legend>
          {record.passages.length === 0 && (
            <p className="empty-state">
              No passages: add one from the Reader with “Add to existing claim”.
            </p>
          )}
          {record.passages.map(({ highlight, source, stance }) => (
            <div key={highlight.id} className="passage-row">
              <blockquote>
                {highlight.selector.quote.exact}
                <footer>
                  — {source?.outlet ?? source?.title ?? 'Unknown source'}
                  {highlight.paragraph ? `, ¶ ${highlight.paragraph}` : ''}
                </footer>
              </blockquote>
              <StanceSelect
                label="Stance"
                value={stance}
                onChange={(value) =>
                  void act(() => setPassageStance(db, claim.id, highlight.id, value))
                }
              />
              <button
                type="button"
                onClick={() =>
                  void act(async () => undo.offer(await removePassage(db, claim.id, highlight.id)))
                }
              >
                Remove passage
              </button>
            </div>
          ))}
        </fieldset>
        {undo.view}
        {others.length > 0 && (
          <div className="field-row merge-row">
            <label>
              Merge this claim into
              <select value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
                <option value="">Choose a claim…</option>
                {others.map((other) => (
                  <option key={other.claim.id} value={other.claim.id}>
                    {other.claim.statement.length > 70
                      ? `${other.claim.statement.slice(0, 69)}…`
                      : other.claim.statement}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={!mergeInto}
              onClick={() =>
                void act(async () => {
                  offerUndo(await mergeClaimsInto(db, mergeInto, claim.id));
                  onClose();
                })
              }
            >
              Merge
            </button>
          </div>
        )}
        <details className="history">
          <summary>History ({claim.history.length})</summary>
          <ol>
            {claim.history.map((change, index) => (
              <li key={index}>
                <time dateTime={change.at}>{new Date(change.at).toLocaleString()}</time>{' '}
                {change.detail}
                {change.sourceId && (
                  <span className="muted">
                    {' '}
                    · {data.sources.find((s) => s.id === change.sourceId)?.outlet ?? 'a source'}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </details>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save changes
          </button>
        </div>
      </form>
    </dialog>
  );
}
