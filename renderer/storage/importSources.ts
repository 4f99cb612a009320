import type { ImportError, ImportInput, ImportResult } from '../../app/import/types';
import { newId } from '../../app/model/ids';
import { contentKeyOf } from './contentKey';
import type { NotebookDatabase, StoredSource } from './database';
import { explainStorageFull } from './storageFull';

/** What happened to one file of a batch, for the import report. */
export type FileImportOutcome =
  | { readonly fileName: string; readonly status: 'imported'; readonly sourceId: string; readonly warnings: readonly string[] }
  | { readonly fileName: string; readonly status: 'duplicate'; readonly duplicateOf: { id: string; title: string } }
  | { readonly fileName: string; readonly status: 'refused'; readonly error: ImportError };

/**
 * The importer, loaded on first use: encoding detection and HTML extraction are most of the app's
 * code, and a notebook that is only being read never needs them.
 */
export async function loadImporter(): Promise<(input: ImportInput) => ImportResult> {
  const { importDocument } = await import('../../app/import');
  return importDocument;
}

/**
 * Imports files one by one. Each file is its own transaction holding the source and its raw bytes
 * together, so a crash mid-batch leaves whole sources or none; one bad file never stops the rest.
 */
export async function importSources(
  db: NotebookDatabase,
  files: readonly ImportInput[],
  onProgress?: (done: number, total: number) => void,
): Promise<FileImportOutcome[]> {
  const importDocument = await loadImporter();
  const outcomes: FileImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    outcomes.push(await storeImport(db, file, importDocument(file)));
    onProgress?.(index + 1, files.length);
  }
  return outcomes;
}

/**
 * Stores one extracted file unless its text is already in the notebook. Runs in its own
 * transaction, or inside the caller's when there is one (Dexie nests them). Nothing but database
 * work may be awaited here, or IndexedDB would commit the transaction early.
 */
export async function storeImport(db: NotebookDatabase, file: ImportInput, result: ImportResult): Promise<FileImportOutcome> {
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
  }).catch(explainStorageFull(`“${file.fileName}”`));
}
