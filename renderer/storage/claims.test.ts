import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importDocument } from '../../app/import';
import type { Source } from '../../app/model/types';
import { addClaimFromPassage } from './claims';
import type { NotebookDatabase } from './database';
import { openTestDatabase } from './testDatabase';

const text = 'Dozens dead in unrest\n\nSo far, 2,000 people have been arrested, the interior ministry said.\n\nMore text here.';
const imported = importDocument({ fileName: 'a.txt', bytes: new TextEncoder().encode(text) });
if (!imported.ok) throw new Error('fixture did not import');
const source: Source = { ...imported.source, id: 'src_test', importedAt: '2026-01-01T00:00:00Z' };
const passage = '2,000 people have been arrested';
const start = source.text.indexOf(passage);

let db: NotebookDatabase;
afterEach(async () => db?.delete());

describe('addClaimFromPassage', () => {
  it('stores the highlight, new tags and the claim with the passage as supporting evidence', async () => {
    db = openTestDatabase();
    const claim = await addClaimFromPassage(db, source, start, start + passage.length, {
      statement: ' 2,000 arrested ',
      attribution: 'Interior ministry',
      tagNames: ['arrests', ' Arrests ', ''],
      status: 'disputed',
    });
    const [highlight] = await db.highlights.toArray();
    expect(highlight!.selector.quote.exact).toBe(passage);
    expect(claim.statement).toBe('2,000 arrested');
    expect(claim.evidence.map((e) => [e.highlightId, e.stance])).toEqual([[highlight!.id, 'supports']]);
    const tags = await db.tags.toArray();
    expect(tags.map((t) => t.name)).toEqual(['arrests']);
    expect(claim.tags).toEqual([tags[0]!.id]);
  });

  it('reuses a codebook tag whatever its case', async () => {
    db = openTestDatabase();
    const draft = { statement: 's', attribution: '', tagNames: ['Death toll'], status: 'unverified' as const };
    await addClaimFromPassage(db, source, start, start + 5, draft);
    await addClaimFromPassage(db, source, start, start + 5, { ...draft, tagNames: ['death toll'] });
    expect(await db.tags.count()).toBe(1);
  });

  it('stores nothing when the claim cannot be saved', async () => {
    db = openTestDatabase();
    await expect(
      addClaimFromPassage(db, source, start, start, { statement: 'empty passage', attribution: '', tagNames: ['x'], status: 'unverified' }),
    ).rejects.toThrow();
    await expect(
      addClaimFromPassage(db, source, start, start + 5, { statement: '  ', attribution: '', tagNames: ['x'], status: 'unverified' }),
    ).rejects.toThrow(/statement/);
    expect([await db.highlights.count(), await db.tags.count(), await db.claims.count()]).toEqual([0, 0, 0]);
  });
});
