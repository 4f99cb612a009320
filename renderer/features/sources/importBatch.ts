import type { ImportError, ImportInput } from '../../../app/import/types';
import { MAX_IMPORT_BYTES, tooLargeError } from '../../../app/import/limits';
import type { NotebookDatabase } from '../../storage/database';
import { importSources, type FileImportOutcome } from '../../storage/importSources';

/** A file to import: its bytes, or the refusal it earned before it was even read. */
export type ImportEntry =
  ImportInput | { readonly fileName: string; readonly refused: ImportError };

/** One line of the import report: what happened to a file, and the title it is known by. */
export interface ReportLine {
  readonly outcome: FileImportOutcome;
  /** The imported source's title, or the title of the source it duplicates; null if refused. */
  readonly title: string | null;
}

/**
 * Reads dropped files. One larger than the importer's limit is refused without being read, so a
 * video dropped by mistake does not fill the memory before being turned down.
 */
export async function entriesFromFiles(files: readonly File[]): Promise<ImportEntry[]> {
  return Promise.all(
    files.map(async (file): Promise<ImportEntry> => {
      if (file.size > MAX_IMPORT_BYTES)
        return { fileName: file.name, refused: tooLargeError(file.name, file.size) };
      return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    }),
  );
}

/**
 * Imports a batch file by file (each its own transaction, see `importSources`), reporting
 * progress after each, and names every imported source by the title it was stored under.
 */
export async function importBatch(
  db: NotebookDatabase,
  entries: readonly ImportEntry[],
  onProgress: (done: number, total: number) => void,
): Promise<ReportLine[]> {
  const outcomes: FileImportOutcome[] = [];
  for (const [index, entry] of entries.entries()) {
    if ('refused' in entry)
      outcomes.push({ fileName: entry.fileName, status: 'refused', error: entry.refused });
    else outcomes.push(...(await importSources(db, [entry])));
    onProgress(index + 1, entries.length);
  }
  const importedIds = outcomes.flatMap((outcome) =>
    outcome.status === 'imported' ? [outcome.sourceId] : [],
  );
  const titles = new Map(
    (await db.sources.bulkGet(importedIds)).flatMap((source) =>
      source ? [[source.id, source.title]] : [],
    ),
  );
  return outcomes.map((outcome) => ({
    outcome,
    title:
      outcome.status === 'imported'
        ? (titles.get(outcome.sourceId) ?? null)
        : outcome.status === 'duplicate'
          ? outcome.duplicateOf.title
          : null,
  }));
}

/** "Imported 4 of 6 files: 1 duplicate, 1 refused." — the batch in one sentence. */
export function summarizeImport(lines: readonly ReportLine[]): string {
  const count = (status: FileImportOutcome['status']) =>
    lines.filter((line) => line.outcome.status === status).length;
  const imported = count('imported');
  const others = [
    [count('duplicate'), 'duplicate', 'duplicates'],
    [count('refused'), 'refused', 'refused'],
  ] as const;
  const files = lines.length === 1 ? 'file' : 'files';
  const head =
    imported === lines.length
      ? `Imported ${imported} ${files}`
      : `Imported ${imported} of ${lines.length} ${files}`;
  const rest = others
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return rest.length > 0 ? `${head}: ${rest.join(', ')}.` : `${head}.`;
}

/** What the report says about one file: a verdict word and the sentence it starts. */
export function describeOutcome(line: ReportLine): {
  readonly verdict: string;
  readonly detail: string;
} {
  const { outcome, title } = line;
  switch (outcome.status) {
    case 'imported':
      return { verdict: 'Imported', detail: `as “${title ?? 'Untitled source'}”` };
    case 'duplicate':
      return {
        verdict: 'Duplicate',
        detail: `of “${outcome.duplicateOf.title}”: already in the notebook, not imported again`,
      };
    case 'refused':
      return { verdict: 'Refused:', detail: outcome.error.message };
  }
}
