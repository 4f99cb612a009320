import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabaseAtVersion } from './backupVersions';
import { openNotebookDatabase } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';

// Schema version 2 (structured claims): a notebook written by version 1 opens with every claim
// filled in — figures read from its passages, an audit trail from its first source — and an
// empty entities table.

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const AT = '2025-12-01T10:00:00.000Z';
const highlight = (id: string, sourceId: string, exact: string) => ({
  id,
  sourceId,
  paragraph: 2,
  note: '',
  color: 'yellow',
  createdAt: AT,
  updatedAt: AT,
  selector: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
});

describe('schema version 2 upgrade', () => {
  it('fills the new claim fields of a database written by version 1', async () => {
    const name = `margin-v1-${Date.now()}`;
    names.push(name);
    const v1 = openDatabaseAtVersion(name, 1);
    await v1.open();
    await v1
      .table('highlights')
      .bulkAdd([
        highlight(
          'hl_ft',
          'src_ft',
          'More than 160 people, including police officers, were killed.',
        ),
        highlight(
          'hl_ind',
          'src_ind',
          'So far, 2,000 people have been arrested, the interior ministry said.',
        ),
      ]);
    await v1
      .table('tags')
      .add({ id: 'tag_d', name: 'death toll', color: '#f4c542', parentId: null });
    await v1.table('claims').bulkAdd([
      {
        id: 'clm_dead',
        statement: 'More than 160 killed',
        attribution: 'Financial Times',
        tags: ['tag_d'],
        status: 'corroborated',
        evidence: [
          { highlightId: 'hl_ft', stance: 'supports' },
          { highlightId: 'hl_ind', stance: 'mentions' },
        ],
        createdAt: AT,
        updatedAt: '2025-12-02T00:00:00.000Z',
      },
      {
        id: 'clm_bare',
        statement: 'No passage left',
        attribution: '',
        tags: [],
        status: 'unverified',
        evidence: [{ highlightId: 'hl_gone', stance: 'supports' }],
        createdAt: AT,
        updatedAt: AT,
      },
    ]);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = openNotebookDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).toContain('entities');
    expect(await db.entities.count()).toBe(0);

    const dead = (await db.claims.get('clm_dead'))!;
    expect(dead).toMatchObject({
      statement: 'More than 160 killed',
      attribution: 'Financial Times',
      tags: ['tag_d'],
      status: 'corroborated',
      attributionEntityId: null,
      subject: '',
      createdAt: AT,
      updatedAt: '2025-12-02T00:00:00.000Z',
      figure: { value: 160, range: null, unit: 'people', qualifier: 'more than', asOf: null },
    });
    expect(dead.evidence).toEqual([
      {
        highlightId: 'hl_ft',
        stance: 'supports',
        figure: dead.figure,
        attribution: '',
        attributionEntityId: null,
        addedAt: AT,
      },
      {
        highlightId: 'hl_ind',
        stance: 'mentions',
        attribution: '',
        attributionEntityId: null,
        addedAt: AT,
        figure: { value: 2000, range: null, unit: 'people', qualifier: 'none', asOf: null },
      },
    ]);
    expect(dead.history).toEqual([
      { at: AT, action: 'created', sourceId: 'src_ft', detail: 'Created' },
    ]);

    // A passage whose highlight is gone keeps its place; there is just no figure to read.
    const bare = (await db.claims.get('clm_bare'))!;
    expect(bare.figure).toBeNull();
    expect(bare.history).toEqual([
      { at: AT, action: 'created', sourceId: null, detail: 'Created' },
    ]);

    // The new indexes answer the Claims view's filters.
    await db.claims.update('clm_dead', { subject: 'death toll', attributionEntityId: 'ent_ft' });
    expect(
      (await db.claims.where('subject').equals('death toll').toArray()).map((c) => c.id),
    ).toEqual(['clm_dead']);
    expect(await db.claims.where('attributionEntityId').equals('ent_ft').count()).toBe(1);
    expect(await db.highlights.count()).toBe(2);
    db.close();
  });
});
