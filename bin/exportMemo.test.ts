import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { serializeBackup } from '../app/backup';
import { HIGHLIGHTS, MEMO, SOURCES } from '../app/export/testing/exportFixture';

/** Records as a backup holds them: plain JSON rows. */
const rows = (records: readonly object[]): Record<string, unknown>[] =>
  JSON.parse(JSON.stringify(records)) as Record<string, unknown>[];

/** Runs the command line exactly as outside tests do. */
function notebook(...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'notebook', '--', 'export-memo', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

const folder = mkdtempSync(join(tmpdir(), 'margin-export-memo-'));
const backupFile = join(folder, 'notebook.margin-backup');
// Only the first paragraph and the block quote: three notes, no misquote.
const content = {
  root: { ...MEMO.content.root, children: (MEMO.content.root.children ?? []).slice(0, 3) },
};
writeFileSync(
  backupFile,
  serializeBackup({
    appVersion: '0.1.0',
    schemaVersion: 1,
    tables: {
      sources: rows(SOURCES),
      highlights: rows(HIGHLIGHTS),
      memos: [
        {
          id: 'mem_toll',
          title: 'The toll',
          content,
          createdAt: '2026-11-22T00:00:00.000Z',
          updatedAt: '2026-11-22T00:00:00.000Z',
        },
      ],
    },
  }),
);

describe('notebook export-memo', { timeout: 60_000 }, () => {
  it('prints HTML on standard output in the style asked for, and exits 0', () => {
    const run = notebook(
      backupFile,
      '--memo',
      'The toll',
      '--format',
      'html',
      '--style',
      'mla',
      '--accessed',
      '2026-11-22',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect([...run.stdout.matchAll(/<li id="note-(\d+)"/g)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(run.stdout).toContain('Works Cited');
  });

  it('writes Word to --out, and refuses Word without it', () => {
    const out = join(folder, 'toll.docx');
    const run = notebook(backupFile, '--memo', 'mem_toll', '--format', 'docx', '--out', out);
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = notebook(backupFile, '--memo', 'mem_toll', '--format', 'docx');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('A Word file is binary: give --out <file> to write it.');
    expect(refused.stdout).toBe('');
  });

  it('exits 1 with a sentence for a missing file or memo', () => {
    const missing = notebook(join(folder, 'nope'), '--memo', 'x', '--format', 'md');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*nope: no such file\./);
    const noMemo = notebook(backupFile, '--memo', 'Other', '--format', 'md');
    expect(noMemo.status).toBe(1);
    expect(noMemo.stderr).toContain('No memo "Other" in the backup. Memos: "The toll" (mem_toll).');
  });
});
