import type { ImportInput } from '../../app/import/types';
import type { NotebookDatabase } from './database';
import { loadImporter, storeImport } from './importSources';

const CORPUS_SEEDED = 'corpusSeeded';

/**
 * Imports the bundled corpus on the notebook's first run, and never again: the flag is written in
 * the same transaction as the sources, so a crash leaves either both or neither.
 */
export async function seedCorpusOnce(db: NotebookDatabase, corpus: readonly ImportInput[]): Promise<void> {
  if (await db.settings.get(CORPUS_SEEDED)) return;
  // Extract first, outside the transaction: only database work may be awaited inside one.
  const importDocument = await loadImporter();
  const extracted = corpus.map((file) => ({ file, result: importDocument(file) }));
  await db.transaction('rw', db.settings, db.sources, db.originals, async () => {
    if (await db.settings.get(CORPUS_SEEDED)) return; // another tab seeded it meanwhile
    for (const { file, result } of extracted) await storeImport(db, file, result);
    await db.settings.put({ key: CORPUS_SEEDED, value: new Date().toISOString() });
  });
}
