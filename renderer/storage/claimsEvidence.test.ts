import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFigure } from '../../app/claims';
import { importDocument } from '../../app/import';
import type { Source } from '../../app/model/types';
import {
  addClaimFromPassage,
  addPassageToClaim,
  deleteClaim,
  mergeClaimsInto,
  removePassage,
  setPassageStance,
  updateClaim,
} from './claims';
import type { NotebookDatabase } from './database';
import { openTestDatabase } from './testDatabase';
import { applyUndo } from './undoSnapshot';

function sourceOf(id: string, text: string): Source {
  const imported = importDocument({ fileName: `${id}.txt`, bytes: new TextEncoder().encode(text) });
  if (!imported.ok) throw new Error('fixture did not import');
  return { ...imported.source, id, importedAt: '2026-01-01T00:00:00Z' };
}
const ft = sourceOf(
  'src_ft',
  'Voices from Kazakhstan\n\nMore than 160 people, including police officers, were killed.\n\nAbout 164 people were killed.',
);
const ind = sourceOf(
  'src_ind',
  'Dozens dead in unrest\n\nSecurity forces killed dozens of protesters, authorities said.',
);
const range = (source: Source, passage: string) =>
  [source.text.indexOf(passage), source.text.indexOf(passage) + passage.length] as const;

let db: NotebookDatabase;
afterEach(async () => db?.delete());

async function deathTollClaim() {
  const [start, end] = range(ft, 'More than 160 people, including police officers, were killed.');
  return addClaimFromPassage(db, ft, start, end, {
    statement: 'More than 160 people were killed',
    attribution: 'Toqaev',
    entityKind: 'person',
    tagNames: ['death toll'],
    status: 'unverified',
    subject: 'death toll',
    figure: parseFigure('more than 160 people'),
  });
}

describe('a claim gathers passages from several sources', () => {
  it('stores subject, figure and an entity for the attribution, then adds a contradicting passage from another source', async () => {
    db = openTestDatabase();
    const claim = await deathTollClaim();
    expect(claim).toMatchObject({
      subject: 'death toll',
      figure: { value: 160, qualifier: 'more than' },
    });
    const [entity] = await db.entities.toArray();
    expect(entity).toMatchObject({ name: 'Toqaev', kind: 'person' });
    expect(claim.attributionEntityId).toBe(entity!.id);

    const [start, end] = range(ind, 'Security forces killed dozens of protesters');
    const updated = await addPassageToClaim(db, ind, start, end, claim.id, {
      stance: 'contradicts',
      figure: parseFigure('dozens of protesters'),
      attribution: 'Tokayev',
    });
    expect(updated.evidence.map((e) => [e.stance, e.figure?.qualifier])).toEqual([
      ['supports', 'more than'],
      ['contradicts', 'dozens'],
    ]);
    // "Tokayev" is the same person as "Toqaev": no second entity.
    expect(await db.entities.count()).toBe(1);
    expect(updated.evidence[1]!.attributionEntityId).toBe(entity!.id);
    expect(updated.history.map((h) => [h.action, h.sourceId])).toEqual([
      ['created', 'src_ft'],
      ['evidence-added', 'src_ind'],
    ]);
    expect(await db.highlights.count()).toBe(2);
  });

  it('edits fields and stances with an audit line each', async () => {
    db = openTestDatabase();
    const claim = await deathTollClaim();
    const edited = await updateClaim(db, claim.id, {
      status: 'disputed',
      tagNames: ['death toll', 'Zhanaozen'],
    });
    expect(edited.tags).toHaveLength(2);
    expect(edited.history.at(-1)!.detail).toContain('status: unverified → disputed');
    await setPassageStance(db, claim.id, claim.evidence[0]!.highlightId, 'mentions');
    const stored = (await db.claims.get(claim.id))!;
    expect(stored.evidence[0]!.stance).toBe('mentions');
    expect(stored.history.at(-1)).toMatchObject({ action: 'evidence-changed', sourceId: 'src_ft' });
  });
});

describe('undo for destructive actions', () => {
  it('deleting a claim keeps its passages as highlights, and undo brings the claim back as it was', async () => {
    db = openTestDatabase();
    const claim = await deathTollClaim();
    const undo = await deleteClaim(db, claim.id);
    expect(await db.claims.count()).toBe(0);
    expect(await db.highlights.count()).toBe(1);
    await applyUndo(db, undo);
    expect(await db.claims.get(claim.id)).toEqual(claim);
  });

  it('merging two claims leaves one with both passages; undo restores both', async () => {
    db = openTestDatabase();
    const first = await deathTollClaim();
    const [start, end] = range(ft, 'About 164 people were killed.');
    const second = await addClaimFromPassage(db, ft, start, end, {
      statement: 'About 164 killed',
      attribution: '',
      tagNames: [],
      status: 'corroborated',
    });
    const undo = await mergeClaimsInto(db, first.id, second.id);
    const merged = (await db.claims.toArray())!;
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence).toHaveLength(2);
    await applyUndo(db, undo);
    expect((await db.claims.toArray()).map((c) => c.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await db.claims.get(first.id)).toEqual(first);
  });

  it('removing a passage can be undone', async () => {
    db = openTestDatabase();
    const claim = await deathTollClaim();
    const undo = await removePassage(db, claim.id, claim.evidence[0]!.highlightId);
    expect((await db.claims.get(claim.id))!.evidence).toEqual([]);
    await applyUndo(db, undo);
    expect(await db.claims.get(claim.id)).toEqual(claim);
  });
});
