import { useId } from 'react';
import {
  CLAIM_STATUSES,
  type ClaimStatus,
  type Entity,
  type EvidenceStance,
  type Tag,
} from '../../../app/model/types';
import { AttributionField, type AttributionDraft } from './AttributionField';
import { FigureField, type FigureDraft } from './FigureField';
import { StanceSelect } from './StanceSelect';

/** Everything the "New claim" form holds while it is being filled in. */
export interface NewClaimDraft {
  readonly statement: string;
  readonly subject: string;
  readonly figure: FigureDraft;
  readonly attribution: AttributionDraft;
  readonly tags: string;
  readonly status: ClaimStatus;
  readonly stance: EvidenceStance;
}

interface NewClaimFieldsProps {
  readonly draft: NewClaimDraft;
  readonly onChange: (draft: NewClaimDraft) => void;
  readonly entities: readonly Entity[];
  readonly tags: readonly Tag[];
  /** Subjects already in use, offered while typing. */
  readonly subjects: readonly string[];
  readonly autoFocus?: boolean;
}

/** Adds a codebook tag to the comma-separated list unless it is there already. */
function withTag(list: string, name: string): string {
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.some((n) => n.toLowerCase() === name.toLowerCase())
    ? list
    : [...names, name].join(', ');
}

/** The fields of a new claim: statement, subject, figure, attribution, tags, status, stance. */
export function NewClaimFields({
  draft,
  onChange,
  entities,
  tags,
  subjects,
  autoFocus,
}: NewClaimFieldsProps) {
  const subjectsId = useId();
  const set = <K extends keyof NewClaimDraft>(key: K, value: NewClaimDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <>
      <label>
        Statement
        <textarea
          value={draft.statement}
          onChange={(event) => set('statement', event.target.value)}
          rows={3}
          required
          autoFocus={autoFocus}
          data-autofocus=""
        />
      </label>
      <div className="field-row">
        <label>
          Subject
          <input
            value={draft.subject}
            onChange={(event) => set('subject', event.target.value)}
            list={subjectsId}
            placeholder="e.g. death toll, arrests"
          />
          <datalist id={subjectsId}>
            {subjects.map((subject) => (
              <option key={subject} value={subject} />
            ))}
          </datalist>
        </label>
        <StanceSelect
          label="Stance"
          value={draft.stance}
          onChange={(stance) => set('stance', stance)}
        />
      </div>
      <FigureField draft={draft.figure} onChange={(figure) => set('figure', figure)} />
      <AttributionField
        label="Attribution"
        draft={draft.attribution}
        entities={entities}
        onChange={(attribution) => set('attribution', attribution)}
        placeholder="Who says so, e.g. Interior ministry"
      />
      <label>
        Tags
        <input
          value={draft.tags}
          onChange={(event) => set('tags', event.target.value)}
          placeholder="Comma-separated, e.g. death toll, arrests"
        />
      </label>
      {tags.length > 0 && (
        <div className="tag-suggestions" role="group" aria-label="Codebook">
          {tags.slice(0, 12).map((tag) => (
            <button
              key={tag.id}
              type="button"
              className="tag-chip"
              style={{ borderColor: tag.color }}
              onClick={() => set('tags', withTag(draft.tags, tag.name))}
            >
              <span className="swatch" style={{ background: tag.color }} aria-hidden="true" />+{' '}
              {tag.name}
            </button>
          ))}
        </div>
      )}
      <label>
        Status
        <select
          value={draft.status}
          onChange={(event) => set('status', event.target.value as ClaimStatus)}
        >
          {CLAIM_STATUSES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
