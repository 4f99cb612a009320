import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../app/model/types';
import type { NotebookDatabase } from './database';
import { deleteEntity, mergeEntitiesInto, resolveAttribution, updateEntity } from './entities';
import { openTestDatabase } from './testDatabase';
import { applyUndo } from './undoSnapshot';

let db: NotebookDatabase;
afterEach(async () => db?.delete());
const AT = '2026-01-01T00:00:00Z';
const resolve = (name: string, extra: { entityId?: string; kind?: 'person' | 'body' } = {}) =>
  db.transaction('rw', db.entities, () => resolveAttribution(db, { name, ...extra }, AT));

describe('entities in the notebook', () => {
  it('finds an entity by any spelling, creates new ones, and learns the spelling when one is picked', async () => {
    db = openTestDatabase();
    const tokayev = (await resolve('Tokayev', { kind: 'person' }))!;
    expect((await resolve('Toqaev'))!.id).toBe(tokayev.id);
    expect((await resolve('Токаев'))!.id).toBe(tokayev.id);
    expect(await resolve('  ')).toBeNull();
    const picked = (await resolve('the president', { entityId: tokayev.id }))!;
    expect(picked.aliases).toEqual(['the president']);
    expect((await resolve('Interior ministry', { kind: 'body' }))!.kind).toBe('body');
    expect(await db.entities.count()).toBe(2);
  });

  it('merges two entities, pointing their claims at the one kept; undo restores both', async () => {
    db = openTestDatabase();
    const a = (await resolve('Kassym-Jomart Tokayev'))!;
    const b = (await resolve('President of Kazakhstan'))!;
    const claim: Claim = {
      id: 'c',
      statement: 's',
      attribution: 'President of Kazakhstan',
      attributionEntityId: b.id,
      subject: '',
      figure: null,
      tags: [],
      status: 'unverified',
      evidence: [
        {
          highlightId: 'h',
          stance: 'supports',
          figure: null,
          attribution: 'the president',
          attributionEntityId: b.id,
          addedAt: AT,
        },
      ],
      history: [],
      createdAt: AT,
      updatedAt: AT,
    };
    await db.claims.add(claim);
    const undo = await mergeEntitiesInto(db, a.id, b.id);
    expect(await db.entities.count()).toBe(1);
    expect((await db.entities.get(a.id))!.aliases).toEqual(['President of Kazakhstan']);
    const moved = (await db.claims.get('c'))!;
    expect([moved.attributionEntityId, moved.evidence[0]!.attributionEntityId]).toEqual([
      a.id,
      a.id,
    ]);
    await applyUndo(db, undo);
    expect(await db.entities.get(b.id)).toEqual(b);
    expect(await db.claims.get('c')).toEqual(claim);
  });

  it('renames (old name kept as an alias) and deletes (claims keep their text)', async () => {
    db = openTestDatabase();
    const e = (await resolve('Tokayev'))!;
    await updateEntity(db, e.id, { name: 'Kassym-Jomart Tokayev' });
    expect(await db.entities.get(e.id)).toMatchObject({
      name: 'Kassym-Jomart Tokayev',
      aliases: ['Tokayev'],
    });
    await db.claims.add({
      id: 'c',
      statement: 's',
      attribution: 'Tokayev',
      attributionEntityId: e.id,
      subject: '',
      figure: null,
      tags: [],
      status: 'unverified',
      evidence: [],
      history: [],
      createdAt: AT,
      updatedAt: AT,
    });
    await deleteEntity(db, e.id);
    expect(await db.claims.get('c')).toMatchObject({
      attribution: 'Tokayev',
      attributionEntityId: null,
    });
  });
});
