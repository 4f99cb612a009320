import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup, type Backup, type Row } from '../../app/backup';
import { sha256Hex } from '../../app/import/sha256';
import type { Claim, Highlight, Memo, Original, SerializedMemoNode, Source } from '../../app/model/types';
import { isNotebookEmpty, prepareRestore, replaceNotebook } from './backupRestore';
import { validateTables } from './backupValidate';
import { notebookTables, openDatabaseAtVersion, readAllTables } from './backupVersions';
import { openNotebookDatabase, type NotebookDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

// The migration matrix: a notebook written by every earlier schema version (made by that
// version's own code, see scripts/makeNotebookFixture.ts) is opened with the current schema —
// loaded as the old database and upgraded in place, and restored from its backup — and must
// come out whole: same records, every one valid now, every anchor and citation still resolving.

const fixturesDir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(fixturesDir)
  .filter((name) => /^notebook-v\d+\.margin-backup$/.test(name))
  .sort()
  .map((name) => ({ name, backup: parseBackup(readFileSync(join(fixturesDir, name))) }));

let counter = 0;
const freshName = () => `margin-migration-${Date.now()}-${++counter}`;

/** The fixture written into a database declaring only the versions up to its own. */
async function writtenByOldVersion(backup: Backup): Promise<string> {
  const name = freshName();
  const old = openDatabaseAtVersion(name, backup.schemaVersion);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(backup.tables)) await old.table(table).bulkAdd(rows as Row[]);
  });
  old.close();
  return name;
}

async function expectWhole(db: NotebookDatabase, backup: Backup): Promise<void> {
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  const tables = await readAllTables(db);
  for (const [table, rows] of Object.entries(backup.tables)) expect(tables[table], table).toHaveLength(rows.length);
  // Tables added since the fixture's version exist (empty, or filled by their upgrade).
  expect(Object.keys(tables).sort()).toEqual(notebookTables(db).map((table) => table.name).sort());

  // Every record is valid as the current code reads it, with nothing left for the parsers to fill in.
  const primaryKeys = Object.fromEntries(db.tables.map((table) => [table.name, String(table.schema.primKey.keyPath)]));
  expect(validateTables(tables, primaryKeys)).toEqual(tables);

  const sources = new Map((tables.sources as unknown as Source[]).map((source) => [source.id, source]));
  for (const original of tables.originals as unknown as Original[]) {
    expect(sha256Hex(original.bytes)).toBe(sources.get(original.sourceId)!.origin.sha256);
  }
  expect(tables.originals).toHaveLength(sources.size);
  const highlights = new Map((tables.highlights as unknown as Highlight[]).map((highlight) => [highlight.id, highlight]));
  for (const highlight of highlights.values()) {
    const { start, end } = highlight.selector.position;
    expect(sources.get(highlight.sourceId)!.text.slice(start, end)).toBe(highlight.selector.quote.exact);
  }
  const claims = new Map((tables.claims as unknown as Claim[]).map((claim) => [claim.id, claim]));
  for (const claim of claims.values()) for (const evidence of claim.evidence) expect(highlights.has(evidence.highlightId)).toBe(true);
  for (const memo of tables.memos as unknown as Memo[]) {
    for (const citation of citationsIn(memo.content.root)) {
      expect(highlights.has(citation.highlightId as string)).toBe(true);
      if (citation.claimId) expect(claims.has(citation.claimId as string)).toBe(true);
    }
  }
}

function citationsIn(node: SerializedMemoNode): SerializedMemoNode[] {
  return [...(node.type === 'citation' ? [node] : []), ...(node.children ?? []).flatMap(citationsIn)];
}

describe('migrations', () => {
  it('keeps a fixture for every schema version before the current one', () => {
    const versions = fixtures.map(({ backup }) => backup.schemaVersion);
    const earlier = SCHEMA_VERSIONS.map((entry) => entry.version).filter((version) => version < CURRENT_SCHEMA_VERSION);
    for (const version of earlier) expect(versions, `fixtures/notebook-v${version}.margin-backup`).toContain(version);
  });

  for (const { name, backup } of fixtures) {
    it(`${name}: the old database opens with the current schema, records whole and valid`, async () => {
      const dbName = await writtenByOldVersion(backup);
      const db = openNotebookDatabase(dbName);
      await db.open();
      await expectWhole(db, backup);
      await db.delete();
    });

    it(`${name}: restored from its backup into an empty notebook, records whole and valid`, async () => {
      const db = openNotebookDatabase(freshName());
      expect(await isNotebookEmpty(db)).toBe(true);
      await replaceNotebook(db, await prepareRestore(db, readFileSync(join(fixturesDir, name))));
      await expectWhole(db, backup);
      await db.delete();
    });
  }

  it('notebook-v1: the analyst’s claims, tags and memo read the same after the upgrades', async () => {
    const { backup } = fixtures.find(({ name }) => name === 'notebook-v1.margin-backup')!;
    const db = openNotebookDatabase(await writtenByOldVersion(backup));
    const claims = (await db.claims.toArray()).sort((a, b) => a.statement.localeCompare(b.statement));
    expect(claims.map((claim) => [claim.statement, claim.attribution, claim.status])).toEqual([
      ['At least 16 people were killed in Zhanaozen in 2011', 'RFE/RL', 'corroborated'],
      ['More than 160 people were killed in January 2022', 'Financial Times', 'disputed'],
    ]);
    const tags = new Map((await db.tags.toArray()).map((tag) => [tag.id, tag.name]));
    expect(claims.map((claim) => claim.tags.map((id) => tags.get(id)))).toEqual([['death toll', 'Zhanaozen'], ['death toll']]);
    const [evidence] = claims[1]!.evidence;
    expect((await db.highlights.get(evidence!.highlightId))!.selector.quote.exact).toBe('More than 160 people, including police officers, were killed.');
    const memo = (await db.memos.toArray())[0]!;
    expect(memo.title).toBe('Death toll');
    expect(citationsIn(memo.content.root).map((citation) => citation.claimId)).toEqual([claims[1]!.id, claims[0]!.id]);
    await db.delete();
  });
});
