import { importDocument, textKey } from '../import/index';
import type { ImportError, ImportResult } from '../import/types';

/** A file as the Node entry read it: its bytes, or the reason it could not be read. */
export type FileRead =
  | { readonly file: string; readonly bytes: Uint8Array }
  | { readonly file: string; readonly error: ImportError };

/** The outcome for one file: the import result and, when its text came earlier, that file. */
export type InspectReport = {
  readonly file: string;
  readonly duplicateOf: string | null;
} & ImportResult;

/**
 * Inspects files in order, remembering each imported text so a later file with the same text
 * (line ends and whitespace aside) is reported as a duplicate of the first one.
 */
export function createInspector(): (read: FileRead) => InspectReport {
  const seen = new Map<string, string>();
  return (read) => {
    if ('error' in read)
      return { file: read.file, duplicateOf: null, ok: false, error: read.error };
    const result = importDocument({ fileName: read.file, bytes: read.bytes });
    if (!result.ok) return { file: read.file, duplicateOf: null, ...result };
    const key = textKey(result.source.text);
    const duplicateOf = seen.get(key) ?? null;
    if (duplicateOf === null) seen.set(key, read.file);
    return { file: read.file, duplicateOf, ...result };
  };
}

/** Exit status of an inspect run: 0 when every file imported, 1 otherwise. */
export function exitCodeFor(reports: readonly InspectReport[]): 0 | 1 {
  return reports.every((report) => report.ok) ? 0 : 1;
}
