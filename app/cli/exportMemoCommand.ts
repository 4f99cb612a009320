import { BackupError, parseBackup } from '../backup';
import { exportMemo } from '../export';
import type { CitationProblem, CitedPassage } from '../export';
import { parseHighlight } from '../model/parseHighlight';
import { parseMemo } from '../model/parseMemo';
import { parseSource } from '../model/parseSource';
import type { Highlight, Memo, Source } from '../model/types';
import type { ExportMemoRequest } from './exportMemoArgs';

export type ExportMemoResult =
  | {
      readonly ok: true;
      readonly memo: Memo;
      readonly bytes: Uint8Array;
      /** Citations exported with their problem marked in the note. */
      readonly problems: readonly CitationProblem[];
      /** Records of the backup that were skipped because they did not parse. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/**
 * `notebook export-memo`, without the file system: reads a backup file's bytes (verified whole
 * by `parseBackup`), finds the memo by id or title, and exports it exactly as the app does —
 * same notes, numbers, quotes and style. Invalid records are skipped with a warning; a citation
 * that then cannot be resolved is reported like any other citation problem.
 */
export async function runExportMemo(
  backupBytes: Uint8Array,
  request: ExportMemoRequest,
  today: string,
): Promise<ExportMemoResult> {
  let tables: Readonly<Record<string, readonly unknown[]>>;
  try {
    tables = parseBackup(backupBytes).tables;
  } catch (error) {
    if (error instanceof BackupError)
      return { ok: false, message: `${request.backupFile}: ${error.message}` };
    throw error;
  }
  const warnings: string[] = [];
  const read = <T>(table: string, parse: (value: unknown) => T): T[] =>
    (tables[table] ?? []).flatMap((row, index) => {
      try {
        return [parse(row)];
      } catch (error) {
        warnings.push(
          `Skipped ${table} record ${index + 1}: ${error instanceof Error ? error.message : String(error)}`,
        );
        return [];
      }
    });
  const memos = read('memos', parseMemo);
  const found = findMemo(memos, request.memo);
  if (!found.ok) return found;

  const highlights = new Map(
    read('highlights', parseHighlight).map((h): [string, Highlight] => [h.id, h]),
  );
  const sources = new Map(read('sources', parseSource).map((s): [string, Source] => [s.id, s]));
  const lookup = (highlightId: string): CitedPassage | undefined => {
    const highlight = highlights.get(highlightId);
    return highlight && { highlight, source: sources.get(highlight.sourceId) };
  };
  const exported = await exportMemo(found.memo, lookup, request.format, {
    style: request.style,
    accessed: request.accessed ?? today,
  });
  return {
    ok: true,
    memo: found.memo,
    bytes: exported.bytes,
    problems: exported.prepared.problems,
    warnings,
  };
}

/**
 * The memo named by `wanted`: its id, else its title compared without case or extra spaces.
 * Two memos with that title is an error that lists their ids, never a guess.
 */
export function findMemo(
  memos: readonly Memo[],
  wanted: string,
): { readonly ok: true; readonly memo: Memo } | { readonly ok: false; readonly message: string } {
  const byId = memos.find((memo) => memo.id === wanted);
  if (byId) return { ok: true, memo: byId };
  const key = normalize(wanted);
  const matches = memos.filter((memo) => normalize(memo.title) === key);
  if (matches.length === 1) return { ok: true, memo: matches[0] as Memo };
  if (matches.length > 1) {
    return {
      ok: false,
      message: `${matches.length} memos are titled "${wanted}": give one of their ids (${matches.map((m) => m.id).join(', ')}).`,
    };
  }
  const titles = memos.map((memo) => `"${memo.title || 'Untitled'}" (${memo.id})`);
  return {
    ok: false,
    message:
      memos.length === 0
        ? 'The backup holds no memos.'
        : `No memo "${wanted}" in the backup. Memos: ${titles.join(', ')}.`,
  };
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
