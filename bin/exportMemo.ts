/**
 * `notebook export-memo <backup-file> --memo <title-or-id> --format md|html|docx|pdf …`: the
 * Node side (read the backup, write the file or standard output, exit status). Everything else
 * is app/cli/exportMemoCommand.ts, the same export the app runs.
 *
 * Exit status: 0 exported; 3 exported, with citation problems marked in the notes (listed on
 * standard error); 1 nothing exported (unreadable or foreign backup, no such memo); 2 usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { EXPORT_MEMO_USAGE, parseExportMemoArgs } from '../app/cli/exportMemoArgs';
import { runExportMemo } from '../app/cli/exportMemoCommand';

export async function exportMemoMain(argv: readonly string[]): Promise<number> {
  const args = parseExportMemoArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(`${EXPORT_MEMO_USAGE}\n`);
    return 0;
  }
  if (args.kind === 'usage-error') {
    process.stderr.write(`${args.message}\n${EXPORT_MEMO_USAGE}\n`);
    return 2;
  }
  const { request } = args;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(request.backupFile));
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    process.stderr.write(`Cannot read ${request.backupFile}: ${why}.\n`);
    return 1;
  }
  const today = new Date().toISOString().slice(0, 10);
  const result = await runExportMemo(bytes, request, today);
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    return 1;
  }
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (request.out === null) {
    process.stdout.write(result.bytes);
  } else {
    try {
      writeFileSync(request.out, result.bytes);
    } catch (error) {
      process.stderr.write(
        `Cannot write ${request.out}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 1;
    }
  }
  for (const problem of result.problems) {
    process.stderr.write(
      `citation problem, footnote ${problem.number} (${problem.kind}): ${problem.message}\n`,
    );
  }
  return result.problems.length > 0 ? 3 : 0;
}
