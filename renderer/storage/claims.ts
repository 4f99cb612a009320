import {
  addEvidence,
  createClaim,
  editClaim,
  mergeClaims,
  removeEvidence,
  setEvidenceStance,
  type ClaimFields,
} from '../../app/claims';
import { newId } from '../../app/model/ids';
import type {
  Claim,
  ClaimStatus,
  EntityKind,
  EvidenceStance,
  Figure,
  Source,
} from '../../app/model/types';
import type { NotebookDatabase } from './database';
import { resolveAttribution } from './entities';
import { buildHighlight } from './highlights';
import { explainStorageFull } from './storageFull';
import { ensureTags } from './tags';
import { rowsBefore, type UndoSnapshot } from './undoSnapshot';

export interface ClaimDraft {
  readonly statement: string;
  readonly attribution: string;
  /** An entity picked from the suggestions; otherwise one is matched or created by name. */
  readonly attributionEntityId?: string | null;
  /** The kind of entity to create when the attribution names a new one. */
  readonly entityKind?: EntityKind;
  /** Tag names as typed; new names become tags of the codebook. */
  readonly tagNames: readonly string[];
  readonly status: ClaimStatus;
  readonly subject?: string;
  /** The claim's figure (also the passage's): parsed from the passage, as edited. */
  readonly figure?: Figure | null;
  /** How the passage bears on the claim; "supports" unless said otherwise. */
  readonly stance?: EvidenceStance;
}

/** A passage added to an existing claim. */
export interface PassageDraft {
  readonly stance: EvidenceStance;
  readonly figure: Figure | null;
  /** Who this passage says said it; empty when it is the claim's attribution. */
  readonly attribution: string;
  readonly attributionEntityId?: string | null;
  readonly entityKind?: EntityKind;
}

/**
 * Keeps a passage as a claim: the highlight, any new tags, the entity it is attributed to and
 * the claim with the passage as its evidence, in one transaction — all of it is stored, or none.
 */
export async function addClaimFromPassage(
  db: NotebookDatabase,
  source: Source,
  start: number,
  end: number,
  draft: ClaimDraft,
): Promise<Claim> {
  const statement = draft.statement.trim();
  if (!statement) throw new Error('A claim needs a statement.');
  return db
    .transaction('rw', [db.highlights, db.tags, db.claims, db.entities], async () => {
      const highlight = buildHighlight(source, start, end);
      await db.highlights.add(highlight);
      const tagIds = await ensureTags(db, draft.tagNames);
      const now = new Date().toISOString();
      const entity = await resolveAttribution(
        db,
        { name: draft.attribution, entityId: draft.attributionEntityId, kind: draft.entityKind },
        now,
      );
      const figure = draft.figure ?? null;
      const claim = createClaim({
        id: newId('clm'),
        statement,
        attribution: draft.attribution,
        attributionEntityId: entity?.id ?? null,
        subject: draft.subject ?? '',
        figure,
        tags: tagIds,
        status: draft.status,
        evidence: {
          highlightId: highlight.id,
          stance: draft.stance ?? 'supports',
          figure,
          attribution: '',
          attributionEntityId: null,
        },
        sourceId: source.id,
        at: now,
      });
      await db.claims.add(claim);
      return claim;
    })
    .catch(explainStorageFull('the claim'));
}

/** Adds a passage to an existing claim as evidence (supports, contradicts or mentions it). */
export async function addPassageToClaim(
  db: NotebookDatabase,
  source: Source,
  start: number,
  end: number,
  claimId: string,
  draft: PassageDraft,
): Promise<Claim> {
  return db
    .transaction('rw', [db.highlights, db.claims, db.entities], async () => {
      const claim = await db.claims.get(claimId);
      if (!claim) throw new Error('That claim is no longer in the notebook.');
      const highlight = buildHighlight(source, start, end);
      await db.highlights.add(highlight);
      const now = new Date().toISOString();
      const entity = await resolveAttribution(
        db,
        { name: draft.attribution, entityId: draft.attributionEntityId, kind: draft.entityKind },
        now,
      );
      const evidence = {
        highlightId: highlight.id,
        stance: draft.stance,
        figure: draft.figure,
        attribution: draft.attribution.trim(),
        attributionEntityId: entity?.id ?? null,
      };
      const updated = addEvidence(claim, evidence, source.id, now);
      await db.claims.put(updated);
      return updated;
    })
    .catch(explainStorageFull('the passage'));
}

