import type {
  Claim,
  ClaimChange,
  ClaimStatus,
  Evidence,
  EvidenceStance,
  Figure,
} from '../model/types';
import { formatFigure } from './formatFigure';

/** What a new claim is made of; the first passage is its first evidence. */
export interface NewClaimInput {
  readonly id: string;
  readonly statement: string;
  readonly attribution: string;
  readonly attributionEntityId: string | null;
  readonly subject: string;
  readonly figure: Figure | null;
  readonly tags: readonly string[];
  readonly status: ClaimStatus;
  readonly evidence: Omit<Evidence, 'addedAt'>;
  /** The source of the first passage, for the audit trail. */
  readonly sourceId: string;
  readonly at: string;
}

/** A new claim with its first passage as evidence and a trail that starts with its creation. */
export function createClaim(input: NewClaimInput): Claim {
  const statement = input.statement.trim();
  if (!statement) throw new Error('A claim needs a statement.');
  return {
    id: input.id,
    statement,
    attribution: input.attribution.trim(),
    attributionEntityId: input.attributionEntityId,
    subject: input.subject.trim(),
    figure: input.figure,
    tags: [...new Set(input.tags)],
    status: input.status,
    evidence: [{ ...input.evidence, addedAt: input.at }],
    history: [
      {
        at: input.at,
        action: 'created',
        sourceId: input.sourceId,
        detail: `Created with a passage that ${input.evidence.stance === 'mentions' ? 'mentions' : input.evidence.stance} it`,
      },
    ],
    createdAt: input.at,
    updatedAt: input.at,
  };
}

function withChange(claim: Claim, change: ClaimChange, patch: Partial<Claim>): Claim {
  return { ...claim, ...patch, history: [...claim.history, change], updatedAt: change.at };
}

/**
 * The claim with one more passage as evidence. A passage it already holds keeps its place and
 * takes the new stance and figure instead of being added twice.
 */
export function addEvidence(
  claim: Claim,
  evidence: Omit<Evidence, 'addedAt'>,
  sourceId: string,
  at: string,
): Claim {
  const existing = claim.evidence.find((e) => e.highlightId === evidence.highlightId);
  if (existing) {
    const updated = claim.evidence.map((e) =>
      e === existing ? { ...e, stance: evidence.stance, figure: evidence.figure ?? e.figure } : e,
    );
    return withChange(
      claim,
      { at, action: 'evidence-changed', sourceId, detail: `Passage now ${evidence.stance}` },
      { evidence: updated },
    );
  }
  return withChange(
    claim,
    {
      at,
      action: 'evidence-added',
      sourceId,
      detail: `Passage added: ${evidence.stance}${evidence.figure ? ` (${formatFigure(evidence.figure)})` : ''}`,
    },
    { evidence: [...claim.evidence, { ...evidence, addedAt: at }] },
  );
}

/** The claim with a passage's stance changed (supports / contradicts / mentions). */
export function setEvidenceStance(
  claim: Claim,
  highlightId: string,
  stance: EvidenceStance,
  sourceId: string | null,
  at: string,
): Claim {
  const current = claim.evidence.find((e) => e.highlightId === highlightId);
  if (!current || current.stance === stance) return claim;
  return withChange(
    claim,
    {
      at,
      action: 'evidence-changed',
      sourceId,
      detail: `Passage stance: ${current.stance} → ${stance}`,
    },
    { evidence: claim.evidence.map((e) => (e === current ? { ...e, stance } : e)) },
  );
}

/** The claim without one of its passages. The highlight itself stays in its source. */
export function removeEvidence(
  claim: Claim,
  highlightId: string,
  sourceId: string | null,
  at: string,
): Claim {
  if (!claim.evidence.some((e) => e.highlightId === highlightId)) return claim;
  return withChange(
    claim,
    { at, action: 'evidence-removed', sourceId, detail: 'Passage removed' },
    { evidence: claim.evidence.filter((e) => e.highlightId !== highlightId) },
  );
}

/** The fields of a claim the analyst edits in place. */
export type ClaimFields = Pick<
  Claim,
  'statement' | 'attribution' | 'attributionEntityId' | 'subject' | 'figure' | 'tags' | 'status'
>;

const describe = (field: keyof ClaimFields, value: ClaimFields[keyof ClaimFields]): string => {
  if (field === 'figure') return value ? formatFigure(value as Figure) : 'none';
  if (field === 'tags') return `${(value as readonly string[]).length} tags`;
  return value === null || value === '' ? 'none' : String(value);
};

/**
 * The claim with some fields changed, one audit line per field that actually changed
 * ("status: unverified → disputed"). Unchanged when nothing differs.
 */
export function editClaim(claim: Claim, patch: Partial<ClaimFields>, at: string): Claim {
  const changed = (Object.keys(patch) as (keyof ClaimFields)[]).filter(
    (field) =>
      patch[field] !== undefined && JSON.stringify(patch[field]) !== JSON.stringify(claim[field]),
  );
  if (changed.length === 0) return claim;
  const statement = patch.statement?.trim();
  if (statement === '') throw new Error('A claim needs a statement.');
  const lines = changed.map(
    (field) => `${field}: ${describe(field, claim[field])} → ${describe(field, patch[field]!)}`,
  );
  const clean: Partial<Claim> = {
    ...patch,
    ...(statement ? { statement } : {}),
    ...(patch.tags ? { tags: [...new Set(patch.tags)] } : {}),
  };
  return withChange(
    claim,
    { at, action: 'edited', sourceId: null, detail: lines.join('; ') },
    clean,
  );
}

/**
 * `absorbed` merged into `kept`: `kept`'s id, statement and status; the passages and tags of
 * both (a passage in both keeps `kept`'s stance); a subject, figure or attribution `kept` lacks
 * is taken from `absorbed`; both trails, in time order, then the merge itself.
 */
export function mergeClaims(kept: Claim, absorbed: Claim, at: string): Claim {
  const held = new Set(kept.evidence.map((e) => e.highlightId));
  const history = [...kept.history, ...absorbed.history].sort((a, b) => a.at.localeCompare(b.at));
  return withChange(
    { ...kept, history },
    { at, action: 'merged', sourceId: null, detail: `Merged with “${absorbed.statement}”` },
    {
      evidence: [...kept.evidence, ...absorbed.evidence.filter((e) => !held.has(e.highlightId))],
      tags: [...new Set([...kept.tags, ...absorbed.tags])],
      subject: kept.subject || absorbed.subject,
      figure: kept.figure ?? absorbed.figure,
      attribution: kept.attribution || absorbed.attribution,
      attributionEntityId:
        kept.attributionEntityId ?? (kept.attribution ? null : absorbed.attributionEntityId),
      createdAt: kept.createdAt < absorbed.createdAt ? kept.createdAt : absorbed.createdAt,
    },
  );
}
