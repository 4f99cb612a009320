/**
 * The `notebook` command line: `npm run -s notebook -- inspect <file>... [--json]`, and
 * `export-memo <backup-file> --memo … --format …` (bin/exportMemo.ts).
 * Only the Node side lives here (reading files, printing, the exit status); parsing, importing
 * and formatting are the pure functions in app/cli/ and app/import/.
 */
import { readFileSync, statSync } from 'node:fs';

import { parseArgs, USAGE } from '../app/cli/args';
import { EXPORT_MEMO_USAGE } from '../app/cli/exportMemoArgs';
import { toJsonLine, toSummary } from '../app/cli/format';
import type { FileRead, InspectReport } from '../app/cli/inspect';
import { createInspector, exitCodeFor } from '../app/cli/inspect';
import { MAX_IMPORT_BYTES, tooLargeError } from '../app/import/limits';
import { exportMemoMain } from './exportMemo';

/** Why a path could not be read, in words. */
function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Reads one file, checking its size first so a huge file is refused without loading it. */
function readSource(file: string): FileRead {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) {
      return {
        file,
        error: {
          code: 'unsupported',
          message: `Cannot read ${file}: it is a directory, not a file.`,
        },
      };
    }
    if (stats.size > MAX_IMPORT_BYTES) return { file, error: tooLargeError(file, stats.size) };
    return { file, bytes: new Uint8Array(readFileSync(file)) };
  } catch (error) {
    return {
      file,
      error: { code: 'unsupported', message: `Cannot read ${file}: ${describeFailure(error)}.` },
    };
  }
}

function main(argv: readonly string[]): number {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n${EXPORT_MEMO_USAGE}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`${command.message}\n${USAGE}\n`);
    return 2;
  }
  const inspect = createInspector();
  const reports: InspectReport[] = [];
  for (const file of command.files) {
    const report = inspect(readSource(file));
    reports.push(report);
    process.stdout.write(`${command.json ? toJsonLine(report) : toSummary(report)}\n`);
  }
  return exitCodeFor(reports);
}

const argv = process.argv.slice(2);
if (argv[0] === 'export-memo') {
  void exportMemoMain(argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
} else {
  process.exitCode = main(argv);
}