/** What the claim editor changes; tags by name, as typed. */
export type ClaimPatch = Partial<Omit<ClaimFields, 'tags' | 'attributionEntityId'>> & {
  readonly tagNames?: readonly string[];
  readonly attributionEntityId?: string | null;
  readonly entityKind?: EntityKind;
};

/** Edits a claim's fields; the audit trail records what changed. */
export async function updateClaim(
  db: NotebookDatabase,
  claimId: string,
  patch: ClaimPatch,
): Promise<Claim> {
  return db
    .transaction('rw', [db.claims, db.tags, db.entities], async () => {
      const claim = await db.claims.get(claimId);
      if (!claim) throw new Error('That claim is no longer in the notebook.');
      const now = new Date().toISOString();
      const { tagNames, entityKind, ...fields } = patch;
      const tags = tagNames ? await ensureTags(db, tagNames) : undefined;
      let attributionEntityId = fields.attributionEntityId;
      if (fields.attribution !== undefined && fields.attribution.trim() !== claim.attribution) {
        attributionEntityId =
          (
            await resolveAttribution(
              db,
              { name: fields.attribution, entityId: fields.attributionEntityId, kind: entityKind },
              now,
            )
          )?.id ?? null;
      }
      const updated = editClaim(
        claim,
        {
          ...fields,
          ...(fields.attribution !== undefined ? { attribution: fields.attribution.trim() } : {}),
          ...(attributionEntityId !== undefined ? { attributionEntityId } : {}),
          ...(tags ? { tags } : {}),
        },
        now,
      );
      if (updated !== claim) await db.claims.put(updated);
      return updated;
    })
    .catch(explainStorageFull('the claim'));
}

/** Changes how a passage bears on its claim. */
export async function setPassageStance(
  db: NotebookDatabase,
  claimId: string,
  highlightId: string,
  stance: EvidenceStance,
): Promise<void> {
  await db.transaction('rw', db.claims, db.highlights, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return;
    const sourceId = (await db.highlights.get(highlightId))?.sourceId ?? null;
    const updated = setEvidenceStance(
      claim,
      highlightId,
      stance,
      sourceId,
      new Date().toISOString(),
    );
    if (updated !== claim) await db.claims.put(updated);
  });
}

/** Takes a passage out of a claim's evidence; the highlight stays in its source. */
export async function removePassage(
  db: NotebookDatabase,
  claimId: string,
  highlightId: string,
): Promise<UndoSnapshot> {
  return db.transaction('rw', db.claims, db.highlights, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) throw new Error('That claim is no longer in the notebook.');
    const sourceId = (await db.highlights.get(highlightId))?.sourceId ?? null;
    await db.claims.put(removeEvidence(claim, highlightId, sourceId, new Date().toISOString()));
    return { label: 'Passage removed from the claim', put: { claims: [claim] }, remove: {} };
  });
}

/**
 * Deletes a claim. Its passages stay as highlights in their sources: memos cite highlights, so
 * their citations keep working. Returns how to undo it.
 */
export async function deleteClaim(db: NotebookDatabase, claimId: string): Promise<UndoSnapshot> {
  return db.transaction('rw', db.claims, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) throw new Error('That claim is no longer in the notebook.');
    await db.claims.delete(claimId);
    return { label: 'Claim deleted', put: { claims: [claim] }, remove: {} };
  });
}

/** Merges `absorbedId` into `keptId` (see `mergeClaims`); returns how to undo it. */
export async function mergeClaimsInto(
  db: NotebookDatabase,
  keptId: string,
  absorbedId: string,
): Promise<UndoSnapshot> {
  return db
    .transaction('rw', db.claims, async () => {
      const [kept, absorbed] = await db.claims.bulkGet([keptId, absorbedId]);
      if (!kept || !absorbed)
        throw new Error('One of the two claims is no longer in the notebook.');
      if (keptId === absorbedId) return { label: 'Nothing merged', put: {}, remove: {} };
      const before = await rowsBefore(db, { claims: [keptId, absorbedId] });
      await db.claims.put(mergeClaims(kept, absorbed, new Date().toISOString()));
      await db.claims.delete(absorbedId);
      return { label: 'Claims merged', put: before, remove: {} };
    })
    .catch(explainStorageFull('the merge'));
}
