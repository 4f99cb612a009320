import {
  deleteTag,
  mergeTags,
  moveTag,
  nameTaken,
  nextTagColor,
  planCodebookImport,
  recolorTag,
  renameTag,
  type CodebookChange,
  type ImportedCode,
  type TagDeletion,
} from '../../app/codebook';
import { newId } from '../../app/model/ids';
import type { Tag } from '../../app/model/types';
import type { NotebookDatabase } from './database';
import { explainStorageFull } from './storageFull';
import { rowsBefore, type UndoSnapshot } from './undoSnapshot';

/**
 * The ids of the named tags, creating the ones the codebook does not have yet. One tag per name
 * whatever its case: "Arrests" and "arrests" are the same code. Call inside a transaction that
 * includes `tags`.
 */
export async function ensureTags(
  db: NotebookDatabase,
  names: readonly string[],
): Promise<string[]> {
  const byKey = new Map<string, string>();
  for (const name of names.map((n) => n.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  }
  const ids: string[] = [];
  for (const name of byKey.values()) {
    const existing = await db.tags.where('name').equalsIgnoreCase(name).first();
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const used = (await db.tags.toArray()).map((t) => t.color);
    const tag: Tag = { id: newId('tag'), name, color: nextTagColor(used), parentId: null };
    await db.tags.add(tag);
    ids.push(tag.id);
  }
  return ids;
}

/** A new tag in the codebook, under `parentId` when given. */
export async function createTag(
  db: NotebookDatabase,
  name: string,
  parentId: string | null = null,
): Promise<Tag> {
  return db
    .transaction('rw', db.tags, async () => {
      const clean = name.trim().replace(/\s+/g, ' ');
      if (!clean) throw new Error('A tag needs a name.');
      const tags = await db.tags.toArray();
      if (nameTaken(tags, clean)) throw new Error(`There is already a tag “${clean}”.`);
      const tag: Tag = {
        id: newId('tag'),
        name: clean,
        color: nextTagColor(tags.map((t) => t.color)),
        parentId,
      };
      await db.tags.add(tag);
      return tag;
    })
    .catch(explainStorageFull('the tag'));
}

/**
 * Writes a codebook change in one transaction and returns how to undo it: the rows it rewrote
 * or deleted as they were, and the tags it created.
 */
async function applyChange(
  db: NotebookDatabase,
  label: string,
  plan: (tags: Tag[]) => Promise<CodebookChange>,
): Promise<UndoSnapshot> {
  return db
    .transaction('rw', db.tags, db.claims, async () => {
      const tags = await db.tags.toArray();
      const change = await plan(tags);
      const known = new Set(tags.map((t) => t.id));
      const before = await rowsBefore(db, {
        tags: [
          ...change.putTags.map((t) => t.id).filter((id) => known.has(id)),
          ...change.deleteTagIds,
        ],
        claims: [...change.putClaims.map((c) => c.id), ...change.deleteClaimIds],
      });
      // Deletes first: a renamed or imported tag may take a name a deleted one had.
      await db.tags.bulkDelete([...change.deleteTagIds]);
      await db.claims.bulkDelete([...change.deleteClaimIds]);
      await db.tags.bulkPut([...change.putTags]);
      await db.claims.bulkPut([...change.putClaims]);
      return {
        label,
        put: before,
        remove: { tags: change.putTags.map((t) => t.id).filter((id) => !known.has(id)) },
      };
    })
    .catch(explainStorageFull('the codebook'));
}

const taggedClaims = (db: NotebookDatabase, tagId: string) =>
  db.claims.where('tags').equals(tagId).toArray();
const now = () => new Date().toISOString();

export const renameTagInNotebook = (db: NotebookDatabase, id: string, name: string) =>
  applyChange(db, 'Tag renamed', async (tags) => renameTag(tags, id, name));

export const recolorTagInNotebook = (db: NotebookDatabase, id: string, color: string) =>
  applyChange(db, 'Tag recoloured', async (tags) => recolorTag(tags, id, color));

export const moveTagInNotebook = (db: NotebookDatabase, id: string, parentId: string | null) =>
  applyChange(db, 'Tag moved', async (tags) => moveTag(tags, id, parentId));

/** Merges tag `fromId` into `intoId` (claims retagged, children moved); returns how to undo it. */
export const mergeTagsInNotebook = (db: NotebookDatabase, fromId: string, intoId: string) =>
  applyChange(db, 'Tags merged', async (tags) =>
    mergeTags(tags, await taggedClaims(db, fromId), fromId, intoId, now()),
  );

/** Deletes a tag, its claims untagged, retagged or deleted as chosen; returns how to undo it. */
export const deleteTagInNotebook = (db: NotebookDatabase, id: string, deletion: TagDeletion) =>
  applyChange(
    db,
    deletion.kind === 'delete-claims' ? 'Tag and its claims deleted' : 'Tag deleted',
    async (tags) => deleteTag(tags, await taggedClaims(db, id), id, deletion, now()),
  );

/** Imports codes from a codebook file: new names become tags, known names are updated. */
export const importCodebook = (db: NotebookDatabase, codes: readonly ImportedCode[]) =>
  applyChange(db, 'Codebook imported', async (tags) =>
    planCodebookImport(tags, codes, () => newId('tag')),
  );
