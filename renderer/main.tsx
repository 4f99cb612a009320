import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { RecoveryScreen } from './features/backup/RecoveryScreen';
import { preloadSourcesNav } from './features/sources/SourcesNav';
import { backUpBeforeUpgrade, NewerNotebookError, openAutomaticBackupStore, startAutomaticBackups } from './storage/backupAutomatic';
import { storeScheduledBackupOffThread } from './storage/backupOffThread';
import { bundledCorpus } from './storage/bundledCorpus';
import { db } from './storage/database';
import { DATABASE_NAME } from './storage/schema';
import { seedCorpusOnce } from './storage/seedCorpus';
import { ensureMemoSummaries } from './storage/memoSummaries';
import { ensureSourceSummaries } from './storage/sourceSummaries';
import { announceJournalWrites } from './workers/journalChannel';
import './styles/app.css';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs `task` once the first frame is drawn and the browser is idle (within two seconds). */
function afterFirstPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(() => requestIdleCallback(task, { timeout: 2_000 }), 0));
}

async function start(): Promise<void> {
  // Ask the browser not to evict the notebook under storage pressure (best effort).
  void navigator.storage?.persist?.().catch(() => false);
  const backups = openAutomaticBackupStore();
  // Keep the notebook as the older version wrote it before this version upgrades it.
  await backUpBeforeUpgrade(DATABASE_NAME, backups).catch((error: unknown) => {
    // A notebook from a newer Margin stops here; a failed backup only warns.
    if (error instanceof NewerNotebookError) throw error;
    console.warn('No backup before the upgrade:', error);
  });
  // Search workers of other windows hear of this one's writes (a search there finds an import here).
  announceJournalWrites();
  await seedCorpusOnce(db, bundledCorpus());
  // The Sources list's first rows, read before anything else asks the database (the Claims and
  // memo panes start their reads with the first render): its first frame has them.
  await preloadSourcesNav().catch((error: unknown) => console.warn('Sources not read ahead:', error));
  // Checks that can wait until the notebook is on screen: they would queue in IndexedDB ahead of
  // the first rows (the summaries check counts every source, once a day).
  afterFirstPaint(() => {
    startAutomaticBackups(db, backups, { backUp: storeScheduledBackupOffThread });
    void ensureSourceSummaries(db, DAY_MS).catch((error: unknown) => console.warn('Source summaries not checked:', error));
    void ensureMemoSummaries(db).catch((error: unknown) => console.warn('Memo summaries not checked:', error));
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // The database would not open: explain, offer the automatic backups, never delete anything.
  console.error(error);
  createRoot(document.getElementById('root')!).render(<RecoveryScreen error={error} />);
});
