import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { codebookFromQdc, codebookToQdc } from '../../app/codebook';
import type { Claim } from '../../app/model/types';
import type { NotebookDatabase } from './database';
import {
  createTag,
  deleteTagInNotebook,
  importCodebook,
  mergeTagsInNotebook,
  moveTagInNotebook,
  renameTagInNotebook,
} from './tags';
import { openTestDatabase } from './testDatabase';
import { applyUndo } from './undoSnapshot';

let db: NotebookDatabase;
afterEach(async () => db?.delete());

const claim = (id: string, tags: string[]): Claim => ({
  id,
  statement: id,
  attribution: '',
  attributionEntityId: null,
  subject: '',
  figure: null,
  tags,
  status: 'unverified',
  evidence: [],
  history: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

async function codebook() {
  const violence = await createTag(db, 'Violence');
  const deaths = await createTag(db, 'Death toll', violence.id);
  const casualties = await createTag(db, 'Casualties');
  await db.claims.bulkAdd([
    claim('c1', [deaths.id]),
    claim('c2', [deaths.id, casualties.id]),
    claim('c3', [casualties.id]),
  ]);
  return { violence, deaths, casualties };
}

describe('codebook in the notebook', () => {
  it('gives new tags different colours and refuses a duplicate name', async () => {
    db = openTestDatabase();
    const { violence, deaths } = await codebook();
    expect(violence.color).not.toBe(deaths.color);
    await expect(createTag(db, 'violence')).rejects.toThrow(/already a tag/);
    await expect(renameTagInNotebook(db, deaths.id, 'casualties')).rejects.toThrow(/already a tag/);
  });

  it('merges tags (claims retagged once) and undoes the merge', async () => {
    db = openTestDatabase();
    const { deaths, casualties } = await codebook();
    const undo = await mergeTagsInNotebook(db, deaths.id, casualties.id);
    expect(await db.tags.get(deaths.id)).toBeUndefined();
    expect((await db.claims.get('c1'))!.tags).toEqual([casualties.id]);
    expect((await db.claims.get('c2'))!.tags).toEqual([casualties.id]);
    await applyUndo(db, undo);
    expect(await db.tags.get(deaths.id)).toEqual(deaths);
    expect((await db.claims.get('c2'))!.tags).toEqual([deaths.id, casualties.id]);
  });

  it('deletes a tag with its claims when asked, and undo brings both back', async () => {
    db = openTestDatabase();
    const { deaths } = await codebook();
    const undo = await deleteTagInNotebook(db, deaths.id, { kind: 'delete-claims' });
    expect((await db.claims.toArray()).map((c) => c.id)).toEqual(['c3']);
    await applyUndo(db, undo);
    expect((await db.claims.toArray()).map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3']);
    expect(await db.tags.count()).toBe(3);
  });

  it('refuses to move a tag under its own child, and imports a .qdc round trip without duplicates', async () => {
    db = openTestDatabase();
    const { violence, deaths } = await codebook();
    await expect(moveTagInNotebook(db, violence.id, deaths.id)).rejects.toThrow(/under itself/);
    const xml = codebookToQdc(await db.tags.toArray());
    const undo = await importCodebook(db, [
      ...codebookFromQdc(xml),
      { name: 'Arrests', color: '#00ff00', parentName: 'Violence', description: '' },
    ]);
    const tags = await db.tags.toArray();
    expect(tags).toHaveLength(4);
    expect(tags.find((t) => t.name === 'Arrests')).toMatchObject({
      color: '#00ff00',
      parentId: violence.id,
    });
    await applyUndo(db, undo);
    expect(await db.tags.count()).toBe(3);
  });
});
