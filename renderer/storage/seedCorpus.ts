import type { ImportInput } from '../../app/import/types';
import type { NotebookDatabase } from './database';
import { importSources } from './importSources';

const CORPUS_SEEDED = 'corpusSeeded';

/**
 * Imports the bundled corpus on the notebook's first run, and never again: the flag is written in
 * the same transaction as the sources, so a crash leaves either both or neither.
 */
export async function seedCorpusOnce(db: NotebookDatabase, corpus: readonly ImportInput[]): Promise<void> {
  await db.transaction('rw', db.settings, db.sources, db.originals, async () => {
    if (await db.settings.get(CORPUS_SEEDED)) return;
    await importSources(db, corpus);
    await db.settings.put({ key: CORPUS_SEEDED, value: new Date().toISOString() });
  });
}
