import type { Claim, Tag } from '../model/types';
import { normalizeTagColor } from './colors';
import { withDescendants } from './tree';

/** What a codebook edit changes: rows to write and rows to delete, applied in one transaction. */
export interface CodebookChange {
  readonly putTags: readonly Tag[];
  readonly deleteTagIds: readonly string[];
  readonly putClaims: readonly Claim[];
  readonly deleteClaimIds: readonly string[];
}

const NOTHING: CodebookChange = {
  putTags: [],
  deleteTagIds: [],
  putClaims: [],
  deleteClaimIds: [],
};

/** What happens to the claims of a deleted tag. */
export type TagDeletion =
  | { readonly kind: 'untag' }
  | { readonly kind: 'retag'; readonly tagId: string }
  | { readonly kind: 'delete-claims' };

function find(tags: readonly Tag[], id: string): Tag {
  const tag = tags.find((t) => t.id === id);
  if (!tag) throw new Error('That tag is no longer in the codebook.');
  return tag;
}

/** Tag names are unique whatever their case ("Arrests" and "arrests" are one code). */
export function nameTaken(
  tags: readonly Tag[],
  name: string,
  exceptId: string | null = null,
): boolean {
  const key = name.trim().toLowerCase();
  return tags.some((t) => t.id !== exceptId && t.name.toLowerCase() === key);
}

/** A tag renamed; refused when the name is empty or another tag has it. */
export function renameTag(tags: readonly Tag[], id: string, name: string): CodebookChange {
  const tag = find(tags, id);
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw new Error('A tag needs a name.');
  if (nameTaken(tags, clean, id))
    throw new Error(`There is already a tag “${clean}”. Merge the two instead.`);
  return clean === tag.name ? NOTHING : { ...NOTHING, putTags: [{ ...tag, name: clean }] };
}

/** A tag recoloured; only `#rrggbb` colours are accepted. */
export function recolorTag(tags: readonly Tag[], id: string, color: string): CodebookChange {
  const clean = normalizeTagColor(color);
  if (!clean) throw new Error(`“${color}” is not a colour (use #rrggbb).`);
  return { ...NOTHING, putTags: [{ ...find(tags, id), color: clean }] };
}

/** A tag moved under another (or to the top with null); refused when it would make a cycle. */
export function moveTag(tags: readonly Tag[], id: string, parentId: string | null): CodebookChange {
  const tag = find(tags, id);
  if (parentId !== null) {
    find(tags, parentId);
    if (withDescendants(tags, id).has(parentId))
      throw new Error('A tag cannot be placed under itself or one of its children.');
  }
  return { ...NOTHING, putTags: [{ ...tag, parentId }] };
}

const retagged = (
  claim: Claim,
  from: string,
  to: string | null,
  detail: string,
  at: string,
): Claim => ({
  ...claim,
  tags: [...new Set(claim.tags.flatMap((t) => (t === from ? (to ? [to] : []) : [t])))],
  history: [...claim.history, { at, action: 'edited', sourceId: null, detail }],
  updatedAt: at,
});

/**
 * `fromId` merged into `intoId`: its claims carry `intoId` instead (once), its children move
 * under `intoId`, and the tag itself goes.
 */
export function mergeTags(
  tags: readonly Tag[],
  claims: readonly Claim[],
  fromId: string,
  intoId: string,
  at: string,
): CodebookChange {
  const from = find(tags, fromId);
  const into = find(tags, intoId);
  if (fromId === intoId) return NOTHING;
  if (withDescendants(tags, fromId).has(intoId)) {
    throw new Error(
      `“${from.name}” cannot be merged into one of its own children; move “${into.name}” out first.`,
    );
  }
  return {
    putTags: tags.filter((t) => t.parentId === fromId).map((t) => ({ ...t, parentId: intoId })),
    deleteTagIds: [fromId],
    putClaims: claims
      .filter((c) => c.tags.includes(fromId))
      .map((c) => retagged(c, fromId, intoId, `Tag “${from.name}” merged into “${into.name}”`, at)),
    deleteClaimIds: [],
  };
}

/**
 * A tag deleted. Its children move up to its parent. Its claims lose the tag (`untag`), carry
 * another tag instead (`retag`), or are deleted with it (`delete-claims`).
 */
export function deleteTag(
  tags: readonly Tag[],
  claims: readonly Claim[],
  id: string,
  deletion: TagDeletion,
  at: string,
): CodebookChange {
  const tag = find(tags, id);
  const tagged = claims.filter((c) => c.tags.includes(id));
  const children = tags
    .filter((t) => t.parentId === id)
    .map((t) => ({ ...t, parentId: tag.parentId }));
  if (deletion.kind === 'delete-claims') {
    return {
      putTags: children,
      deleteTagIds: [id],
      putClaims: [],
      deleteClaimIds: tagged.map((c) => c.id),
    };
  }
  const replacement = deletion.kind === 'retag' ? find(tags, deletion.tagId) : null;
  if (replacement?.id === id) throw new Error('Choose another tag for its claims.');
  const detail = replacement
    ? `Tag “${tag.name}” deleted; now tagged “${replacement.name}”`
    : `Tag “${tag.name}” deleted`;
  return {
    putTags: children,
    deleteTagIds: [id],
    putClaims: tagged.map((c) => retagged(c, id, replacement?.id ?? null, detail, at)),
    deleteClaimIds: [],
  };
}
