import { importDocument } from '../../app/import';
import type { ImportError, ImportInput } from '../../app/import/types';
import { newId } from '../../app/model/ids';
import { contentKeyOf } from './contentKey';
import type { NotebookDatabase, StoredSource } from './database';

/** What happened to one file of a batch, for the import report. */
export type FileImportOutcome =
  | { readonly fileName: string; readonly status: 'imported'; readonly sourceId: string; readonly warnings: readonly string[] }
  | { readonly fileName: string; readonly status: 'duplicate'; readonly duplicateOf: { id: string; title: string } }
  | { readonly fileName: string; readonly status: 'refused'; readonly error: ImportError };

/**
 * Imports files one by one. Each file is its own transaction holding the source and its raw bytes
 * together, so a crash mid-batch leaves whole sources or none; one bad file never stops the rest.
 */
export async function importSources(
  db: NotebookDatabase,
  files: readonly ImportInput[],
  onProgress?: (done: number, total: number) => void,
): Promise<FileImportOutcome[]> {
  const outcomes: FileImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    outcomes.push(await importOne(db, file));
    onProgress?.(index + 1, files.length);
  }
  return outcomes;
}

async function importOne(db: NotebookDatabase, file: ImportInput): Promise<FileImportOutcome> {
  const result = importDocument(file);
  if (!result.ok) return { fileName: file.fileName, status: 'refused', error: result.error };
  const contentKey = contentKeyOf(result.source.text);
  return db.transaction('rw', db.sources, db.originals, async () => {
    const existing = await db.sources.where('contentKey').equals(contentKey).first();
    if (existing) {
      return { fileName: file.fileName, status: 'duplicate' as const, duplicateOf: { id: existing.id, title: existing.title } };
    }
    const source: StoredSource = {
      ...result.source,
      id: newId('src'),
      importedAt: new Date().toISOString(),
      contentKey,
    };
    await db.sources.add(source);
    await db.originals.add({ sourceId: source.id, bytes: file.bytes });
    return { fileName: file.fileName, status: 'imported' as const, sourceId: source.id, warnings: result.warnings };
  });
}
