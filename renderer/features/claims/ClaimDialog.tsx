import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  figuresDisagree,
  formatFigure,
  guessSubject,
  listSubjects,
  parseFigure,
} from '../../../app/claims';
import type { EvidenceStance } from '../../../app/model/types';
import { addClaimFromPassage, addPassageToClaim } from '../../storage/claims';
import { db, type StoredSource } from '../../storage/database';
import type { ClaimsData } from '../../storage/liveClaims';
import type { TextRange } from '../reader/selectionOffsets';
import { AttributionField, NO_ATTRIBUTION, type AttributionDraft } from './AttributionField';
import { ExistingClaimPicker } from './ExistingClaimPicker';
import { FigureField, figureOf, type FigureDraft } from './FigureField';
import { NewClaimFields, type NewClaimDraft } from './NewClaimFields';
import { StanceSelect } from './StanceSelect';
import './claims.css';

export type ClaimDialogMode = 'new' | 'existing';

interface ClaimDialogProps {
  readonly source: StoredSource;
  readonly range: TextRange;
  readonly data: ClaimsData | undefined;
  /** "existing" when opened with Alt+E: straight to the claim search. */
  readonly initialMode: ClaimDialogMode;
  readonly onClose: () => void;
}

/**
 * "Tag as claim", in a native modal `<dialog>` (focus moves in, Escape cancels, focus returns):
 * keep the passage as a new claim, or add it to an existing one as evidence that supports,
 * contradicts or mentions it. Ctrl+Enter saves from any field; Alt+N and Alt+E switch modes.
 */
export function ClaimDialog({ source, range, data, initialMode, onClose }: ClaimDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const passage = source.text.slice(range.start, range.end);
  const prefilled = useMemo(() => {
    const figure = parseFigure(passage);
    const figureDraft: FigureDraft = {
      text: figure ? formatFigure(figure) : '',
      asOf: source.publishedAt ?? '',
    };
    return { figure: figureDraft, subject: guessSubject(passage, figure) };
  }, [passage, source.publishedAt]);

  const [mode, setMode] = useState<ClaimDialogMode>(initialMode);
  const [draft, setDraft] = useState<NewClaimDraft>({
    statement: passage,
    subject: prefilled.subject,
    figure: prefilled.figure,
    attribution: NO_ATTRIBUTION,
    tags: '',
    status: 'unverified',
    stance: 'supports',
  });
  const [claimId, setClaimId] = useState<string | null>(null);
  const [stance, setStance] = useState<EvidenceStance>('supports');
  const [stanceTouched, setStanceTouched] = useState(false);
  const [passageFigure, setPassageFigure] = useState<FigureDraft>(prefilled.figure);
  const [passageAttribution, setPassageAttribution] = useState<AttributionDraft>(NO_ATTRIBUTION);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const onSelectClaim = useCallback((id: string | null) => setClaimId(id), []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal() focuses the first control; the field to type in next is marked instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  const records = useMemo(() => data?.records ?? [], [data]);
  const target = records.find((r) => r.claim.id === claimId) ?? null;
  const figure = figureOf(passageFigure);
  const disagrees =
    target?.claim.figure && figure ? figuresDisagree(target.claim.figure, figure) : false;
  // Until the analyst chooses, a passage whose figure cannot square with the claim's is offered as contradicting it.
  const effectiveStance: EvidenceStance = stanceTouched
    ? stance
    : disagrees
      ? 'contradicts'
      : 'supports';

  const submit = async (event?: React.FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setError(null);
    if (mode === 'new' && !draft.statement.trim()) return setError('Write the claim’s statement.');
    if (mode === 'existing' && !claimId)
      return setError('Choose the claim to add this passage to.');
    setSaving(true);
    try {
      if (mode === 'new') {
        await addClaimFromPassage(db, source, range.start, range.end, {
          statement: draft.statement,
          attribution: draft.attribution.name,
          attributionEntityId: draft.attribution.entityId,
          entityKind: draft.attribution.kind,
          subject: draft.subject,
          figure: figureOf(draft.figure),
          tagNames: draft.tags.split(','),
          status: draft.status,
          stance: draft.stance,
        });
      } else {
        await addPassageToClaim(db, source, range.start, range.end, claimId!, {
          stance: effectiveStance,
          figure,
          attribution: passageAttribution.name,
          attributionEntityId: passageAttribution.entityId,
          entityKind: passageAttribution.kind,
        });
      }
      onClose();
    } catch (failure) {
      setError(
        `The claim was not saved: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
      setSaving(false);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.altKey && (event.code === 'KeyE' || event.code === 'KeyN')) {
      event.preventDefault();
      setMode(event.code === 'KeyE' ? 'existing' : 'new');
    }
  };

  const subjects = useMemo(
    () => listSubjects(records.map((r) => r.claim.subject)).map((s) => s.subject),
    [records],
  );

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className="claim-dialog"
      onCancel={onClose}
      onKeyDown={onKeyDown}
    >
      <form ref={formRef} onSubmit={(event) => void submit(event)}>
        <h2 id={titleId}>Tag as claim</h2>
        <blockquote className="claim-passage">
          {passage}
          <footer>— {source.title}</footer>
        </blockquote>
        <div role="group" aria-label="Keep the passage as" className="mode-switch">
          <button
            type="button"
            aria-pressed={mode === 'new'}
            aria-keyshortcuts="Alt+N"
            onClick={() => setMode('new')}
          >
            New claim
          </button>
          <button
            type="button"
            aria-pressed={mode === 'existing'}
            aria-keyshortcuts="Alt+E"
            onClick={() => setMode('existing')}
          >
            Add to existing claim
          </button>
        </div>
        {mode === 'new' ? (
          <NewClaimFields
            draft={draft}
            onChange={setDraft}
            entities={data?.entities ?? []}
            tags={data?.tags ?? []}
            subjects={subjects}
          />
        ) : (
          <>
            <ExistingClaimPicker
              records={records}
              preferSubject={prefilled.subject}
              selectedId={claimId}
              onSelect={onSelectClaim}
              onConfirm={() => void submit()}
              autoFocus
            />
            <div className="field-row">
              <StanceSelect
                label="Stance"
                value={effectiveStance}
                onChange={(value) => {
                  setStance(value);
                  setStanceTouched(true);
                }}
              />
              <AttributionField
                label="Said by, per this source"
                draft={passageAttribution}
                entities={data?.entities ?? []}
                onChange={setPassageAttribution}
                placeholder="Empty: the claim’s attribution"
              />
            </div>
            <FigureField
              label="Figure in this source"
              draft={passageFigure}
              onChange={setPassageFigure}
            />
            {disagrees && (
              <p className="field-hint warning">
                ⚠ This passage’s figure ({formatFigure(figure!)}) cannot square with the claim’s (
                {formatFigure(target!.claim.figure!)}).
              </p>
            )}
          </>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <span className="keyboard-hint">Ctrl+Enter saves</span>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {mode === 'new' ? 'Save claim' : 'Add to claim'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
