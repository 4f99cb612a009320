import { createClaim } from '../../app/claims';
import { newId } from '../../app/model/ids';
import type { Claim, ClaimStatus, Source, Tag } from '../../app/model/types';
import type { NotebookDatabase } from './database';
import { buildHighlight } from './highlights';
import { explainStorageFull } from './storageFull';

export interface ClaimDraft {
  readonly statement: string;
  readonly attribution: string;
  /** Tag names as typed; new names become tags of the codebook. */
  readonly tagNames: readonly string[];
  readonly status: ClaimStatus;
}

const TAG_COLORS = ['#f4c542', '#7fb3e6', '#9bd39b', '#f19c9c', '#c7a4e8', '#f2b880'];

/**
 * Keeps a passage as a claim: the highlight, any new tags and the claim with the passage as its
 * supporting evidence, in one transaction — all of it is stored, or none.
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
  return db.transaction('rw', db.highlights, db.tags, db.claims, async () => {
    const highlight = buildHighlight(source, start, end);
    await db.highlights.add(highlight);
    const tagIds = await ensureTags(db, draft.tagNames);
    const now = new Date().toISOString();
    const claim = createClaim({
      id: newId('clm'),
      statement,
      attribution: draft.attribution,
      attributionEntityId: null,
      subject: '',
      figure: null,
      tags: tagIds,
      status: draft.status,
      evidence: { highlightId: highlight.id, stance: 'supports', figure: null, attribution: '', attributionEntityId: null },
      sourceId: source.id,
      at: now,
    });
    await db.claims.add(claim);
    return claim;
  }).catch(explainStorageFull('the claim'));
}

/** The ids of the named tags, creating the ones the codebook does not have yet. */
async function ensureTags(db: NotebookDatabase, names: readonly string[]): Promise<string[]> {
  // One tag per name whatever its case: "Arrests" and "arrests" are the same code.
  const byKey = new Map<string, string>();
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  }
  const unique = [...byKey.values()];
  const ids: string[] = [];
  for (const name of unique) {
    const existing = await db.tags.where('name').equalsIgnoreCase(name).first();
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const count = await db.tags.count();
    const tag: Tag = { id: newId('tag'), name, color: TAG_COLORS[count % TAG_COLORS.length]!, parentId: null };
    await db.tags.add(tag);
    ids.push(tag.id);
  }
  return ids;
}
