import { describe, expect, it } from 'vitest';

import { serializeBackup } from '../backup';
import { lookup, MEMO, SOURCES, HIGHLIGHTS } from '../export/testing/exportFixture';
import type { Memo } from '../model/types';
import type { ExportMemoRequest } from './exportMemoArgs';
import { findMemo, runExportMemo } from './exportMemoCommand';

/** Records as a backup holds them: plain JSON rows. */
const rows = (records: readonly object[]): Record<string, unknown>[] =>
  JSON.parse(JSON.stringify(records)) as Record<string, unknown>[];

const memo: Memo = {
  id: 'mem_toll',
  title: MEMO.title,
  content: MEMO.content,
  createdAt: '2026-11-22T00:00:00.000Z',
  updatedAt: '2026-11-22T00:00:00.000Z',
};
const backup = serializeBackup({
  appVersion: '0.1.0',
  schemaVersion: 1,
  createdAt: '2026-11-22T00:00:00.000Z',
  tables: {
    sources: rows(SOURCES),
    highlights: rows(HIGHLIGHTS),
    memos: rows([memo, { ...memo, id: 'mem_other', title: 'Other' }]),
  },
});
const request: ExportMemoRequest = {
  backupFile: 'notebook.margin-backup',
  memo: '  zhanaozen <ANNIVERSARY> & the toll ',
  format: 'markdown',
  style: 'chicago',
  out: null,
  accessed: '2026-11-22',
};

describe('runExportMemo', () => {
  it('exports the memo named by its title exactly as the app does', async () => {
    const result = await runExportMemo(backup, request, '2030-01-01');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const markdown = new TextDecoder().decode(result.bytes);
    expect(markdown).toMatch(/^# Zhanaozen \\<anniversary> & the toll\n/);
    expect([...markdown.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(markdown).toContain('accessed November 22, 2026');
    expect(result.problems.map((problem) => problem.number)).toEqual([5]);
    expect(result.warnings).toEqual([]);
    expect(lookup('hl_killed')).toBeDefined();
  });

  it('finds a memo by id and writes Word and PDF bytes', async () => {
    const docx = await runExportMemo(
      backup,
      { ...request, memo: 'mem_toll', format: 'docx' },
      '2026-11-22',
    );
    expect(docx.ok && [...docx.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: PK
    const pdf = await runExportMemo(
      backup,
      { ...request, memo: 'mem_toll', format: 'pdf' },
      '2026-11-22',
    );
    expect(pdf.ok && new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('says what is wrong with the file or the memo name', async () => {
    const foreign = await runExportMemo(
      new TextEncoder().encode('{"hello":1}'),
      request,
      '2026-11-22',
    );
    expect(foreign).toEqual({
      ok: false,
      message: 'notebook.margin-backup: This file is not a Margin backup.',
    });
    const missing = await runExportMemo(backup, { ...request, memo: 'Nope' }, '2026-11-22');
    expect(missing).toEqual({
      ok: false,
      message:
        'No memo "Nope" in the backup. Memos: "Zhanaozen <anniversary> & the toll" (mem_toll), "Other" (mem_other).',
    });
  });

  it('skips records that do not parse, with a warning', async () => {
    const broken = serializeBackup({
      appVersion: '0.1.0',
      schemaVersion: 1,
      tables: { sources: [{ id: 42 }], highlights: rows(HIGHLIGHTS), memos: rows([memo]) },
    });
    const result = await runExportMemo(broken, request, '2026-11-22');
    expect(result.ok && result.warnings[0]).toMatch(/^Skipped sources record 1: /);
    expect(result.ok && result.problems.map((problem) => problem.kind)).toContain('missing-source');
  });
});

describe('findMemo', () => {
  it('refuses to guess between two memos with one title', () => {
    const twin = { ...memo, id: 'mem_twin' };
    expect(findMemo([memo, twin], memo.title)).toEqual({
      ok: false,
      message: `2 memos are titled "${memo.title}": give one of their ids (mem_toll, mem_twin).`,
    });
  });
});
